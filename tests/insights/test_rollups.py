"""Rollups equal the same figures counted directly from the records, after writes, edits and
erasures, for a full refresh and for an incremental one."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncDate, TruncMonth
from django.utils import timezone

from courses.models import (
    AttemptAnswer,
    Certificate,
    ConfidenceRating,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    QuizAttempt,
)
from courses.services import quiz_attempt_submit
from elearning.insights import selectors
from elearning.insights.filters import Filters
from elearning.insights.models import (
    ActiveRollup,
    AnswerOrgRollup,
    AnswerRollup,
    AnswerTotalRollup,
    CertificateOrgRollup,
    CertificateRollup,
    ConfidenceRollup,
    ConfidenceTotalRollup,
    FunnelRollup,
    LearnerOrganisation,
    LearnerOrgRollup,
    LearnerRollup,
    LearningOrgRollup,
    LearningRollup,
    RollupRefresh,
    SatisfactionRollup,
)
from elearning.insights.rollups import rollups_refresh
from elearning.insights.selectors import DASHBOARDS
from elearning.people.models import District, Membership, MembershipRole, OrganisationKind, Sector, User
from elearning.people.privacy import account_erase, is_erased
from tests.courses.helpers import open_attempt, right_answers
from tests.factories import UserFactory
from tests.insights.conftest import TODAY, _attempt, at
from tests.insights.oracle import assert_dashboards_match_records, assert_survey_matches_records


def _month(field):
    return TruncMonth(TruncDate(field))


def _sums(queryset, keys, **measures):
    return {
        tuple(row[k] for k in keys): tuple(row[m] for m in measures)
        for row in queryset.values(*keys).annotate(**measures)
    }


def assert_rollups_match_records():
    learner = "learner__"
    # Enrolments by start month, district, sector and course.
    direct = _sums(
        Enrolment.objects.annotate(m=_month("started_at"), d=F(f"{learner}district"), s=F(f"{learner}sector")),
        ["m", "d", "s", "course"],
        n=Count("pk"),
        passed=Count("pk", filter=Q(completed_at__isnull=False)),
    )
    rolled = _sums(
        FunnelRollup.objects.annotate(m=F("month"), d=F("district"), s=F("sector")),
        ["m", "d", "s", "course"],
        n=Sum("enrolled"),
        passed=Sum("passed"),
    )
    assert rolled == direct
    learning = LearningRollup.objects.aggregate(
        e=Sum("enrolments"), c=Sum("completions"), a=Sum("attempts"), p=Sum("attempts_passed"), s=Sum("score_sum")
    )
    submitted = QuizAttempt.objects.filter(submitted_at__isnull=False)
    assert learning == {
        "e": Enrolment.objects.count(),
        "c": Enrolment.objects.filter(completed_at__isnull=False).count(),
        "a": submitted.count(),
        "p": submitted.filter(passed=True).count(),
        "s": submitted.aggregate(s=Sum("score"))["s"],
    }

    # Per membership: every enrolment of a learner in k organisations appears k times (once if none).
    # An erased learner's memberships are gone from people: insights kept them at erasure.
    def organisations(learner):
        if is_erased(learner):
            return learner.insights_organisations.filter(kept=True).count()
        return learner.memberships.count()

    memberships = sum(max(organisations(e.learner), 1) for e in Enrolment.objects.select_related("learner"))
    assert LearningOrgRollup.objects.aggregate(e=Sum("enrolments"))["e"] == memberships
    answers = AttemptAnswer.objects.filter(attempt__submitted_at__isnull=False)
    direct = _sums(
        answers,
        ["question", "attempt__enrolment__learner__sector"],
        n=Count("pk"),
        x=Count("pk", filter=Q(is_correct=True)),
    )
    rolled = _sums(
        AnswerRollup.objects.annotate(**{"attempt__enrolment__learner__sector": F("sector")}),
        ["question", "attempt__enrolment__learner__sector"],
        n=Sum("n"),
        x=Sum("sum_x"),
    )
    assert rolled == direct
    # The area-free totals are the plain rollups summed over partnership and district.
    keys = ["question", "sector", "month"]
    assert _sums(AnswerTotalRollup.objects.all(), keys, n=Sum("n"), xy=Sum("sum_xy")) == _sums(
        AnswerRollup.objects.all(), keys, n=Sum("n"), xy=Sum("sum_xy")
    )
    assert _sums(ConfidenceTotalRollup.objects.all(), ["competency", "stage"], n=Sum("n")) == _sums(
        ConfidenceRollup.objects.all(), ["competency", "stage"], n=Sum("n")
    )
    assert (
        AnswerOrgRollup.objects.filter(organisation__isnull=True).aggregate(n=Sum("n"))["n"]
        == answers.exclude(attempt__enrolment__learner__in=Membership.objects.values("user"))
        .exclude(attempt__enrolment__learner__in=LearnerOrganisation.objects.filter(kept=True).values("learner"))
        .count()
    )
    # Certificates held: not revoked, or revoked only because the holder erased their account.
    held = Certificate.objects.filter(
        Q(revoked_at__isnull=True) | Q(revocation_reason="account erased", learner__email__startswith="erased-")
    )
    assert CertificateRollup.objects.aggregate(n=Sum("certificates"))["n"] == held.count()
    ratings = ConfidenceRating.objects.filter(
        Q(stage="before", evaluation__before_at__isnull=False) | Q(stage="after", evaluation__after_at__isnull=False)
    )
    assert _sums(ratings, ["competency", "stage"], n=Count("pk"), t=Sum("rating")) == _sums(
        ConfidenceRollup.objects.all(), ["competency", "stage"], n=Sum("n"), t=Sum("rating_sum")
    )
    evaluated = CourseEvaluation.objects.filter(after_at__isnull=False)
    assert (
        SatisfactionRollup.objects.filter(item="met_aims").aggregate(n=Sum("n"))["n"]
        == evaluated.filter(met_aims__isnull=False).count()
    )


def _organisations_of(learner_ids) -> dict[int, list[int]]:
    """Each learner's organisations as the rollups count them: memberships, and for an erased
    learner the ones kept at erasure (checked against the figures before erasure elsewhere)."""
    organisations = {learner: [] for learner in learner_ids}
    for user_id, organisation in Membership.objects.values_list("user_id", "organisation_id"):
        organisations.setdefault(user_id, []).append(organisation)
    for learner, organisation in LearnerOrganisation.objects.filter(kept=True).values_list(
        "learner_id", "organisation_id"
    ):
        organisations.setdefault(learner, []).append(organisation)
    return organisations


def assert_area_and_organisation_columns_match_records():
    """Registered learners, enrolments, attempts, answers, ratings and certificates by partnership and
    district (and month and sector where the table has them), and per organisation."""
    area = ["p", "d", "s"]
    users = User.objects.filter(is_staff=False, is_superuser=False)

    def by_area(queryset, path):
        return queryset.annotate(p=F(f"{path}district__partnership"), d=F(f"{path}district"), s=F(f"{path}sector"))

    def rolled(model):
        return model.objects.annotate(p=F("partnership"), d=F("district"), s=F("sector"))

    assert _sums(rolled(LearnerRollup).annotate(m=F("month")), [*area, "m"], n=Sum("registered")) == _sums(
        by_area(users, "").annotate(m=_month("date_joined")), [*area, "m"], n=Count("pk")
    )
    submitted = QuizAttempt.objects.filter(submitted_at__isnull=False)
    learning = _sums(rolled(LearningRollup), area, a=Sum("attempts"), s_=Sum("score_sum"), e=Sum("enrolments"))
    assert {key: value[:2] for key, value in learning.items() if value[0]} == _sums(
        by_area(submitted, "enrolment__learner__"), area, a=Count("pk"), s_=Sum("score")
    )
    assert {key: value[2] for key, value in learning.items() if value[2]} == {
        key: value[0]
        for key, value in _sums(by_area(Enrolment.objects.all(), "learner__"), area, e=Count("pk")).items()
    }
    answers = AttemptAnswer.objects.filter(attempt__submitted_at__isnull=False)
    assert _sums(rolled(AnswerRollup), [*area, "question"], n=Sum("n"), x=Sum("sum_x")) == _sums(
        by_area(answers, "attempt__enrolment__learner__"),
        [*area, "question"],
        n=Count("pk"),
        x=Count("pk", filter=Q(is_correct=True)),
    )
    ratings = ConfidenceRating.objects.filter(
        Q(stage="before", evaluation__before_at__isnull=False) | Q(stage="after", evaluation__after_at__isnull=False)
    )
    assert _sums(rolled(ConfidenceRollup), [*area, "competency", "stage"], n=Sum("n")) == _sums(
        by_area(ratings, "evaluation__enrolment__learner__"), [*area, "competency", "stage"], n=Count("pk")
    )

    # Per organisation: each record once in each organisation of its learner.
    organisations = _organisations_of(users.values_list("pk", flat=True))

    def per_organisation(pairs) -> dict:
        counts = {}
        for learner, n in pairs:
            for organisation in organisations.get(learner, []):
                counts[organisation] = counts.get(organisation, 0) + n
        return counts

    def rolled_per_organisation(model, measure) -> dict:
        rows = model.objects.filter(organisation__isnull=False).values("organisation").annotate(n=Sum(measure))
        return {row["organisation"]: row["n"] for row in rows if row["n"]}

    assert rolled_per_organisation(LearnerOrgRollup, "registered") == per_organisation(
        (pk, 1) for pk in users.values_list("pk", flat=True)
    )
    assert rolled_per_organisation(LearningOrgRollup, "enrolments") == per_organisation(
        (learner, 1) for learner in Enrolment.objects.values_list("learner_id", flat=True)
    )
    assert rolled_per_organisation(AnswerOrgRollup, "n") == per_organisation(
        (learner, 1) for learner in answers.values_list("attempt__enrolment__learner_id", flat=True)
    )
    held = Certificate.objects.filter(
        Q(revoked_at__isnull=True) | Q(revocation_reason="account erased", learner__email__startswith="erased-")
    )
    assert rolled_per_organisation(CertificateOrgRollup, "certificates") == per_organisation(
        (learner, 1) for learner in held.values_list("learner_id", flat=True)
    )


def test_it_matches_the_records_after_writes_edits_and_erasures(world):
    rollups_refresh(now=at(1, month=4))
    assert_rollups_match_records()

    # A new learner enrols and passes; an existing one moves district; one erases their account;
    # a certificate is revoked.
    newcomer = UserFactory(district=world.brook, sector="night_time")
    enrolment = Enrolment.objects.create(learner=newcomer, course=world.course, started_at=at(8))
    attempt = _attempt(enrolment, 1, [1, 1, 1, 1], world.questions, [world.signs] * 4, day=9)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=attempt.submitted_at)
    world.learners["C"].district = world.crane
    world.learners["C"].save()
    account_erase(user=world.learners["A"])
    Certificate.objects.filter(code="BBBBBBBBBBBB").update(revoked_at=at(25), revocation_reason="Issued in error")

    rollups_refresh(now=at(1, month=4))
    assert_rollups_match_records()
    assert_area_and_organisation_columns_match_records()
    assert FunnelRollup.objects.aggregate(n=Sum("enrolled"))["n"] == 6


FILTERS = {
    "everything": {},
    "X School": {"organisation": "school_x"},
    "Y Hotel": {"organisation": "hotel_y"},
    "schools": {"organisation_kind": OrganisationKind.SCHOOL},
    "hotels": {"organisation_kind": OrganisationKind.HOTEL},
    "school staff": {"sector": Sector.SCHOOL},
    "Ashby": {"district": "ashby"},
    "North": {"partnership": "north"},
    "the course": {"course": "course"},
}


def _every_figure(world) -> dict:
    """Every table of every rollup dashboard under each filter (the free text aside: erasure blanks it)."""
    figures = {}
    for name, spec in FILTERS.items():
        values = {
            key: (value if key in {"organisation_kind", "sector"} else getattr(world, value).pk)
            for key, value in spec.items()
        }
        for key in ("overview", "funnel", "gaps", "confidence", "satisfaction"):
            dashboard = DASHBOARDS[key][1]
            kwargs = {"today": TODAY} if key == "overview" else {}
            for table in dashboard(Filters(**values), **kwargs).tables:
                figures[(name, key, table.key)] = table.rows
    return figures


def test_erasing_a_learner_changes_no_figure(world):
    rollups_refresh(now=at(1, month=4))
    before = _every_figure(world)
    # A: in X School and Y Hotel, with a certificate valid until 20 April, evaluations and answers.
    account_erase(user=world.learners["A"])
    assert not Membership.objects.filter(user=world.learners["A"]).exists()
    assert Certificate.objects.get(code="AAAAAAAAAAAA").revoked_at is not None

    rollups_refresh(now=at(1, month=4))
    after = _every_figure(world)
    assert after == before
    # The figures that rest on A alone are really there: X School's enrolment and certificate.
    overview = dict(selectors.overview(Filters(organisation=world.school_x.pk), today=TODAY).table("overview").rows)
    assert overview["Enrolments"] == 1
    assert overview["Active learners"] == 1
    assert overview["Expiring within 30 days"] == 1
    assert_rollups_match_records()


def test_an_incremental_refresh_picks_up_recent_activity(world):
    rollups_refresh(now=at(1, month=4))
    later = UserFactory(district=world.ashby)
    enrolment = Enrolment.objects.create(learner=later, course=world.course, started_at=at(10, month=4))
    _attempt(enrolment, 1, [0, 0, 0, 1], world.questions, [world.signs] * 4, day=10)
    QuizAttempt.objects.filter(enrolment=enrolment).update(started_at=at(10, month=4), submitted_at=at(10, month=4))
    # Someone who enrolled in March completes their lessons and passes in April.
    c = world.enrolments["C"]
    c_attempt = _attempt(c, 2, [1, 1, 1, 1], world.questions, [world.signs] * 4, day=11)
    QuizAttempt.objects.filter(pk=c_attempt.pk).update(started_at=at(11, month=4), submitted_at=at(11, month=4))
    Enrolment.objects.filter(pk=c.pk).update(completed_at=at(11, month=4))

    rollups_refresh(since=datetime.date(2026, 4, 5), now=at(12, month=4))
    assert_rollups_match_records()
    assert RollupRefresh.objects.latest().since == datetime.date(2026, 4, 1)


def test_refreshing_twice_changes_nothing(world):
    call_command("refresh_insights")
    first = list(
        FunnelRollup.objects.values("month", "district", "sector", "course", "enrolled", "passed").order_by(
            "district", "sector"
        )
    )
    call_command("refresh_insights")
    call_command("refresh_insights", "--days", "3")
    assert (
        list(
            FunnelRollup.objects.values("month", "district", "sector", "course", "enrolled", "passed").order_by(
                "district", "sector"
            )
        )
        == first
    )


def _planner_rows(table: str) -> float:
    """How many rows PostgreSQL's planner believes the table has (set by ANALYZE)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="planner statistics are PostgreSQL's")
def test_a_full_refresh_tells_the_planner_how_many_areas_and_rollup_rows_there_are(world):
    # A few dozen districts never reach autovacuum's threshold: without this the planner guesses.
    partnership = District.objects.first().partnership
    District.objects.bulk_create(District(name=f"Planner district {n}", partnership=partnership) for n in range(37))
    rollups_refresh(since=datetime.date(2026, 4, 5), now=at(12, month=4))
    incremental = _planner_rows("people_district")
    rollups_refresh(now=at(12, month=4))
    assert incremental != District.objects.count()  # only a full refresh analyses
    assert _planner_rows("people_district") == District.objects.count()
    assert _planner_rows(AnswerRollup._meta.db_table) == AnswerRollup.objects.count() > 0


def test_each_rollup_key_is_written_once_even_when_its_columns_are_empty(db):
    march = datetime.date(2026, 3, 1)
    LearningRollup.objects.create(month=march, sector="school", enrolments=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        LearningRollup.objects.create(month=march, sector="school", enrolments=1)
    ActiveRollup.objects.create(month=march, learners=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        ActiveRollup.objects.create(month=march, learners=1)
    # Another value in any key column is another row.
    ActiveRollup.objects.create(month=march, previous=datetime.date(2026, 1, 1), learners=1)


def test_it_refuses_negative_days(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--days must be 0 or more"):
        call_command("refresh_insights", "--days", "-1")


def _filter_cases() -> list[Filters]:
    """Each filter alone, and a few together, chosen from whatever the generated data holds."""
    busiest = (
        Membership.objects.values("organisation", "organisation__kind")
        .annotate(n=Count("pk"))
        .order_by("-n", "organisation")
    ).first()
    district = (
        Enrolment.objects.values("learner__district", "learner__district__partnership")
        .annotate(n=Count("pk"))
        .order_by("-n", "learner__district")
        .first()
    )
    partnership, district = district["learner__district__partnership"], district["learner__district"]
    course = Enrolment.objects.values("course").annotate(n=Count("pk")).order_by("-n", "course").first()["course"]
    today = timezone.localdate()
    start = (today - datetime.timedelta(days=150)).replace(day=1)
    end = (today - datetime.timedelta(days=60)).replace(day=1)
    kind = busiest["organisation__kind"]
    return [
        Filters(),
        Filters(sector=Sector.SCHOOL),
        Filters(partnership=partnership),
        Filters(district=district),
        Filters(organisation=busiest["organisation"]),
        Filters(organisation_kind=kind),
        Filters(course=course),
        Filters(date_from=start, date_to=end),
        Filters(date_from=start),
        Filters(date_to=end),
        Filters(scope=(partnership,), sector=Sector.SCHOOL, date_from=start),
        Filters(organisation_kind=kind, sector=Sector.SCHOOL, course=course),
        Filters(organisation=busiest["organisation"], date_from=start, date_to=end),
    ]


def _assert_every_case_matches():
    today = timezone.localdate()
    for filters in _filter_cases():
        assert_dashboards_match_records(filters, today=today)
        assert_survey_matches_records(filters)
    assert_rollups_match_records()
    assert_area_and_organisation_columns_match_records()


def test_rollups_equal_records_after_writes_edits_and_erasures_on_generated_activity(db):
    call_command(
        "generate_activity", "--learners", "40", "--seed", "3", "--years", "1", "--no-refresh", stdout=io.StringIO()
    )
    rollups_refresh()
    _assert_every_case_matches()

    # Writes: a member of the busiest organisation takes another course and passes it, today; the
    # incremental refresh picks that up.
    course = CoursePage.objects.live().first()
    member = (
        User.objects.filter(memberships__role=MembershipRole.MEMBER)
        .exclude(enrolments__course=course)
        .order_by("pk")
        .first()
    )
    attempt = open_attempt(learner=member, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    rollups_refresh(since=timezone.localdate() - datetime.timedelta(days=2))
    _assert_every_case_matches()

    # Edits and erasures move old records between districts and sectors, and take people out of
    # organisations: the nightly full refresh puts them right.
    movers = list(User.objects.filter(email__endswith="@generated.invalid").order_by("pk")[:3])
    movers[0].district = District.objects.exclude(pk=movers[0].district_id).order_by("pk").first()
    movers[0].save()
    movers[1].sector = Sector.TAXI if movers[1].sector != Sector.TAXI else Sector.HOTEL
    movers[1].save()
    erased = list(
        User.objects.filter(memberships__role=MembershipRole.MEMBER, certificates__isnull=False)
        .exclude(pk=member.pk)
        .distinct()
        .order_by("pk")[:2]
    )
    before = _overview_by_organisation(erased)
    for person in erased:
        assert account_erase(user=person)
    rollups_refresh()
    _assert_every_case_matches()
    assert _overview_by_organisation(erased) == before


def _overview_by_organisation(people) -> dict:
    """The overview of each organisation the people belong to (or belonged to before erasure)."""
    organisations = sorted(
        set(LearnerOrganisation.objects.filter(learner__in=people).values_list("organisation", flat=True))
    )
    return {
        organisation: selectors.overview(Filters(organisation=organisation)).table("overview").rows
        for organisation in organisations
    }
