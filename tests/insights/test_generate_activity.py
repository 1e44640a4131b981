"""generate_activity: deterministic, plausible history, written as the services write it, and a
reset that removes only what it generated."""

import hashlib
from collections import defaultdict
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Avg, Count, Max, Min, Q, Sum
from django.utils import timezone

from courses.codes import code_normalise
from courses.models import (
    AttemptAnswer,
    Certificate,
    ConfidenceRating,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
)
from courses.scoring import AskedQuestion, score_quiz
from courses.services import enrolment_start
from elearning.insights.generate import generated_learners
from elearning.insights.models import Survey, SurveyConfidence, SurveyResponse
from elearning.people.models import District, Membership, Organisation, OrganisationKind, Sector, User
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

LEARNERS = 200
TODAY = "2026-06-30"


def _generate(*extra: str) -> str:
    out = StringIO()
    call_command("generate_activity", "--learners", str(LEARNERS), "--today", TODAY, "--no-refresh", *extra, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    """The demo content and 200 generated learners, built once for the module and rolled back after it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_data", stdout=StringIO())
            output = _generate("--seed", "1")
            yield output
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


pytestmark = pytest.mark.usefixtures("generated")


def _digest(values) -> str:
    return hashlib.sha256(repr(list(values)).encode()).hexdigest()[:16]


def fingerprint() -> dict:
    """Aggregates per table that do not depend on ids."""
    learners = generated_learners()
    attempts = QuizAttempt.objects.filter(enrolment__learner__in=learners)
    answers = AttemptAnswer.objects.filter(attempt__enrolment__learner__in=learners)
    return {
        "learners": _digest(learners.order_by("email").values_list("email", "full_name", "sector", "district__name")),
        "organisations": _digest(
            Organisation.objects.filter(created_by__in=learners)
            .order_by("name", "declared_headcount")
            .values_list("name", "kind", "declared_headcount")
        ),
        "memberships": Membership.objects.filter(user__in=learners).count(),
        "enrolments": Enrolment.objects.filter(learner__in=learners).aggregate(
            n=Count("id"), done=Count("completed_at"), best=Sum("best_score")
        ),
        "lessons": LessonCompletion.objects.filter(enrolment__learner__in=learners).count(),
        "attempts": attempts.aggregate(n=Count("id"), score=Sum("score"), passed=Count("id", filter=Q(passed=True))),
        "answers": answers.aggregate(n=Count("id"), right=Count("id", filter=Q(is_correct=True)), q=Sum("question_id")),
        "certificates": _digest(
            Certificate.objects.filter(learner__in=learners).order_by("code").values_list("code", "issued_on", "score")
        ),
        "ratings": ConfidenceRating.objects.filter(evaluation__enrolment__learner__in=learners).aggregate(
            n=Count("id"), total=Sum("rating")
        ),
        "evaluations": CourseEvaluation.objects.filter(enrolment__learner__in=learners).aggregate(
            n=Count("id"), met=Sum("met_aims"), actions=Count("id", filter=~Q(action=""))
        ),
        "survey_responses": SurveyResponse.objects.aggregate(
            n=Count("id"), anonymous=Count("id", filter=Q(respondent=None))
        ),
        "survey_confidence": SurveyConfidence.objects.aggregate(total=Sum("rating")),
    }


def test_it_generates_the_same_history_for_the_same_seed_and_another_for_another_seed(db):
    first = fingerprint()
    _generate("--seed", "1", "--reset")
    assert fingerprint() == first
    _generate("--seed", "2", "--reset")
    second = fingerprint()
    assert second["attempts"] != first["attempts"]
    assert second["certificates"] != first["certificates"]
    assert second["learners"] != first["learners"]


def test_it_prints_the_rows_it_wrote_and_the_time_it_took(db, generated):
    assert f"Generating {LEARNERS} learners, seed 1" in generated
    assert "courses.AttemptAnswer" in generated
    assert "Done in" in generated


def test_it_spans_several_years_and_every_sector_and_district(db):
    learners = generated_learners()
    assert learners.count() == LEARNERS
    span = QuizAttempt.objects.filter(enrolment__learner__in=learners).aggregate(
        first=Min("submitted_at"), last=Max("submitted_at")
    )
    assert span["last"] - span["first"] > timedelta(days=3 * 365)
    assert span["last"].date() <= date.fromisoformat(TODAY)
    assert set(learners.values_list("sector", flat=True)) == set(Sector.values)
    assert set(learners.values_list("district", flat=True)) == set(District.objects.values_list("pk", flat=True))
    kinds = set(Organisation.objects.filter(created_by__in=learners).values_list("kind", flat=True))
    assert {
        OrganisationKind.SCHOOL,
        OrganisationKind.AGENCY,
        OrganisationKind.HOTEL,
        OrganisationKind.TAXI_OPERATOR,
    } <= kinds
    for organisation in Organisation.objects.filter(created_by__in=learners).exclude(
        kind=OrganisationKind.LICENSING_AUTHORITY
    ):
        assert organisation.declared_headcount >= organisation.memberships.count()
        assert organisation.memberships.filter(role="manager", user=organisation.created_by).exists()


def test_some_questions_are_much_harder_than_others(db):
    shares = [
        row["right"] / row["n"]
        for row in AttemptAnswer.objects.filter(
            is_correct__isnull=False, attempt__enrolment__learner__in=generated_learners()
        )
        .values("question")
        .annotate(n=Count("id"), right=Count("id", filter=Q(is_correct=True)))
        if row["n"] >= 30
    ]
    assert len(shares) > 20
    assert min(shares) < 0.45
    assert max(shares) > 0.9


def test_pass_rates_and_attempts_per_learner_are_plausible(db):
    attempts = QuizAttempt.objects.filter(enrolment__learner__in=generated_learners(), submitted_at__isnull=False)
    first = attempts.filter(number=1)
    first_pass_rate = first.filter(passed=True).count() / first.count()
    assert 0.4 < first_pass_rate < 0.9
    assert attempts.filter(number__gt=1).exists()  # retakes and refreshers
    assert 5 <= attempts.count() / LEARNERS <= 15


def test_confidence_rises_after_the_course_and_most_are_satisfied(db):
    ratings = ConfidenceRating.objects.filter(evaluation__enrolment__learner__in=generated_learners())
    before = ratings.filter(stage="before").aggregate(mean=Avg("rating"))["mean"]
    after = ratings.filter(stage="after").aggregate(mean=Avg("rating"))["mean"]
    assert after > before + 0.4
    answered = CourseEvaluation.objects.filter(enrolment__learner__in=generated_learners(), after_at__isnull=False)
    assert answered.exists()
    assert answered.filter(met_aims__in=[3, 4]).count() / answered.count() > 0.85
    assert answered.exclude(action="").exists()
    assert not CourseEvaluation.objects.filter(before_at__isnull=False, before_skipped_at__isnull=False).exists()
    # The after stage is only ever reached by learners who completed the course.
    assert not answered.filter(enrolment__completed_at__isnull=True).exists()


def test_certificates_belong_to_passing_attempts_and_expire_after_issue(db):
    learners = generated_learners()
    passed = QuizAttempt.objects.filter(enrolment__learner__in=learners, passed=True)
    certificates = Certificate.objects.filter(learner__in=learners).select_related("attempt", "course")
    assert certificates.count() == passed.count()
    assert not passed.filter(certificate__isnull=True).exists()
    codes = set()
    for certificate in certificates:
        assert certificate.attempt.passed
        assert certificate.issued_on == timezone.localdate(certificate.attempt.submitted_at)
        assert certificate.expires_on > certificate.issued_on
        assert certificate.score == certificate.attempt.score
        assert code_normalise(certificate.code) == certificate.code
        codes.add(certificate.code)
    assert len(codes) == certificates.count()
    today = date.fromisoformat(TODAY)
    assert certificates.with_status("valid", today=today).exists()
    assert certificates.with_status("expired", today=today).exists()


def test_records_are_shaped_as_the_services_write_them(db):
    learners = generated_learners()
    pairs = Enrolment.objects.filter(learner__in=learners).values("learner", "course").annotate(n=Count("id"))
    assert all(pair["n"] == 1 for pair in pairs)
    rows = defaultdict(list)
    attempts = QuizAttempt.objects.filter(enrolment__learner__in=learners, submitted_at__isnull=False).order_by("pk")[
        :60
    ]
    for answer in AttemptAnswer.objects.filter(attempt__in=attempts).order_by("attempt", "position"):
        rows[answer.attempt_id].append(answer)
    for attempt in attempts:
        answers = rows[attempt.pk]
        assert [a.position for a in answers] == list(range(len(answers)))
        for answer in answers:
            assert {tuple(sorted(choice)) for choice in answer.choices} == {("feedback", "id", "is_correct", "text")}
            assert set(answer.chosen) <= {choice["id"] for choice in answer.choices}
            assert answer.prompt and answer.competency_id
        result = score_quiz(
            [
                AskedQuestion(key=a.pk, correct=frozenset(c["id"] for c in a.choices if c["is_correct"]))
                for a in answers
            ],
            {a.pk: a.chosen for a in answers},
            pass_mark=attempt.pass_mark,
        )
        assert result.score == attempt.score and result.passed == attempt.passed
        assert result.correct == {a.pk: a.is_correct for a in answers}
    for enrolment in Enrolment.objects.filter(learner__in=learners, completed_at__isnull=False)[:60]:
        first_pass = enrolment.attempts.filter(passed=True).order_by("number").first()
        assert enrolment.completed_at == first_pass.submitted_at
        assert enrolment.best_score == enrolment.attempts.aggregate(best=Max("score"))["best"]
        assert enrolment.lesson_completions.count() == enrolment.course.get_children().live().count()


def test_surveys_have_signed_in_and_anonymous_responses_for_two_periods(db):
    surveys = Survey.objects.filter(slug__startswith="generated-")
    assert surveys.count() == 2
    assert surveys.filter(live=True).count() == 1
    for survey in surveys:
        responses = survey.responses.all()
        assert responses.filter(respondent__isnull=False).exists()
        assert responses.filter(respondent__isnull=True).exclude(anonymous_key="").exists()
        response = responses.first()
        assert response.options.filter(kind="topic").exists() and response.options.filter(kind="format").exists()
        assert response.confidence.count() == survey.competencies.count()


def test_it_refuses_to_generate_twice_into_the_same_data(db):
    with pytest.raises(CommandError, match="--reset"):
        _generate()
    assert generated_learners().count() == LEARNERS


def test_if_empty_leaves_generated_data_alone_so_make_run_can_ask_every_time(db):
    assert "none added" in _generate("--if-empty")
    assert generated_learners().count() == LEARNERS


def test_it_refuses_where_demo_data_is_not_allowed(db, settings):
    settings.DEMO_DATA_ALLOWED = False
    users = User.objects.count()
    with pytest.raises(CommandError, match="production"):
        _generate("--reset")
    assert User.objects.count() == users


def test_it_rejects_bad_options_with_a_message(db):
    with pytest.raises(CommandError, match="--today"):
        call_command("generate_activity", "--learners", "5", "--today", "30/06/2026", "--reset")
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_activity", "--learners", "0")
    assert generated_learners().count() == LEARNERS


def test_reset_removes_only_what_it_generated(db):
    course = CoursePage.objects.live().first()
    real = UserFactory(email="real@example.org")
    enrolment_start(learner=real, course=course)
    organisation = OrganisationFactory(name="Real School")
    MembershipFactory(organisation=organisation, user=real)
    survey = Survey.objects.create(
        title="Real survey", slug="real", opens_on=date(2026, 1, 1), closes_on=date(2026, 2, 1)
    )
    users_before = User.objects.exclude(pk__in=generated_learners()).count()
    attempts_before = QuizAttempt.objects.exclude(enrolment__learner__in=generated_learners()).count()
    certificates_before = Certificate.objects.exclude(learner__in=generated_learners()).count()
    enrolments_before = Enrolment.objects.exclude(learner__in=generated_learners()).count()

    output = StringIO()
    call_command("generate_activity", "--learners", "0", "--reset", stdout=output)

    assert not generated_learners().exists()
    assert not Organisation.objects.filter(created_by__email__endswith="@generated.invalid").exists()
    assert not Survey.objects.filter(slug__startswith="generated-").exists()
    assert QuizAttempt.objects.count() == attempts_before
    assert Certificate.objects.count() == certificates_before
    assert Enrolment.objects.count() == enrolments_before
    assert User.objects.count() == users_before
    assert Enrolment.objects.filter(learner=real, course=course).exists()
    assert Membership.objects.get(organisation=organisation).user == real
    assert Survey.objects.get() == survey
    assert CoursePage.objects.live().count() == 5
    assert "deleted" in output.getvalue()
