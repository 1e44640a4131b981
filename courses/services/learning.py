"""Enrolment, lessons and quiz attempts."""

import random
from collections.abc import Collection, Mapping
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.formats import date_format

from ..errors import AttemptAlreadySubmitted, InvalidAnswers, LessonNotInCourse, QuizNotAvailable
from ..models import AttemptAnswer, CoursePage, Enrolment, LessonCompletion, LessonPage, Question, QuizAttempt
from ..models.pages import QuizMode
from ..scoring import AskedQuestion, score_quiz
from ..selectors import live_lessons_of
from .certificates import certificate_issue
from .evaluation import certificate_waits_for_evaluation


@transaction.atomic
def enrolment_start(*, learner, course: CoursePage, now: datetime | None = None) -> Enrolment:
    """Enrol the learner, or return their enrolment if they already have one."""
    enrolment, _ = Enrolment.objects.get_or_create(
        learner=learner, course=course, defaults={"started_at": now or timezone.now()}
    )
    return enrolment


@transaction.atomic
def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage, now: datetime | None = None) -> LessonCompletion:
    """Mark a lesson done. Completing it again changes nothing."""
    if not (
        lesson.live and lesson.depth == enrolment.course.depth + 1 and lesson.path.startswith(enrolment.course.path)
    ):
        raise LessonNotInCourse("That lesson is not part of this course.")
    completion, _ = LessonCompletion.objects.get_or_create(
        enrolment=enrolment, lesson=lesson, defaults={"completed_at": now or timezone.now()}
    )
    return completion


def _quiz_questions(course: CoursePage, rng: random.Random) -> list[Question]:
    if course.quiz_mode == QuizMode.RANDOM:
        pool = [
            pk
            for pk, audiences in Question.objects.filter(live=True).values_list("pk", "audiences")
            if course.audience in (audiences or [])
        ]
        chosen = rng.sample(pool, min(course.quiz_question_count, len(pool)))
        by_pk = Question.objects.filter(pk__in=chosen).in_bulk()
        questions = [by_pk[pk] for pk in chosen]
    else:
        links = course.quiz_questions.filter(question__live=True).select_related("question").order_by("sort_order")
        questions = [link.question for link in links]
    prefetch_related_objects(questions, "choices")
    return questions


def _check_quiz_available(enrolment: Enrolment, now: datetime) -> None:
    course = enrolment.course
    done = set(enrolment.lesson_completions.values_list("lesson_id", flat=True))
    if any(lesson.pk not in done for lesson in live_lessons_of(course)):
        raise QuizNotAvailable("Complete every lesson before you take the quiz.")
    if enrolment.completed_at is not None:
        latest = enrolment.learner.certificates.filter(course=course, revoked_at__isnull=True).first()
        if latest is None or not latest.refresher_due(timezone.localdate(now)):
            raise QuizNotAvailable("You have already passed this course.")
    submitted = enrolment.attempts.filter(submitted_at__isnull=False)
    if course.max_attempts is not None and submitted.count() >= course.max_attempts:
        raise QuizNotAvailable(
            f"You have used all {course.max_attempts} attempts at this quiz. "
            "Ask your training lead or the partnership to reset it."
        )
    last = submitted.order_by("-submitted_at").first()
    if last and course.retake_cooldown_minutes:
        ready_at = last.submitted_at + timedelta(minutes=course.retake_cooldown_minutes)
        if now < ready_at:
            local = timezone.localtime(ready_at)
            raise QuizNotAvailable(
                f"You can take the quiz again from {date_format(local, 'TIME_FORMAT')} on "
                f"{date_format(local, 'j F Y')}. Use the time to look over the lessons."
            )


def quiz_attempt_start(
    *, enrolment: Enrolment, now: datetime | None = None, rng: random.Random | None = None
) -> QuizAttempt:
    """Start an attempt at the course quiz, or return the one already open (a second tab, a
    double click and the back button all land on the same attempt)."""
    now = now or timezone.now()
    rng = rng or random.SystemRandom()
    with transaction.atomic():
        # Locking the enrolment serialises two starts from two tabs, and reads its current state.
        enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
        open_attempt = enrolment.attempts.filter(submitted_at__isnull=True).first()
        if open_attempt:
            return open_attempt
        _check_quiz_available(enrolment, now)
        questions = _quiz_questions(enrolment.course, rng)
        if not questions:
            raise QuizNotAvailable("This quiz is not ready yet. Please try again later.")
        number = (enrolment.attempts.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    enrolment=enrolment, number=number, pass_mark=enrolment.course.pass_mark, started_at=now
                )
        except IntegrityError:
            # Another request opened an attempt between our check and our insert.
            return enrolment.attempts.get(submitted_at__isnull=True)
        answers = []
        for position, question in enumerate(questions):
            choices = [
                {"id": c.pk, "text": c.text, "is_correct": c.is_correct, "feedback": c.feedback}
                for c in question.choices.all()
            ]
            rng.shuffle(choices)
            answers.append(
                AttemptAnswer(
                    attempt=attempt,
                    position=position,
                    question=question,
                    competency_id=question.competency_id,
                    prompt=question.text,
                    allows_multiple=question.allows_multiple,
                    explanation=question.explanation,
                    choices=choices,
                )
            )
        AttemptAnswer.objects.bulk_create(answers)
        return attempt


def answer_errors(rows: Collection[AttemptAnswer], answers: Mapping[int, Collection[int]]) -> dict[int, str]:
    """What is wrong with the submitted answers, per answer row; empty when they can be scored."""
    errors = {}
    for row in rows:
        chosen = list(answers.get(row.pk) or ())
        offered = {choice["id"] for choice in row.choices}
        if not chosen:
            errors[row.pk] = "Select at least one answer" if row.allows_multiple else "Select an answer"
        elif len(set(chosen)) != len(chosen):
            errors[row.pk] = "Select each answer only once"
        elif not set(chosen) <= offered:
            errors[row.pk] = "Select from the answers shown"
        elif not row.allows_multiple and len(chosen) > 1:
            errors[row.pk] = "Select one answer"
    return errors


def quiz_attempt_submit(
    *, attempt: QuizAttempt, answers: Mapping[int, Collection[int]], now: datetime | None = None
) -> QuizAttempt:
    """Score and close an attempt. A second submit of the same attempt, however it arrives, raises
    AttemptAlreadySubmitted carrying the first result and writes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("enrolment").get(pk=attempt.pk)
        if attempt.submitted_at is not None:
            raise AttemptAlreadySubmitted(attempt)
        rows = list(attempt.answers.all())
        if errors := answer_errors(rows, answers):
            raise InvalidAnswers(errors)
        result = score_quiz(
            [
                AskedQuestion(key=row.pk, correct=frozenset(c["id"] for c in row.choices if c["is_correct"]))
                for row in rows
            ],
            answers,
            pass_mark=attempt.pass_mark,
        )
        # The conditional update is the guard that holds on every database: only one request can
        # move the attempt from open to submitted.
        closed = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now, score=result.score, passed=result.passed
        )
        if not closed:
            raise AttemptAlreadySubmitted(QuizAttempt.objects.get(pk=attempt.pk))
        for row in rows:
            row.chosen = sorted(answers[row.pk])
            row.is_correct = result.correct[row.pk]
        AttemptAnswer.objects.bulk_update(rows, ["chosen", "is_correct"])
        enrolment = Enrolment.objects.select_for_update().get(pk=attempt.enrolment_id)
        enrolment.best_score = max(enrolment.best_score or 0, result.score)
        if result.passed and enrolment.completed_at is None:
            enrolment.completed_at = now
        enrolment.save(update_fields=["best_score", "completed_at"])
        attempt.refresh_from_db()
        # A course that requires the evaluation issues the certificate when it is answered.
        if attempt.passed and not certificate_waits_for_evaluation(enrolment=enrolment):
            certificate_issue(attempt=attempt, now=now)
        return attempt
