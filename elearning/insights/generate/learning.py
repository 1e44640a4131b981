"""Generated learning records for one learner: enrolments, lessons, quiz attempts with their answer
rows, certificates and refreshers, and course evaluations. Rows are shaped exactly as
courses.services writes them (the answer row snapshots the question, choices in the order shown)."""

import math
from datetime import timedelta

from courses.codes import ALPHABET, LENGTH
from courses.models import ConfidenceStage
from courses.services.certificates import add_months
from elearning.people.models import Sector

from . import vocab

ENROLMENT_FIELDS = ["id", "learner_id", "course_id", "started_at", "completed_at", "best_score"]
LESSON_FIELDS = ["id", "enrolment_id", "lesson_id", "completed_at"]
ATTEMPT_FIELDS = ["id", "enrolment_id", "number", "pass_mark", "started_at", "submitted_at", "score", "passed"]
ANSWER_FIELDS = [
    "id",
    "attempt_id",
    "position",
    "question_id",
    "competency_id",
    "prompt",
    "allows_multiple",
    "explanation",
    "choices",
    "chosen",
    "is_correct",
]
CERTIFICATE_FIELDS = [
    "id",
    "attempt_id",
    "learner_id",
    "course_id",
    "holder_name",
    "course_title",
    "audience",
    "score",
    "issued_on",
    "expires_on",
    "code",
]
EVALUATION_FIELDS = [
    "id",
    "enrolment_id",
    "before_at",
    "before_skipped_at",
    "after_at",
    "after_skipped_at",
    "met_aims",
    "relevant",
    "useful",
    "action",
]
RATING_FIELDS = ["id", "evaluation_id", "competency_id", "stage", "rating"]

# The validation sheet: most are highly satisfied (the conference's 80% 4s and 17% 3s).
MET_AIMS = [(0.80, 4), (0.97, 3), (0.995, 2), (1.0, 1)]
RELEVANT = [(0.74, 4), (0.95, 3), (0.99, 2), (1.0, 1)]
RELEVANT_TRADES = [(0.60, 4), (0.88, 3), (0.97, 2), (1.0, 1)]
USEFUL = [(0.72, 4), (0.94, 3), (0.99, 2), (1.0, 1)]
TRADES = {Sector.TAXI, Sector.NIGHT_TIME, Sector.HOTEL}


def _scale(rng, thresholds) -> int:
    r = rng.random()
    for top, value in thresholds:
        if r < top:
            return value
    return thresholds[-1][1]


def _rating(latent: float) -> int:
    return min(4, max(1, int(latent + 0.5)))


class LearningSimulator:
    """Walks each learner through their courses over the years, writing the rows as it goes."""

    def __init__(self, run):
        self.run = run
        self.rng = run.rng("learning")
        self.tables = run.tables
        self.courses = list(run.world.courses)
        self.by_audience = {}
        for course in self.courses:
            self.by_audience.setdefault(course.audience, course)
        self.codes = set()
        self.attempts = 0
        self.enrolments = 0
        crng = run.rng("confidence")
        # Some competencies are where people feel least sure (online exploitation, say).
        self.confidence_offset = {pk: crng.gauss(0, 0.35) for pk in run.world.competencies}
        for pk in crng.sample(run.world.competencies, min(2, len(run.world.competencies))):
            self.confidence_offset[pk] -= 0.6

    # -- per learner ------------------------------------------------------------------------

    def learner(self, learner) -> None:
        rng = self.rng
        if not self.courses:
            return
        primary = self.by_audience.get(learner.sector) or rng.choice(self.courses)
        others = [course for course in self.courses if course is not primary]
        # Take as many further courses as it needs to reach the attempts per learner asked for,
        # measured on the learners generated so far.
        per_enrolment = (self.attempts + 4.0 * 20) / (self.enrolments + 20)
        wanted = max(0.0, self.run.attempts_per_learner / per_enrolment - 1)
        extra = min(len(others), int(wanted) + (1 if rng.random() < wanted - int(wanted) else 0))
        plan = [(primary, learner.registered_at + timedelta(hours=rng.expovariate(1 / 30)))]
        span = (self.run.end - learner.registered_at).total_seconds()
        for course in rng.sample(others, extra):
            plan.append((course, learner.registered_at + timedelta(seconds=span * rng.random() ** 3)))
        learner.last_seen = learner.registered_at
        for course, started_at in plan:
            if started_at < self.run.end:
                self.enrolment(learner, course, started_at)

    def enrolment(self, learner, course, started_at) -> None:
        rng, tables, end = self.rng, self.tables, self.run.end
        self.enrolments += 1
        enrolment_id = tables.enrolment.allocate()
        completed_at = None
        best_score = None
        # Confidence before the course: most answer, some skip, a few never see the prompt.
        r = rng.random()
        before = "answered" if r < 0.72 else ("skipped" if r < 0.9 else None)
        after = None
        after_at = None
        t = last_event = started_at
        lessons_done = 0
        funnel = rng.random()
        lessons_wanted = len(course.lessons)
        if funnel < 0.05:
            lessons_wanted = 0
        elif funnel < 0.12 and lessons_wanted > 1:
            lessons_wanted = rng.randint(1, lessons_wanted - 1)
        for lesson_id in course.lessons[:lessons_wanted]:
            if rng.random() < 0.8:
                t += timedelta(minutes=rng.uniform(3, 15))
            else:
                t += timedelta(days=rng.expovariate(1 / 4), minutes=rng.uniform(3, 15))
            if t >= end:
                break
            tables.lesson.add((tables.lesson.allocate(), enrolment_id, lesson_id, t))
            lessons_done += 1
            last_event = t
        ability = learner.ability
        number = 0
        if lessons_done == len(course.lessons) and course.questions and rng.random() > 0.04:
            t += timedelta(minutes=rng.uniform(1, 30))
            while t < end:
                # One sitting: attempts until a pass, unless the learner gives up.
                passed = False
                while t < end:
                    if course.max_attempts is not None and number >= course.max_attempts:
                        break
                    number += 1
                    if rng.random() < 0.012:
                        self.attempt(enrolment_id, number, course, ability, t, None)
                        last_event = t
                        t = end
                        break
                    submitted_at = t + timedelta(minutes=rng.uniform(3, 14))
                    if submitted_at >= end:
                        number -= 1
                        t = end
                        break
                    attempt_id, score, passed = self.attempt(enrolment_id, number, course, ability, t, submitted_at)
                    best_score = max(best_score or 0, score)
                    t = last_event = submitted_at
                    if passed:
                        self.certificate(learner, course, attempt_id, score, submitted_at)
                        if completed_at is None:
                            completed_at = submitted_at
                            a = rng.random()
                            after = "answered" if a < 0.63 else ("skipped" if a < 0.88 else None)
                            after_at = submitted_at + timedelta(seconds=rng.uniform(20, 300))
                            if after_at >= end:
                                after, after_at = None, None
                        break
                    if rng.random() < 0.08:
                        t = end  # gives up
                        break
                    ability += 0.3  # looks over the lessons again
                    gap = rng.uniform(2, 40) if rng.random() < 0.7 else rng.expovariate(1 / 3000)
                    t += timedelta(minutes=max(gap, course.cooldown_minutes))
                if not passed or not course.validity_months or rng.random() > learner.engagement:
                    break
                # The refresher: from 30 days before expiry, some only after it lapsed.
                expires_on = add_months(self.run.local_date(t), course.validity_months)
                due = expires_on - timedelta(days=30 - rng.randint(0, 85 if rng.random() < 0.3 else 28))
                t = max(self.run.at(due, rng), last_event + timedelta(days=1))
                ability += 0.15
        self.attempts += number
        if after_at is not None and after_at < end:
            last_event = max(last_event, after_at)
        learner.last_seen = max(learner.last_seen, last_event)
        tables.enrolment.add((enrolment_id, learner.pk, course.pk, started_at, completed_at, best_score))
        if before or after:
            self.evaluation(learner, course, enrolment_id, started_at, before, after, after_at, best_score)

    def attempt(self, enrolment_id, number, course, ability, started_at, submitted_at):
        rng, table = self.rng, self.tables.answer
        random_ = rng.random
        exp = math.exp
        attempt_id = self.tables.attempt.allocate()
        questions = rng.sample(course.questions, course.quiz_count) if course.random_quiz else course.questions
        answer_id = table.next_id
        table.next_id += len(questions)
        right = 0
        copy = self.run.writer.use_copy
        rows = table.rows
        for position, question in enumerate(questions):
            shuffle = question.shuffles[int(random_() * len(question.shuffles))]
            if submitted_at is None:
                chosen = correct = None
                tail = "\\N\t\\N"
            else:
                correct = random_() * (1.0 + exp(question.discrimination * (question.difficulty - ability))) < 1.0
                if correct:
                    right += 1
                    chosen, tail = question.correct_chosen, question.correct_tail
                else:
                    chosen = question.wrong_answer(rng)
                    tail = "[" + ", ".join(map(str, chosen)) + "]\tf"
            if copy:
                rows.append(f"{answer_id}\t{attempt_id}\t{position}\t{question.copy_prefix}{shuffle[1]}\t{tail}")
            else:
                rows.append(
                    (
                        answer_id,
                        attempt_id,
                        position,
                        question.pk,
                        question.competency_id,
                        question.prompt,
                        question.allows_multiple,
                        question.explanation,
                        shuffle[0],
                        chosen,
                        correct,
                    )
                )
            answer_id += 1
        if submitted_at is None:
            self.tables.attempt.add((attempt_id, enrolment_id, number, course.pass_mark, started_at, None, None, None))
            return attempt_id, None, None
        total = len(questions)
        score = right * 100 // total
        passed = right * 100 >= course.pass_mark * total
        self.tables.attempt.add(
            (attempt_id, enrolment_id, number, course.pass_mark, started_at, submitted_at, score, passed)
        )
        return attempt_id, score, passed

    def certificate(self, learner, course, attempt_id, score, submitted_at) -> None:
        rng = self.rng
        while True:
            bits = rng.getrandbits(5 * LENGTH)
            code = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(LENGTH))
            if code not in self.codes:
                self.codes.add(code)
                break
        issued_on = self.run.local_date(submitted_at)
        expires_on = add_months(issued_on, course.validity_months) if course.validity_months else None
        learner.certificates += 1
        self.tables.certificate.add(
            (
                self.tables.certificate.allocate(),
                attempt_id,
                learner.pk,
                course.pk,
                learner.full_name,
                course.title,
                course.audience_label,
                score,
                issued_on,
                expires_on,
                code,
            )
        )

    def evaluation(self, learner, course, enrolment_id, started_at, before, after, after_at, best_score) -> None:
        rng, tables = self.rng, self.tables
        evaluation_id = tables.evaluation.allocate()
        before_at = self.run.clamp(started_at + timedelta(seconds=rng.uniform(5, 90)))
        satisfaction = (None, None, None)
        action = ""
        if after == "answered":
            relevant = RELEVANT_TRADES if learner.sector in TRADES else RELEVANT
            satisfaction = (_scale(rng, MET_AIMS), _scale(rng, relevant), _scale(rng, USEFUL))
            if rng.random() < 0.68:
                action = f"{rng.choice(vocab.ACTION_STARTS)} {rng.choice(vocab.ACTION_ENDS)}"
        tables.evaluation.add(
            (
                evaluation_id,
                enrolment_id,
                before_at if before == "answered" else None,
                before_at if before == "skipped" else None,
                after_at if after == "answered" else None,
                after_at if after == "skipped" else None,
                *satisfaction,
                action,
            )
        )
        if before != "answered" and after != "answered":
            return
        learned = 0.75 + (0.25 if (best_score or 0) >= 90 else 0.0)
        ratings = tables.rating
        for competency_id in course.competencies:
            latent = 2.3 + 0.4 * learner.ability + self.confidence_offset.get(competency_id, 0.0) + rng.gauss(0, 0.55)
            if before == "answered":
                ratings.add((ratings.allocate(), evaluation_id, competency_id, ConfidenceStage.BEFORE, _rating(latent)))
            if after == "answered":
                after_latent = latent + learned + rng.gauss(0, 0.45)
                ratings.add(
                    (ratings.allocate(), evaluation_id, competency_id, ConfidenceStage.AFTER, _rating(after_latent))
                )
