"""Reads for the course evaluation: what to offer a learner, and when."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from .models import Certificate, Competency, CourseEvaluation, CoursePage, Enrolment, QuizAttempt


def course_competencies(course: CoursePage) -> list[Competency]:
    return list(course.competencies.order_by("sort_order", "name"))


def evaluation_of(enrolment: Enrolment) -> CourseEvaluation | None:
    return CourseEvaluation.objects.filter(enrolment=enrolment).first()


# The course a learner has just started and has not yet been asked about. Kept in the session so
# the lesson page, whose query count is pinned, offers the confidence check without a query.
CONFIDENCE_OFFER_SESSION_KEY = "courses.confidence_offer"


def confidence_offer_pending(*, request, course: CoursePage, lessons_completed: int) -> bool:
    return not lessons_completed and request.session.get(CONFIDENCE_OFFER_SESSION_KEY) == course.pk


def confidence_offered(*, enrolment: Enrolment | None, lessons_completed: int) -> bool:
    """Offer the confidence check at the start: enrolled, no lesson completed, not yet answered or
    skipped, and the course names competencies to rate."""
    if enrolment is None or lessons_completed or enrolment.completed_at is not None:
        return False
    answered = CourseEvaluation.objects.filter(
        Q(before_at__isnull=False) | Q(before_skipped_at__isnull=False), enrolment=enrolment
    )
    return not answered.exists() and enrolment.course.competencies.exists()


@dataclass(frozen=True)
class EvaluationDue:
    """The evaluation at completion is waiting; `required` when the certificate waits for it."""

    course: CoursePage
    required: bool


def held_attempt(enrolment: Enrolment) -> QuizAttempt | None:
    """The latest attempt, when it passed and has no certificate yet: the one a course that
    requires the evaluation is holding the certificate for."""
    latest = enrolment.attempts.filter(submitted_at__isnull=False).order_by("-number").first()
    if latest is not None and latest.passed and not Certificate.objects.filter(attempt=latest).exists():
        return latest
    return None


def evaluation_due(*, enrolment: Enrolment | None) -> EvaluationDue | None:
    if enrolment is None or enrolment.completed_at is None:
        return None
    closed = CourseEvaluation.objects.filter(
        Q(after_at__isnull=False) | Q(after_skipped_at__isnull=False), enrolment=enrolment
    )
    if closed.exists():
        return None
    required = enrolment.course.evaluation_required and held_attempt(enrolment) is not None
    return EvaluationDue(course=enrolment.course, required=required)


def latest_passed_attempt(enrolment: Enrolment) -> QuizAttempt | None:
    return enrolment.attempts.filter(passed=True).order_by("-number").first()


def certificates_waiting_for_evaluation(*, learner) -> list[CoursePage]:
    """Courses the learner has passed whose certificate waits for their evaluation, in one query."""
    has_certificate = Certificate.objects.filter(learner=OuterRef("learner"), course=OuterRef("course"))
    enrolments = (
        Enrolment.objects.filter(learner=learner, completed_at__isnull=False, course__evaluation_required=True)
        .exclude(evaluation__after_at__isnull=False)
        .exclude(Exists(has_certificate))
        .select_related("course")
        .order_by("-completed_at")
    )
    return [enrolment.course for enrolment in enrolments]
