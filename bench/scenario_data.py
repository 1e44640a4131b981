"""The data the HTTP scenarios run on, built in the bench database (never run this elsewhere).

The population comes from `generate_activity` (insights), which bench/http.py has already run
(or copied from an earlier run). On top of it, the harness adds the people it drives: learners
who open lessons, learners ready for the quiz, a manager of a school of 2,000 members, a
workforce analyst, and a session for each, written straight into the session store (as signing
in would) rather than posting the sign-in form hundreds of times."""

import secrets
from dataclasses import dataclass, field
from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from courses.models import CoursePage, Enrolment, LessonCompletion, RequiredCourse
from courses.selectors import live_lessons_of
from elearning.people.models import District, MembershipRole, OrganisationKind, Sector, User
from home.models import HomePage

from .urls import PLAIN_PAGE_SLUG

# The harness signs its people in by writing their sessions: none of them has a password.
UNUSABLE = make_password(None)


@dataclass
class Actor:
    """Someone the load generator plays: their session cookie and CSRF secret."""

    email: str
    session: str
    csrf: str


@dataclass
class ScenarioData:
    population: str  # what generated the background data
    learners: int
    course_url: str
    course_id: int
    lesson_urls: list[str]
    public_urls: list[str]
    lesson_learners: list[Actor] = field(default_factory=list)
    quiz_learners: list[Actor] = field(default_factory=list)
    manager: Actor | None = None
    manager_url: str = ""
    analyst: Actor | None = None
    insights_urls: dict[str, str] = field(default_factory=dict)


def build(*, population: str, lesson_learners: int, quiz_learners: int) -> ScenarioData:
    course = CoursePage.objects.live().order_by("path").first()
    lessons = live_lessons_of(course)
    _plain_page()
    district = District.objects.order_by("pk").first()
    data = ScenarioData(
        population=population,
        learners=User.objects.count(),
        course_url=course.url,
        course_id=course.pk,
        lesson_urls=[lesson.url for lesson in lessons],
        public_urls=_public_urls(),
    )
    readers = _learners("bench-reader", lesson_learners, district)
    _enrol(readers, course, lessons[:1])
    takers = _learners("bench-quiz", quiz_learners, district)
    _enrol(takers, course, lessons)
    data.lesson_learners = [_actor(user) for user in readers]
    data.quiz_learners = [_actor(user) for user in takers]
    manager, school = _school_of_2000(course)
    data.manager = _actor(manager)
    data.manager_url = f"/organisations/{school.pk}/training/"
    data.insights_urls = insights_urls()
    if data.insights_urls:
        data.analyst = _actor(_analyst())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return data


def _plain_page() -> None:
    """A plain wagtailcore Page (no model of ours) under the home page, for calibration."""
    home = HomePage.objects.get()
    if not Page.objects.filter(slug=PLAIN_PAGE_SLUG).exists():
        home.add_child(instance=Page(title="A plain Wagtail page", slug=PLAIN_PAGE_SLUG))


def _public_urls() -> list[str]:
    """Every live Wagtail page an anonymous visitor can read, but the calibration page, lessons
    (they need a sign-in) and course pages (a scenario of their own)."""
    from courses.models import LessonPage

    pages = (
        Page.objects.live()
        .filter(depth__gte=2)
        .exclude(slug=PLAIN_PAGE_SLUG)
        .not_type(LessonPage)
        .not_type(CoursePage)  # a scenario of their own
    )
    return sorted(page.url for page in pages.specific())


def _learners(prefix: str, count: int, district) -> list[User]:
    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}-{n}@example.org",
                full_name=f"{prefix.title()} Learner {n:05d}",
                sector=Sector.SCHOOL,
                job_role="Teaching assistant",
                district=district,
                password=UNUSABLE,
            )
            for n in range(count)
        ]
    )
    return list(User.objects.filter(pk__in=[u.pk for u in users]).order_by("pk"))


def _enrol(users: list[User], course: CoursePage, completed_lessons) -> None:
    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create([Enrolment(learner=u, course=course, started_at=now) for u in users])
    LessonCompletion.objects.bulk_create(
        [
            LessonCompletion(enrolment=e, lesson=lesson, completed_at=now)
            for e in enrolments
            for lesson in completed_lessons
        ]
    )


def _school_of_2000(course):
    from tests.courses.organisation_data import bulk_members
    from tests.factories import MembershipFactory, OrganisationFactory

    RequiredCourse.objects.get_or_create(kind=OrganisationKind.SCHOOL, course=course)
    school = OrganisationFactory(name="Bench School", kind=OrganisationKind.SCHOOL, declared_headcount=2100)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER, user__full_name="Bench Manager").user
    bulk_members(school, 1999, course=course, prefix=f"bench{school.pk}-")
    return manager, school


def _analyst() -> User:
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group

    user = User.objects.create(
        email="bench-analyst@example.org",
        full_name="Bench Analyst",
        sector=Sector.SCHOOL,
        job_role="Workforce development",
        district=District.objects.order_by("pk").first(),
        is_staff=True,
        password=UNUSABLE,
    )
    user.groups.add(Group.objects.get(name="Workforce analysts"))
    # The admin asks staff for an authenticator first (elearning/people/mfa.py).
    TOTP.activate(user, "BENCHANALYSTTOTPSECRETXXXXXXXXXX")
    return user


def insights_urls() -> dict[str, str]:
    """The insights overview and knowledge-gaps dashboards, if the project has them."""
    from django.urls import NoReverseMatch, reverse

    found = {}
    for label, key in (("insights overview", "overview"), ("insights knowledge gaps", "gaps")):
        try:
            found[label] = reverse("insights_dashboard", kwargs={"key": key})
        except NoReverseMatch:
            continue
    return found


def _actor(user: User) -> Actor:
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return Actor(email=user.email, session=store.session_key, csrf=secrets.token_hex(16))
