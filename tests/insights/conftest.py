"""Insights personas and a small world whose every figure is worked out by hand in world()'s docstring."""

import datetime
from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from courses.authoring import competency_upsert
from courses.models import (
    AttemptAnswer,
    Certificate,
    ConfidenceRating,
    CourseEvaluation,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Question,
    QuizAttempt,
)
from elearning.insights.models import AnalystScope
from elearning.people.mfa import has_totp
from elearning.people.models import MembershipRole, OrganisationKind, Sector
from tests.factories import (
    DistrictFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    UserFactory,
    make_course,
)

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
TODAY = datetime.date(2026, 4, 1)


def at(day: int, month: int = 3) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2026, month, day, 12, 0))


def staff_client(user) -> Client:
    """Signed in, with an authenticator set up (staff need one before the admin answers)."""
    if not has_totp(user):
        TOTP.activate(user, TOTP_SECRET)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def analyst(db):
    user = UserFactory(full_name="Ana Analyst", email="ana@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name="Workforce analysts"))
    return user


@pytest.fixture
def analyst_client(analyst):
    return staff_client(analyst)


def _attempt(enrolment, number, correct, questions, competencies, *, day):
    score = 100 * sum(correct) // len(correct)
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        number=number,
        pass_mark=75,
        started_at=at(day),
        submitted_at=at(day),
        score=score,
        passed=score >= 75,
    )
    for position, (is_correct, question, competency) in enumerate(zip(correct, questions, competencies, strict=True)):
        AttemptAnswer.objects.create(
            attempt=attempt,
            position=position,
            question=question,
            competency=competency,
            prompt=question.text,
            allows_multiple=False,
            choices=[{"id": 1, "text": "a", "is_correct": True, "feedback": ""}],
            chosen=[1] if is_correct else [2],
            is_correct=bool(is_correct),
        )
    return attempt


def _certificate(attempt, *, expires_on, code):
    enrolment = attempt.enrolment
    return Certificate.objects.create(
        attempt=attempt,
        learner=enrolment.learner,
        course=enrolment.course,
        holder_name="x",
        course_title=enrolment.course.title,
        audience="School staff",
        score=attempt.score,
        issued_on=datetime.date(2026, 3, 10),
        expires_on=expires_on,
        code=code,
    )


def _evaluation(
    enrolment, *, before=None, after=None, competency, met_aims=None, relevant=None, useful=None, action=""
):
    evaluation = CourseEvaluation.objects.create(
        enrolment=enrolment,
        before_at=at(2) if before else None,
        after_at=at(20) if after else None,
        met_aims=met_aims,
        relevant=relevant,
        useful=useful,
        action=action,
    )
    if before:
        ConfidenceRating.objects.create(evaluation=evaluation, competency=competency, stage="before", rating=before)
    if after:
        ConfidenceRating.objects.create(evaluation=evaluation, competency=competency, stage="after", rating=after)
    return evaluation


@pytest.fixture
def world(db):
    return build_world()


def build_world():
    """Two partnerships: North (districts Ashby, Brook) and South (district Crane).

    learner  district sector  organisations             enrolment, lessons, attempts (q0 q1 q2 q3)
    A        Ashby    school  X (school), Y (hotel)     3 lessons; 1: 1 1 1 0 (75, pass)
    B        Ashby    hotel   Y (hotel)                 1 lesson;  1: 1 0 0 0 (25), 2: 1 1 1 1 (100, pass)
    C        Brook    school  none                      0 lessons; 1: 0 1 0 0 (25)
    D        Crane    taxi    none                      3 lessons; 1: 1 1 0 1 (75, pass)
    E        Brook    school  none                      enrolled only

    q0-q2 test "Recognising signs", q3 "Responding to a disclosure". Everything in March 2026.
    Certificates (today 1 April 2026): A expires 20 April (within 30 days), B 2027 (valid),
    D expired 30 March. Evaluations (Recognising signs): A before 2 after 4, met_aims 4 relevant 3
    useful 4; B before 1 after 3, met_aims 3 relevant 2 useful 4; C before 3 only; D met_aims 4.
    """
    north = PartnershipFactory(name="North partnership")
    south = PartnershipFactory(name="South partnership")
    ashby = DistrictFactory(name="Ashby", partnership=north)
    brook = DistrictFactory(name="Brook", partnership=north)
    crane = DistrictFactory(name="Crane", partnership=south)
    course = make_course()
    signs = competency_upsert(slug="recognising-signs", name="Recognising signs")
    responding = competency_upsert(slug="responding", name="Responding to a disclosure")
    questions = [Question.objects.get(key=f"q-recognising-signs-{n}") for n in range(4)]
    competencies = [signs, signs, signs, responding]
    school_x = OrganisationFactory(name="X School", kind=OrganisationKind.SCHOOL, district=ashby)
    hotel_y = OrganisationFactory(name="Y Hotel", kind=OrganisationKind.HOTEL, district=ashby)
    joined = timezone.make_aware(datetime.datetime(2026, 2, 1, 9, 0))
    learners = {
        "A": UserFactory(district=ashby, sector=Sector.SCHOOL, date_joined=joined),
        "B": UserFactory(district=ashby, sector=Sector.HOTEL, date_joined=joined),
        "C": UserFactory(district=brook, sector=Sector.SCHOOL, date_joined=joined),
        "D": UserFactory(district=crane, sector=Sector.TAXI, date_joined=joined),
        "E": UserFactory(district=brook, sector=Sector.SCHOOL, date_joined=joined),
    }
    MembershipFactory(organisation=school_x, user=learners["A"], role=MembershipRole.MEMBER)
    MembershipFactory(organisation=hotel_y, user=learners["A"], role=MembershipRole.MEMBER)
    MembershipFactory(organisation=hotel_y, user=learners["B"], role=MembershipRole.MEMBER)
    enrolments = {
        name: Enrolment.objects.create(learner=user, course=course, started_at=at(1)) for name, user in learners.items()
    }
    lessons = list(LessonPage.objects.child_of(course).live())
    for name, count in (("A", 3), ("B", 1), ("D", 3)):
        for lesson in lessons[:count]:
            LessonCompletion.objects.create(enrolment=enrolments[name], lesson=lesson, completed_at=at(3))
    a1 = _attempt(enrolments["A"], 1, [1, 1, 1, 0], questions, competencies, day=5)
    _attempt(enrolments["B"], 1, [1, 0, 0, 0], questions, competencies, day=5)
    b2 = _attempt(enrolments["B"], 2, [1, 1, 1, 1], questions, competencies, day=6)
    _attempt(enrolments["C"], 1, [0, 1, 0, 0], questions, competencies, day=5)
    d1 = _attempt(enrolments["D"], 1, [1, 1, 0, 1], questions, competencies, day=5)
    for attempt in (a1, b2, d1):
        Enrolment.objects.filter(pk=attempt.enrolment_id).update(completed_at=attempt.submitted_at)
    _certificate(a1, expires_on=datetime.date(2026, 4, 20), code="AAAAAAAAAAAA")
    _certificate(b2, expires_on=datetime.date(2027, 3, 10), code="BBBBBBBBBBBB")
    _certificate(d1, expires_on=datetime.date(2026, 3, 30), code="DDDDDDDDDDDD")
    _evaluation(
        enrolments["A"],
        before=2,
        after=4,
        competency=signs,
        met_aims=4,
        relevant=3,
        useful=4,
        action="Share the signs with my team",
    )
    _evaluation(
        enrolments["B"],
        before=1,
        after=3,
        competency=signs,
        met_aims=3,
        relevant=2,
        useful=4,
        action="=cmd|' /C calc'!A0",
    )
    _evaluation(enrolments["C"], before=3, competency=signs)
    _evaluation(enrolments["D"], after=None, competency=signs, met_aims=4)
    CourseEvaluation.objects.filter(enrolment=enrolments["D"]).update(after_at=at(20))
    return SimpleNamespace(
        north=north,
        south=south,
        ashby=ashby,
        brook=brook,
        crane=crane,
        course=course,
        signs=signs,
        responding=responding,
        questions=questions,
        school_x=school_x,
        hotel_y=hotel_y,
        learners=learners,
        enrolments=enrolments,
    )


def add_crowd(world, n=10, *, action=""):
    """n more school staff in Ashby, each passing at the first attempt with every answer right (on
    5 March), with a valid certificate and an evaluation after (20 March): confidence 4 in
    recognising signs, a 4 for "met its aims", and `action` (numbered) as what they will do."""
    for i in range(n):
        learner = UserFactory(district=world.ashby, sector=Sector.SCHOOL, date_joined=at(1, month=2))
        enrolment = Enrolment.objects.create(learner=learner, course=world.course, started_at=at(1))
        attempt = _attempt(enrolment, 1, [1, 1, 1, 1], world.questions, [world.signs] * 3 + [world.responding], day=5)
        Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=attempt.submitted_at)
        _certificate(attempt, expires_on=datetime.date(2027, 3, 10), code=("C" + chr(65 + i)) * 6)
        _evaluation(enrolment, after=4, competency=world.signs, met_aims=4, action=f"{action} {i}" if action else "")


@pytest.fixture
def scoped_analyst(world, analyst):
    """An analyst limited to the South partnership."""
    scope = AnalystScope.objects.create(user=analyst)
    scope.partnerships.add(world.south)
    return analyst
