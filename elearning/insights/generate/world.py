"""What generated activity is built on: the districts, competencies, live courses, their lessons
and the question bank, read once and kept in memory with everything an answer row copies."""

import itertools
import math
import random
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects

from courses.models import Competency, CoursePage, Question
from courses.models.pages import QuizMode
from courses.selectors import live_lessons_of
from elearning.people.demo_data import DISTRICTS
from elearning.people.models import District
from elearning.people.services import district_upsert

from .writer import copy_escape, copy_json

SHUFFLES_PER_QUESTION = 24  # orders of the choices drawn per question; an attempt shows one of them


@dataclass
class QuestionInfo:
    pk: int
    competency_id: int
    prompt: str
    allows_multiple: bool
    explanation: str
    correct: frozenset
    correct_chosen: list
    wrong_ids: list
    shuffles: list  # [(choices as written to the answer row, the same as COPY text)]
    copy_prefix: str
    correct_tail: str
    difficulty: float = 0.0
    discrimination: float = 1.0

    def wrong_answer(self, rng: random.Random) -> list[int]:
        """Chosen ids that are not exactly the correct ones."""
        if not self.allows_multiple:
            return [rng.choice(self.wrong_ids)]
        correct = sorted(self.correct)
        if self.wrong_ids and (len(correct) == 1 or rng.random() < 0.5):
            return sorted([*correct, rng.choice(self.wrong_ids)])
        if len(correct) > 1:
            dropped = rng.choice(correct)
            return [pk for pk in correct if pk != dropped]
        return sorted(self.wrong_ids)


@dataclass
class CourseInfo:
    pk: int
    title: str
    audience: str
    audience_label: str
    pass_mark: int
    validity_months: int | None
    max_attempts: int | None
    cooldown_minutes: int
    random_quiz: bool
    quiz_count: int
    lessons: list
    competencies: list
    questions: list = field(default_factory=list)


@dataclass
class World:
    districts: list
    competencies: list
    courses: list
    questions: dict


def districts_ensure() -> list[District]:
    """The existing districts, or the demo districts (with their partnerships) when there are none."""
    if not District.objects.exists():
        for spec in DISTRICTS:
            district_upsert(**spec)
    return list(District.objects.select_related("partnership").order_by("pk"))


def _question_info(question: Question, rng: random.Random) -> QuestionInfo | None:
    choices = [
        {"id": c.pk, "text": c.text, "is_correct": c.is_correct, "feedback": c.feedback} for c in question.choices.all()
    ]
    correct = frozenset(c["id"] for c in choices if c["is_correct"])
    wrong = [c["id"] for c in choices if not c["is_correct"]]
    if len(choices) < 2 or not correct or (not question.allows_multiple and not wrong):
        return None  # a question no one can get wrong (or right) tells nothing; the bank forbids it anyway
    orders = list(itertools.permutations(choices))
    if len(orders) > SHUFFLES_PER_QUESTION:
        orders = rng.sample(orders, SHUFFLES_PER_QUESTION)
    shuffles = [(list(order), copy_json(list(order))) for order in orders]
    allows = "t" if question.allows_multiple else "f"
    prefix = (
        f"{question.pk}\t{question.competency_id}\t{copy_escape(question.text)}\t{allows}\t"
        f"{copy_escape(question.explanation)}\t"
    )
    # Most questions are easy; about one in eight is much harder, so knowledge gaps stand out.
    hard = rng.random() < 0.13
    difficulty = rng.gauss(1.2, 0.5) if hard else rng.gauss(-1.3, 0.7)
    if question.allows_multiple:
        difficulty += 0.4
    return QuestionInfo(
        pk=question.pk,
        competency_id=question.competency_id,
        prompt=question.text,
        allows_multiple=question.allows_multiple,
        explanation=question.explanation,
        correct=correct,
        correct_chosen=sorted(correct),
        wrong_ids=wrong,
        shuffles=shuffles,
        copy_prefix=prefix,
        correct_tail="[" + ", ".join(map(str, sorted(correct))) + "]\tt",
        difficulty=difficulty,
        discrimination=rng.uniform(0.7, 2.2),
    )


def world_load(rng: random.Random) -> World:
    districts = districts_ensure()
    competencies = list(Competency.objects.order_by("pk").values_list("pk", flat=True))
    bank = list(Question.objects.filter(live=True).select_related("competency").order_by("pk"))
    prefetch_related_objects(bank, "choices")
    questions = {}
    audiences = {}
    for question in bank:
        info = _question_info(question, rng)
        if info:
            questions[question.pk] = info
            audiences[question.pk] = question.audiences or []
    courses = []
    for course in CoursePage.objects.live().order_by("pk").prefetch_related("competencies", "quiz_questions"):
        random_quiz = course.quiz_mode == QuizMode.RANDOM
        if random_quiz:
            pool = [questions[pk] for pk in questions if course.audience in audiences[pk]]
        else:
            links = sorted(course.quiz_questions.all(), key=lambda link: link.sort_order or 0)
            pool = [questions[link.question_id] for link in links if link.question_id in questions]
        courses.append(
            CourseInfo(
                pk=course.pk,
                title=course.title,
                audience=course.audience,
                audience_label=course.get_audience_display(),
                pass_mark=course.pass_mark,
                validity_months=course.certificate_validity_months,
                max_attempts=course.max_attempts,
                cooldown_minutes=course.retake_cooldown_minutes,
                random_quiz=random_quiz,
                quiz_count=min(course.quiz_question_count, len(pool)),
                lessons=[lesson.pk for lesson in live_lessons_of(course)],
                competencies=sorted(c.pk for c in course.competencies.all()),
                questions=pool,
            )
        )
    return World(districts=districts, competencies=competencies, courses=courses, questions=questions)


def p_correct(ability: float, question: QuestionInfo) -> float:
    """Two-parameter logistic: able learners get discriminating questions right more often."""
    return 1.0 / (1.0 + math.exp(-question.discrimination * (ability - question.difficulty)))
