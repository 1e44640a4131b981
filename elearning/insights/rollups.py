"""Rebuilding the rollups (models/rollups.py) from the learning records, set-based.

Each fact is one ORM queryset that yields a row per record (an enrolment, an attempt, an answer, a
rating) with its dimension columns and 0/1 measures, aliased ``d_…`` and ``m_…``. `_insert` wraps
that SELECT in ``INSERT INTO rollup (…) SELECT d_…, SUM(m_…) FROM (…) GROUP BY d_…``: the database
does all the work, Python never sees a record. The organisation tables use the same queryset with
the learner's memberships joined (a LEFT JOIN: one row per membership, NULL for none).

A full refresh deletes and rebuilds every table in one transaction. An incremental refresh
rebuilds only the months from a cut-off: the months of activity-dated facts (attempts, answers,
ratings) from the cut-off on, the start months of enrolments that changed since the cut-off (the
funnel), and the small learner and certificate tables in full (their figures depend on today).
Profile edits and erasures can move old records between districts and sectors, so run a full
refresh nightly (see README.md). A full refresh on PostgreSQL ends by analysing the tables the
dashboards read (`_analyse`).

The kind tables and the area-free totals are sums of the organisation and plain tables just written
(`_sum_into`); the active-learner tables are counted from the ActiveLearner working table with a
window function (`_active_rollups_refresh`)."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.db import connection, transaction
from django.db.models import (
    Case,
    CharField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, TruncDate, TruncMonth
from django.utils import timezone

from courses.models import (
    AttemptAnswer,
    Certificate,
    ConfidenceRating,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from courses.personal_data import ERASED_REASON
from elearning.people.models import District, Membership, Organisation, Partnership, User
from elearning.people.privacy import ERASED_EMAIL_DOMAIN

from .models import SurveyConfidence, SurveyResponse
from .models import rollups as r

SATISFACTION_ITEMS = ("met_aims", "relevant", "useful")


def _month(field: str):
    """The local calendar month of a datetime column, as a date."""
    return TruncMonth(TruncDate(field))


def _one(condition: Q):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _dimensions(learner: str, *, organisation: bool) -> dict:
    """The learner's dimension columns, reached through the path `learner` (e.g. "learner__")."""
    columns = {
        "d_partnership": F(f"{learner}district__partnership_id"),
        "d_district": F(f"{learner}district_id"),
        "d_sector": F(f"{learner}sector"),
    }
    if organisation:
        # Through LearnerOrganisation (memberships, and those kept when a learner erased their account).
        columns["d_organisation"] = F(f"{learner}insights_organisations__organisation_id")
        columns["d_organisation_kind"] = Coalesce(F(f"{learner}insights_organisations__organisation_kind"), Value(""))
    return columns


def held_certificates() -> Q:
    """Certificates that count in the training history: those not revoked, and those revoked only
    because their holder erased their account. Erasure revokes every certificate (nobody can be
    verified by a name that is gone), but the person was trained, and held the certificate until
    its expiry as issued: the aggregates keep it so, and verification still refuses it."""
    erased = Q(revocation_reason=ERASED_REASON, learner__email__endswith=f"@{ERASED_EMAIL_DOMAIN}")
    return Q(revoked_at__isnull=True) | erased


def _columns(rows: QuerySet) -> list[str]:
    return list(rows.query.values_select) + list(rows.query.annotation_select)


def _insert(model, sources: QuerySet | list[QuerySet]) -> None:
    """INSERT INTO model's table the rows of every source, grouped by their d_ columns with their
    m_ columns summed: one statement, so each key is written once even when several sources (say,
    enrolments and attempts) fill it."""
    sources = sources if isinstance(sources, list) else [sources]
    names = _columns(sources[0])
    dimensions = [name for name in names if name.startswith("d_")]
    measures = [name for name in names if name.startswith("m_")]
    quote = connection.ops.quote_name
    # Each source as a subquery whose columns are picked by name, so their order inside does not matter.
    selects, params = [], []
    for rows in sources:
        sql, source_params = rows.query.sql_with_params()
        if sorted(_columns(rows)) != sorted(names):
            raise ValueError(f"Every source of {model.__name__} must fill the same columns.")
        # Only quoted column names are formatted in; the source's values stay bound parameters.
        selects.append(f"SELECT {', '.join(f'u.{quote(name)}' for name in names)} FROM ({sql}) u")  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
        params.extend(source_params)
    fields = [model._meta.get_field(name[2:]).column for name in dimensions + measures]
    select = ", ".join(
        [f"s.{quote(name)}" for name in dimensions] + [f"COALESCE(SUM(s.{quote(name)}), 0)" for name in measures]
    )
    group = ", ".join(f"s.{quote(name)}" for name in dimensions)
    # Only quoted table and column names are formatted in; every value is a bound parameter.
    table, columns = quote(model._meta.db_table), ", ".join(quote(f) for f in fields)
    union = " UNION ALL ".join(selects)
    order = ", ".join(f"s.{quote(name)}" for name in _physical_order(dimensions))
    statement = f"INSERT INTO {table} ({columns}) SELECT {select} FROM ({union}) s GROUP BY {group}"  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
    if order:
        statement += f" ORDER BY {order}"
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def _physical_order(dimensions: list[str]) -> list[str]:
    """The order to write a rollup's rows in: the leading columns of the index its filtered reads
    use (organisation; organisation kind; partnership and district), so that the rows one filter
    reads sit together on disk instead of on every page of the table."""
    for leading in (["d_organisation"], ["d_organisation_kind"], ["d_partnership", "d_district"]):
        if all(name in dimensions for name in leading):
            return [*leading, *(["d_month"] if "d_month" in dimensions else [])]
    return []


def _zeros(model, *filled: str) -> dict:
    """Value(0) for every measure column of `model` that a partial source does not fill."""
    measures = [
        f.name
        for f in model._meta.concrete_fields
        if f.get_internal_type() in {"PositiveIntegerField", "BigIntegerField"} and f.name not in filled
    ]
    return {f"m_{name}": Value(0, output_field=IntegerField()) for name in measures}


# --- sources: one queryset per fact, `since` limits it to months from a cut-off ------------


def _learners(organisation: bool, today: datetime.date) -> QuerySet:
    valid = Certificate.objects.filter(held_certificates(), learner=OuterRef("pk")).filter(
        Q(expires_on__isnull=True) | Q(expires_on__gt=today)
    )
    return (
        User.objects.filter(is_staff=False, is_superuser=False)
        .annotate(valid=Exists(valid))
        .values(
            d_month=_month("date_joined"),
            **_dimensions("", organisation=organisation),
            m_registered=Value(1, output_field=IntegerField()),
            m_certified=_one(Q(valid=True)),
        )
    )


def _active(since: datetime.date | None) -> list[QuerySet]:
    def rows(queryset, path, date_field):
        if since:
            queryset = queryset.filter(**{f"{date_field}__gte": _start(since)})
        return queryset.values(
            d_learner_id=F(f"{path}learner_id"),
            d_month=_month(date_field),
            d_course=F(f"{path}course_id"),
            **_dimensions(f"{path}learner__", organisation=False),
        )

    return [
        rows(Enrolment.objects.all(), "", "started_at"),
        rows(LessonCompletion.objects.all(), "enrolment__", "completed_at"),
        rows(QuizAttempt.objects.filter(submitted_at__isnull=False), "enrolment__", "submitted_at"),
    ]


def _learning(organisation: bool, since: datetime.date | None) -> list[QuerySet]:
    model = r.LearningOrgRollup if organisation else r.LearningRollup
    enrolments = Enrolment.objects.all()
    completions = Enrolment.objects.filter(completed_at__isnull=False)
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False)
    if since:
        enrolments = enrolments.filter(started_at__gte=_start(since))
        completions = completions.filter(completed_at__gte=_start(since))
        attempts = attempts.filter(submitted_at__gte=_start(since))
    learner = _dimensions("learner__", organisation=organisation)
    return [
        enrolments.values(
            d_month=_month("started_at"),
            **learner,
            d_course=F("course_id"),
            m_enrolments=Value(1, output_field=IntegerField()),
            **_zeros(model, "enrolments"),
        ),
        completions.values(
            d_month=_month("completed_at"),
            **learner,
            d_course=F("course_id"),
            m_completions=Value(1, output_field=IntegerField()),
            **_zeros(model, "completions"),
        ),
        attempts.values(
            d_month=_month("submitted_at"),
            **_dimensions("enrolment__learner__", organisation=organisation),
            d_course=F("enrolment__course_id"),
            m_attempts=Value(1, output_field=IntegerField()),
            m_attempts_passed=_one(Q(passed=True)),
            m_first_attempts=_one(Q(number=1)),
            m_first_attempts_passed=_one(Q(number=1, passed=True)),
            m_score_sum=F("score"),
            **_zeros(model, "attempts", "attempts_passed", "first_attempts", "first_attempts_passed", "score_sum"),
        ),
    ]


def _lessons_per_course():
    """Live lessons per course: a handful of courses, looked up once, as a CASE on course_id."""
    whens = [
        When(course_id=course.pk, then=Value(LessonPage.objects.child_of(course).live().count()))
        for course in CoursePage.objects.all()
    ]
    return Case(*whens, default=Value(0), output_field=IntegerField()) if whens else Value(0)


def _funnel(organisation: bool, months: list[datetime.date] | None) -> QuerySet:
    done = (
        LessonCompletion.objects.filter(enrolment=OuterRef("pk"))
        .values("enrolment")
        .annotate(n=Coalesce(Sum(Value(1)), 0))
        .values("n")
    )
    enrolments = Enrolment.objects.annotate(
        month=_month("started_at"),
        lessons_done=Coalesce(Subquery(done, output_field=IntegerField()), 0),
        lessons_needed=_lessons_per_course(),
        has_lesson=Exists(LessonCompletion.objects.filter(enrolment=OuterRef("pk"))),
        has_attempt=Exists(QuizAttempt.objects.filter(enrolment=OuterRef("pk"))),
    )
    if months is not None:
        enrolments = enrolments.filter(month__in=months)
    return enrolments.values(
        d_month=F("month"),
        **_dimensions("learner__", organisation=organisation),
        d_course=F("course_id"),
        m_enrolled=Value(1, output_field=IntegerField()),
        m_started=_one(Q(has_lesson=True) | Q(has_attempt=True)),
        m_all_lessons=_one(Q(lessons_needed__gt=0, lessons_done__gte=F("lessons_needed"))),
        m_passed=_one(Q(completed_at__isnull=False)),
    )


def _band(today: datetime.date):
    """Where a certificate stands on `today`: expired on or before it, or expiring within 30, 31-60,
    61-90 or more days after it, or never."""

    def within(days):
        return today + datetime.timedelta(days=days)

    return Case(
        When(expires_on__isnull=True, then=Value(r.CertificateBand.NEVER)),
        When(expires_on__lte=today, then=Value(r.CertificateBand.EXPIRED)),
        When(expires_on__lte=within(30), then=Value(r.CertificateBand.DAYS_30)),
        When(expires_on__lte=within(60), then=Value(r.CertificateBand.DAYS_60)),
        When(expires_on__lte=within(90), then=Value(r.CertificateBand.DAYS_90)),
        default=Value(r.CertificateBand.LATER),
        output_field=CharField(),
    )


def _certificates(organisation: bool, today: datetime.date) -> QuerySet:
    return Certificate.objects.filter(held_certificates()).values(
        d_month=TruncMonth("issued_on"),
        **_dimensions("learner__", organisation=organisation),
        d_course=F("course_id"),
        d_band=_band(today),
        m_certificates=Value(1, output_field=IntegerField()),
    )


def _answers(organisation: bool, since: datetime.date | None) -> QuerySet:
    answers = AttemptAnswer.objects.filter(attempt__submitted_at__isnull=False, is_correct__isnull=False)
    if since:
        answers = answers.filter(attempt__submitted_at__gte=_start(since))
    dimensions = _dimensions("attempt__enrolment__learner__", organisation=organisation)
    x = _one(Q(is_correct=True))
    # The attempt's number correct, summed over its answers. With memberships joined, each
    # membership carries a whole copy of the attempt, so the partition includes it.
    partition = [F("attempt_id")] + ([dimensions["d_organisation"]] if organisation else [])
    answers = answers.annotate(x=x, total=Window(Sum(x), partition_by=partition))
    rest = F("total") - F("x")
    return answers.values(
        d_month=_month("attempt__submitted_at"),
        **dimensions,
        d_course=F("attempt__enrolment__course_id"),
        d_question=F("question_id"),
        d_competency=F("competency_id"),
        m_n=Value(1, output_field=IntegerField()),
        m_sum_x=F("x"),
        m_sum_y=rest,
        m_sum_y2=rest * rest,
        m_sum_xy=F("x") * rest,
    )


def _confidence(organisation: bool, since: datetime.date | None) -> list[QuerySet]:
    sources = []
    for stage, moment in (("before", "evaluation__before_at"), ("after", "evaluation__after_at")):
        ratings = ConfidenceRating.objects.filter(stage=stage, **{f"{moment}__isnull": False})
        if since:
            ratings = ratings.filter(**{f"{moment}__gte": _start(since)})
        sources.append(
            ratings.values(
                d_month=_month(moment),
                **_dimensions("evaluation__enrolment__learner__", organisation=organisation),
                d_course=F("evaluation__enrolment__course_id"),
                d_competency=F("competency_id"),
                d_stage=F("stage"),
                m_n=Value(1, output_field=IntegerField()),
                m_rating_sum=F("rating"),
                m_confident=_one(Q(rating__gte=3)),
            )
        )
    return sources


def _satisfaction(organisation: bool, since: datetime.date | None) -> list[QuerySet]:
    evaluations = CourseEvaluation.objects.filter(after_at__isnull=False)
    if since:
        evaluations = evaluations.filter(after_at__gte=_start(since))
    return [
        evaluations.filter(**{f"{item}__isnull": False}).values(
            d_month=_month("after_at"),
            **_dimensions("enrolment__learner__", organisation=organisation),
            d_course=F("enrolment__course_id"),
            d_item=Value(item),
            d_rating=F(item),
            m_n=Value(1, output_field=IntegerField()),
        )
        for item in SATISFACTION_ITEMS
    ]


def _survey_sources() -> dict:
    """Survey responses, confidence ratings and chosen options, by the response's own answers."""

    def dimensions(response: str) -> dict:
        return {
            "d_survey": F(f"{response}survey_id"),
            "d_month": _month(f"{response}submitted_at"),
            "d_partnership": F(f"{response}district__partnership_id"),
            "d_district": F(f"{response}district_id"),
            "d_sector": F(f"{response}sector"),
            "d_organisation_kind": F(f"{response}organisation_kind"),
        }

    one = Value(1, output_field=IntegerField())
    return {
        r.SurveyResponseRollup: SurveyResponse.objects.values(**dimensions(""), m_responses=one),
        r.SurveyConfidenceRollup: SurveyConfidence.objects.values(
            **dimensions("response__"),
            d_competency=F("competency_id"),
            m_ratings=one,
            m_not_confident=_one(Q(rating__lte=2)),
        ),
        r.SurveyOptionRollup: SurveyResponse.options.through.objects.values(
            **dimensions("surveyresponse__"), d_option=F("surveyoption_id"), m_responses=one
        ),
    }


# --- the refresh ---------------------------------------------------------------------------


def _start(month: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(month, datetime.time.min))


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


@dataclass(frozen=True)
class RefreshResult:
    full: bool
    since: datetime.date | None
    finished_at: datetime.datetime


def _changed_enrolment_months(since: datetime.date) -> list[datetime.date]:
    """Start months of enrolments with anything new since the cut-off: their funnel rows change."""
    after = _start(since)
    changed = Enrolment.objects.filter(
        Q(started_at__gte=after)
        | Q(completed_at__gte=after)
        | Q(lesson_completions__completed_at__gte=after)
        | Q(attempts__started_at__gte=after)
    )
    return list(changed.annotate(month=_month("started_at")).values_list("month", flat=True).distinct())


# Any fixed 64-bit number, the same in every process: the key of the advisory lock below.
REFRESH_LOCK_KEY = 0x1A5_16475  # "insights"


def _refresh_lock() -> None:
    """One refresh at a time. Two at once would each delete the rows the other cannot see yet and
    both insert, doubling every figure (the unique keys now refuse that, so the second would fail
    instead). A transaction-level advisory lock makes the second wait for the first to commit, then
    rebuild from what it wrote; it is released with the transaction. SQLite serialises writes anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK_KEY])


@transaction.atomic
def rollups_refresh(*, since: datetime.date | None = None, now: datetime.datetime | None = None) -> RefreshResult:
    """Rebuild the rollups: all of them (since=None), or the months from `since` on."""
    _refresh_lock()
    now = now or timezone.now()
    today = timezone.localdate(now)
    since = month_start(since) if since else None
    funnel_months = _changed_enrolment_months(since) if since else None
    recent = {"month__gte": since} if since else {}

    _learner_organisations_refresh()
    # Always whole: they depend on today (valid certificates, their bands), and are small.
    for plain, with_organisation, kind, sources in (
        (r.LearnerRollup, r.LearnerOrgRollup, r.LearnerKindRollup, lambda org: _learners(org, today)),
        (r.CertificateRollup, r.CertificateOrgRollup, r.CertificateKindRollup, lambda org: _certificates(org, today)),
    ):
        for organisation, model in ((False, plain), (True, with_organisation)):
            _clear(model.objects.all())
            _insert(model, sources(organisation))
        _clear(kind.objects.all())
        _sum_into(kind, with_organisation)

    # The survey's are small (one row per response, not per learner record) and rebuilt whole.
    for model, rows in _survey_sources().items():
        _clear(model.objects.all())
        _insert(model, rows)

    _clear(r.ActiveLearner.objects.filter(**recent))
    _insert_distinct(r.ActiveLearner, _active(since))
    _active_rollups_refresh(since)

    tables = (
        (r.LearningRollup, r.LearningOrgRollup, r.LearningKindRollup, lambda org: _learning(org, since)),
        (r.AnswerRollup, r.AnswerOrgRollup, r.AnswerKindRollup, lambda org: [_answers(org, since)]),
        (r.ConfidenceRollup, r.ConfidenceOrgRollup, r.ConfidenceKindRollup, lambda org: _confidence(org, since)),
        (
            r.SatisfactionRollup,
            r.SatisfactionOrgRollup,
            r.SatisfactionKindRollup,
            lambda org: _satisfaction(org, since),
        ),
    )
    for plain, with_organisation, kind, sources in tables:
        for organisation, model in ((False, plain), (True, with_organisation)):
            _clear(model.objects.filter(**recent))
            _insert(model, sources(organisation))
        _clear(kind.objects.filter(**recent))
        _sum_into(kind, with_organisation, **recent)

    # The area-free totals, summed from the plain rollups just written (a rollup of a rollup).
    for total, source in (
        (r.AnswerTotalRollup, r.AnswerRollup),
        (r.ConfidenceTotalRollup, r.ConfidenceRollup),
        (r.SatisfactionTotalRollup, r.SatisfactionRollup),
    ):
        _clear(total.objects.filter(**recent))
        _sum_into(total, source, **recent)

    for organisation, model in ((False, r.FunnelRollup), (True, r.FunnelOrgRollup)):
        if funnel_months is None:
            _clear(model.objects.all())
        else:
            _clear(model.objects.filter(month__in=funnel_months))
        if funnel_months is None or funnel_months:
            _insert(model, _funnel(organisation, funnel_months))
    funnel = {} if funnel_months is None else {"month__in": funnel_months}
    _clear(r.FunnelKindRollup.objects.filter(**funnel))
    if funnel_months is None or funnel_months:
        _sum_into(r.FunnelKindRollup, r.FunnelOrgRollup, **funnel)

    if since is None:
        _analyse()
    r.RollupRefresh.objects.create(finished_at=timezone.now(), full=since is None, since=since, as_of=today)
    r.RollupRefresh.objects.filter(pk__in=r.RollupRefresh.objects.order_by("-finished_at").values("pk")[10:]).delete()
    return RefreshResult(full=since is None, since=since, finished_at=now)


def _analyse() -> None:
    """Fresh planner statistics for what the dashboards read: every insights table, just rewritten,
    and the area tables they join. Autovacuum analyses a table only after 50 rows and a tenth of it
    changed, so a dozen districts are never analysed; PostgreSQL then guesses a partnership holds
    one of them and reads the free-text answers learner by learner (78 ms for a partnership at a
    county, against 20 ms when it knows). Inside the refresh's transaction, ANALYZE samples the rows
    as rebuilt, and its statistics are committed with them."""
    if connection.vendor != "postgresql":
        return
    insights = [model for model in apps.get_app_config("insights").get_models() if not model._meta.proxy]
    with connection.cursor() as cursor:
        for model in [*insights, District, Partnership, Organisation]:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def _clear(rows: QuerySet) -> None:
    """DELETE the rows in one statement. QuerySet.delete() would first read every row into Python
    and send a signal for each (a post_delete receiver connected for every model, the page cache's,
    stops Django's fast delete): millions of rows at national scale. Rollup rows have nothing
    that depends on them and nothing listens for them."""
    rows._raw_delete(rows.db)


def _sum_into(target, source, **where) -> None:
    """INSERT INTO target the rows of another rollup summed over the keys target lacks (a rollup of
    a rollup): the totals over partnership and district, or the kind tables over organisations.
    Rows of learners in no organisation have no kind and are left out of the kind tables."""
    measures = [f.name for f in target._meta.concrete_fields if f.get_internal_type() in _MEASURE_TYPES]
    keys = [f for f in target._meta.concrete_fields if not f.primary_key and f.name not in measures]
    rows = source.objects.filter(**where)
    if any(f.name == "organisation_kind" for f in keys):
        rows = rows.filter(organisation__isnull=False)
    _insert(
        target,
        rows.values(
            **{f"d_{key.name}": F(key.attname) for key in keys},
            **{f"m_{measure}": F(measure) for measure in measures},
        ),
    )


_MEASURE_TYPES = {"PositiveIntegerField", "BigIntegerField"}


def _active_rollups_refresh(since: datetime.date | None) -> None:
    """The Active…Rollup tables from ActiveLearner (see models.rollups.ActiveFacts): for each
    learner's months of activity, in each course and in any course, the month before it in which
    they were last active (a window function over the learner's months), counted by month,
    previous month and dimensions; per organisation; and per organisation kind, each learner once
    per kind. Rebuilt from `since` on; the previous months reach back over the whole table."""
    quote = connection.ops.quote_name
    staging = quote(r.ActiveLearner._meta.db_table)
    links = quote(r.LearnerOrganisation._meta.db_table)
    # Only quoted table names are formatted in; the cut-off is a bound parameter.
    spans = (
        "SELECT learner_id, month, course_id, partnership_id, district_id, sector, "  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
        "LAG(month) OVER (PARTITION BY learner_id, course_id ORDER BY month) AS previous "
        f"FROM {staging} "
        "UNION ALL "
        "SELECT learner_id, month, NULL, partnership_id, district_id, sector, "
        "LAG(month) OVER (PARTITION BY learner_id ORDER BY month) AS previous "
        f"FROM (SELECT DISTINCT learner_id, month, partnership_id, district_id, sector FROM {staging}) a"
    )
    where, params = ("WHERE s.month >= %s", [since]) if since else ("", [])
    area = "s.month, s.previous, s.partnership_id, s.district_id, s.sector, s.course_id"
    statements = {
        r.ActiveRollup: (
            f"SELECT {area}, COUNT(*) FROM ({spans}) s {where} GROUP BY {area} "  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
            "ORDER BY s.partnership_id, s.district_id, s.month",
            "month, previous, partnership_id, district_id, sector, course_id, learners",
        ),
        r.ActiveOrgRollup: (
            f"SELECT l.organisation_id, l.organisation_kind, {area}, COUNT(*) FROM ({spans}) s "  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
            f"JOIN {links} l ON l.learner_id = s.learner_id {where} "
            f"GROUP BY l.organisation_id, l.organisation_kind, {area} ORDER BY l.organisation_id, s.month",
            "organisation_id, organisation_kind, month, previous, partnership_id, district_id, sector, course_id, "
            "learners",
        ),
        r.ActiveKindRollup: (
            f"SELECT k.organisation_kind, {area}, COUNT(*) FROM ({spans}) s "  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
            f"JOIN (SELECT DISTINCT learner_id, organisation_kind FROM {links}) k ON k.learner_id = s.learner_id "
            f"{where} GROUP BY k.organisation_kind, {area} ORDER BY k.organisation_kind, s.month",
            "organisation_kind, month, previous, partnership_id, district_id, sector, course_id, learners",
        ),
    }
    with connection.cursor() as cursor:
        for model, (select, columns) in statements.items():
            _clear(model.objects.filter(**({"month__gte": since} if since else {})))
            statement = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) {select}"  # nosec B608  # only quoted identifiers are formatted in; values are bound
            cursor.execute(statement, params)


def _learner_organisations_refresh() -> None:
    """Copy the memberships into LearnerOrganisation, beside the rows kept for erased learners."""
    _clear(r.LearnerOrganisation.objects.filter(kept=False))
    _insert(
        r.LearnerOrganisation,
        Membership.objects.values(
            d_learner=F("user_id"),
            d_organisation=F("organisation_id"),
            d_organisation_kind=F("organisation__kind"),
            d_kept=Value(False),
        ),
    )


def _insert_distinct(model, sources: list[QuerySet]) -> None:
    """INSERT the union (without duplicates) of several row sources with the same d_ columns."""
    quote = connection.ops.quote_name
    selects, params = [], []
    names = None
    for rows in sources:
        sql, source_params = rows.query.sql_with_params()
        names = list(rows.query.values_select) + list(rows.query.annotation_select)
        columns = ", ".join(f"s.{quote(name)}" for name in names)
        # Only quoted column names are formatted in; the source's values stay bound parameters.
        selects.append(f"SELECT {columns} FROM ({sql}) s")  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
        params.extend(source_params)
    fields = [model._meta.get_field(name[2:]).column for name in names]
    statement = f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f) for f in fields)}) " + " UNION ".join(
        selects
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def rollups_refreshed_at():
    latest = r.RollupRefresh.objects.order_by("-finished_at").first()
    return latest.finished_at if latest else None
