"""Services that write course content: competencies, bank questions, courses and lessons.

The demo loader uses them, and so can any import of a partnership's own content. Each is an
upsert keyed on a stable slug, so running an import twice changes nothing the second time."""

from collections.abc import Sequence

from django.db import transaction
from wagtail.models import Page

from .models import Choice, Competency, CourseIndexPage, CoursePage, CourseQuizQuestion, LessonPage, Question


@transaction.atomic
def competency_upsert(*, slug: str, name: str, description: str = "", sort_order: int = 0) -> Competency:
    competency, _ = Competency.objects.update_or_create(
        slug=slug, defaults={"name": name, "description": description, "sort_order": sort_order}
    )
    return competency


@transaction.atomic
def question_upsert(
    *,
    key: str,
    text: str,
    competency: Competency,
    choices: Sequence[dict],
    explanation: str,
    audiences: Sequence[str] = (),
    allows_multiple: bool = False,
) -> Question:
    """Create or replace a bank question and publish it as a new revision."""
    correct = sum(1 for choice in choices if choice["correct"])
    if len(choices) < 2 or correct < 1 or (not allows_multiple and correct != 1):
        raise ValueError(f"Question {key!r} needs two or more choices and a valid set of correct answers.")
    if any(not choice.get("feedback") for choice in choices):
        raise ValueError(f"Every choice of question {key!r} needs feedback.")
    question = Question.objects.filter(key=key).first() or Question(key=key)
    question.text = text
    question.competency = competency
    question.explanation = explanation
    question.audiences = list(audiences)
    question.allows_multiple = allows_multiple
    question.choices = [
        Choice(text=choice["text"], is_correct=choice["correct"], feedback=choice["feedback"], sort_order=order)
        for order, choice in enumerate(choices)
    ]
    question.save()
    question.save_revision().publish()
    return question


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def course_index_upsert(*, parent: Page, title: str, slug: str, intro: str = "") -> CourseIndexPage:
    existing = CourseIndexPage.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    index = CourseIndexPage(title=title, slug=slug, intro=intro)
    parent.add_child(instance=index)
    return _publish(index)


@transaction.atomic
def course_upsert(
    *, index: CourseIndexPage, spec: dict, competencies: dict[str, Competency], questions: Sequence[Question]
) -> CoursePage:
    """Build a course and its lessons from a content spec (see courses/demo_content/)."""
    course = CoursePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if course is None:
        course = CoursePage(slug=spec["slug"])
    course.title = spec["title"]
    course.audience = spec["audience"]
    course.summary = spec["summary"]
    course.learning_outcomes = [{"type": "outcome", "value": outcome} for outcome in spec["learning_outcomes"]]
    course.estimated_minutes = spec["estimated_minutes"]
    course.pass_mark = spec["pass_mark"]
    course.certificate_validity_months = spec.get("certificate_validity_months")
    quiz = spec.get("quiz", {})
    course.quiz_mode = quiz.get("mode", "fixed")
    course.quiz_question_count = quiz.get("count", 10)
    course.retake_cooldown_minutes = quiz.get("cooldown_minutes", 0)
    course.max_attempts = quiz.get("max_attempts")
    course.competencies = [competencies[slug] for slug in spec["competencies"]]
    course.quiz_questions = [
        CourseQuizQuestion(question=question, sort_order=order) for order, question in enumerate(questions)
    ]
    if course.pk is None:
        index.add_child(instance=course)
    course = _publish(course)
    for lesson_spec in spec["lessons"]:
        lesson_upsert(course=course, spec=lesson_spec)
    return course


@transaction.atomic
def lesson_upsert(*, course: CoursePage, spec: dict) -> LessonPage:
    lesson = LessonPage.objects.child_of(course).filter(slug=spec["slug"]).first()
    if lesson is None:
        lesson = LessonPage(slug=spec["slug"])
    lesson.title = spec["title"]
    lesson.summary = spec.get("summary", "")
    lesson.estimated_minutes = spec["estimated_minutes"]
    lesson.body = [{"type": block_type, "value": value} for block_type, value in spec["body"]]
    if lesson.pk is None:
        course.add_child(instance=lesson)
    return _publish(lesson)
