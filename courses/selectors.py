"""Reads of course structure and learning records, shaped for the pages that show them.

Every selector runs a fixed number of queries whatever the size of the course or the learner's
history: pages call them once and never query per row."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Q
from django.utils.functional import SimpleLazyObject

from .models import Certificate, CoursePage, Enrolment, LessonCompletion, LessonPage, QuizAttempt


def live_lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(
        LessonPage.objects.live()
        .child_of(course)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "summary", "estimated_minutes")
    )


@dataclass
class LessonRow:
    lesson: LessonPage
    number: int
    completed: bool


@dataclass
class CourseOutline:
    course: CoursePage
    lessons: list[LessonRow]
    enrolment: Enrolment | None = None
    open_attempt: QuizAttempt | None = None
    last_attempt: QuizAttempt | None = None
    attempts_used: int = 0
    certificate: Certificate | None = None
    completed_count: int = field(init=False)

    def __post_init__(self):
        self.completed_count = sum(row.completed for row in self.lessons)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def percent(self) -> int:
        return self.completed_count * 100 // self.total if self.total else 0

    @property
    def all_lessons_done(self) -> bool:
        return self.completed_count == self.total

    @property
    def next_lesson(self) -> LessonRow | None:
        """Where the learner left off: the first lesson they have not completed."""
        return next((row for row in self.lessons if not row.completed), None)

    @property
    def refresher_due(self) -> bool:
        return self.certificate is not None and self.certificate.refresher_due()

    @property
    def attempts_left(self) -> int | None:
        if self.course.max_attempts is None:
            return None
        return max(self.course.max_attempts - self.attempts_used, 0)


def course_outline_for(*, course: CoursePage, learner) -> CourseOutline:
    enrolment = Enrolment.objects.filter(learner=learner, course=course).first() if learner.is_authenticated else None
    return _outline(course, enrolment)


def _outline(course: CoursePage, enrolment: Enrolment | None, *, with_quiz: bool = True) -> CourseOutline:
    """The course's lessons with the learner's progress; `with_quiz` adds their attempts and
    certificate, which a lesson page does not show."""
    lessons = course.lessons_for_pages
    done: set[int] = set()
    latest = None
    if enrolment:
        done = set(LessonCompletion.objects.filter(enrolment=enrolment).values_list("lesson_id", flat=True))
        if with_quiz:
            latest = enrolment.attempts.order_by("-number").first()
    outline = CourseOutline(
        course=course,
        lessons=[LessonRow(lesson, n, lesson.pk in done) for n, lesson in enumerate(lessons, 1)],
        enrolment=enrolment,
    )
    if with_quiz and enrolment and enrolment.completed_at:
        outline.certificate = (
            Certificate.objects.filter(
                learner_id=enrolment.learner_id, course_id=enrolment.course_id, revoked_at__isnull=True
            )
            .order_by("-issued_on", "-pk")
            .first()
        )
    if latest:
        outline.open_attempt = latest if latest.submitted_at is None else None
        outline.last_attempt = latest if latest.submitted_at is not None else None
        outline.attempts_used = latest.number - (1 if latest.submitted_at is None else 0)
    return outline


def enrolment_for_lesson(*, course: CoursePage, learner) -> Enrolment | None:
    """The learner's enrolment on the lesson's course, holding the course and learner objects the
    caller already has: everything a lesson page needs about who is reading it, in one query."""
    enrolment = Enrolment.objects.filter(learner=learner, course=course).first()
    if enrolment is not None:
        enrolment.course, enrolment.learner = course, learner
    return enrolment


def lesson_context_for(*, lesson: LessonPage, course: CoursePage, enrolment: Enrolment | None) -> dict:
    outline = _outline(course, enrolment, with_quiz=False)
    position = next((i for i, row in enumerate(outline.lessons) if row.lesson.pk == lesson.pk), None)
    previous_row = outline.lessons[position - 1] if position else None
    next_row = outline.lessons[position + 1] if position is not None and position + 1 < outline.total else None
    learner = enrolment.learner if enrolment else None
    return {
        "course": course,
        "outline": outline,
        "lesson_number": position + 1 if position is not None else None,
        "lesson_completed": position is not None and outline.lessons[position].completed,
        "previous_lesson": previous_row.lesson if previous_row else None,
        "next_lesson": next_row.lesson if next_row else None,
        # The district's contacts are read only when the lesson body is rendered, not taken
        # from the cache: its id is part of the cache key.
        "learner_district_id": learner.district_id if learner else None,
        "learner_district": SimpleLazyObject(lambda: learner.district) if learner else None,
    }


@dataclass
class CourseCard:
    course: CoursePage
    lesson_count: int


def course_cards(*, index=None) -> list[CourseCard]:
    """Live courses (under one course index, or everywhere) with their lesson counts."""
    courses = CoursePage.objects.live().order_by("path")
    if index is not None:
        courses = courses.child_of(index)
    courses = list(courses)
    counts = lesson_counts(courses)
    return [CourseCard(course, counts.get(course.pk, 0)) for course in courses]


def lesson_counts(courses: list[CoursePage]) -> dict[int, int]:
    """Live lessons per course, in one query."""
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path, depth=course.depth + 1)
    counts: dict[int, int] = {}
    for path in LessonPage.objects.live().filter(query).values_list("path", flat=True):
        course_pk = by_path[path[: -LessonPage.steplen]]
        counts[course_pk] = counts.get(course_pk, 0) + 1
    return counts


@dataclass
class LearnerCourse:
    enrolment: Enrolment
    lessons_total: int
    lessons_done: int
    attempts: int
    certificate: Certificate | None = None

    @property
    def course(self) -> CoursePage:
        return self.enrolment.course

    @property
    def percent(self) -> int:
        return self.lessons_done * 100 // self.lessons_total if self.lessons_total else 0

    @property
    def completed_at(self) -> datetime | None:
        return self.enrolment.completed_at


def learner_courses(*, learner) -> tuple[list[LearnerCourse], list[LearnerCourse]]:
    """The learner's courses for "My learning": (in progress, completed)."""
    enrolments = list(
        Enrolment.objects.filter(learner=learner)
        .select_related("course")
        .annotate(attempt_count=Count("attempts", filter=Q(attempts__submitted_at__isnull=False)))
        .order_by("-started_at")
    )
    courses = [enrolment.course for enrolment in enrolments]
    totals = lesson_counts(courses)
    done = dict(
        LessonCompletion.objects.filter(enrolment__learner=learner, lesson__live=True)
        .values_list("enrolment_id")
        .annotate(count=Count("pk"))
        .values_list("enrolment_id", "count")
    )
    latest_certificate: dict[int, Certificate] = {}
    for certificate in Certificate.objects.filter(learner=learner, revoked_at__isnull=True).order_by("issued_on", "pk"):
        latest_certificate[certificate.course_id] = certificate
    rows = [
        LearnerCourse(
            enrolment=enrolment,
            lessons_total=totals.get(enrolment.course_id, 0),
            lessons_done=done.get(enrolment.pk, 0),
            attempts=enrolment.attempt_count,
            certificate=latest_certificate.get(enrolment.course_id),
        )
        for enrolment in enrolments
    ]
    return [row for row in rows if not row.completed_at], [row for row in rows if row.completed_at]


def attempt_for_learner(*, learner, attempt_id: int) -> QuizAttempt | None:
    """The learner's own attempt, or None: another learner's attempt is indistinguishable from
    one that does not exist."""
    return (
        QuizAttempt.objects.filter(pk=attempt_id, enrolment__learner=learner)
        .select_related("enrolment__course")
        .first()
    )


def learner_certificates(*, learner) -> list[Certificate]:
    """Every certificate the learner holds, newest first, whatever its status."""
    return list(Certificate.objects.filter(learner=learner).order_by("-issued_on", "-pk"))


def certificate_for_learner(*, learner, certificate_id: int) -> Certificate | None:
    return Certificate.objects.filter(pk=certificate_id, learner=learner).first()


def certificate_for_code(code: str | None) -> Certificate | None:
    return Certificate.objects.filter(code=code).first() if code else None


def certificates_for_codes(codes: list[str]) -> dict[str, Certificate]:
    """Certificates by code, in one query."""
    return {certificate.code: certificate for certificate in Certificate.objects.filter(code__in=set(codes))}
