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
refresh nightly (see README.md)."""

import datetime
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import (
    Case,
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
from elearning.people.models import User

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
        columns["d_organisation"] = F(f"{learner}memberships__organisation_id")
        columns["d_organisation_kind"] = Coalesce(F(f"{learner}memberships__organisation__kind"), Value(""))
    return columns


def _insert(model, rows: QuerySet) -> None:
    """INSERT INTO model's table the rows grouped by their d_ columns, with their m_ columns summed."""
    sql, params = rows.query.sql_with_params()
    names = list(rows.query.values_select) + list(rows.query.annotation_select)
    dimensions = [name for name in names if name.startswith("d_")]
    measures = [name for name in names if name.startswith("m_")]
    fields = [model._meta.get_field(name[2:]).column for name in dimensions + measures]
    quote = connection.ops.quote_name
    select = ", ".join(
        [f"s.{quote(name)}" for name in dimensions] + [f"COALESCE(SUM(s.{quote(name)}), 0)" for name in measures]
    )
    group = ", ".join(f"s.{quote(name)}" for name in dimensions)
    # Only quoted table and column names are formatted in; every value is a bound parameter.
    table, columns = quote(model._meta.db_table), ", ".join(quote(f) for f in fields)
    statement = f"INSERT INTO {table} ({columns}) SELECT {select} FROM ({sql}) s GROUP BY {group}"  # noqa: S608  # nosec B608  # only quoted identifiers are formatted in; values are bound
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


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
    valid = Certificate.objects.filter(learner=OuterRef("pk"), revoked_at__isnull=True).filter(
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


def _certificates(organisation: bool) -> QuerySet:
    return Certificate.objects.filter(revoked_at__isnull=True).values(
        d_month=TruncMonth("issued_on"),
        **_dimensions("learner__", organisation=organisation),
        d_course=F("course_id"),
        d_expires_on=F("expires_on"),
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


@transaction.atomic
def rollups_refresh(*, since: datetime.date | None = None, now: datetime.datetime | None = None) -> RefreshResult:
    """Rebuild the rollups: all of them (since=None), or the months from `since` on."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    since = month_start(since) if since else None
    funnel_months = _changed_enrolment_months(since) if since else None

    # Always whole: they depend on today (valid certificates), and are small.
    for organisation, model in ((False, r.LearnerRollup), (True, r.LearnerOrgRollup)):
        model.objects.all().delete()
        _insert(model, _learners(organisation, today))
    for organisation, model in ((False, r.CertificateRollup), (True, r.CertificateOrgRollup)):
        model.objects.all().delete()
        _insert(model, _certificates(organisation))

    recent = {"month__gte": since} if since else {}
    r.ActiveLearner.objects.filter(**recent).delete()
    _insert_distinct(r.ActiveLearner, _active(since))

    tables = (
        (r.LearningRollup, r.LearningOrgRollup, lambda org: _learning(org, since)),
        (r.AnswerRollup, r.AnswerOrgRollup, lambda org: [_answers(org, since)]),
        (r.ConfidenceRollup, r.ConfidenceOrgRollup, lambda org: _confidence(org, since)),
        (r.SatisfactionRollup, r.SatisfactionOrgRollup, lambda org: _satisfaction(org, since)),
    )
    for plain, with_organisation, sources in tables:
        for organisation, model in ((False, plain), (True, with_organisation)):
            model.objects.filter(**recent).delete()
            for rows in sources(organisation):
                _insert(model, rows)

    # The area-free totals, summed from the plain rollups just written (a rollup of a rollup).
    for total, source, measures in (
        (r.AnswerTotalRollup, r.AnswerRollup, ("n", "sum_x", "sum_y", "sum_y2", "sum_xy")),
        (r.ConfidenceTotalRollup, r.ConfidenceRollup, ("n", "rating_sum", "confident")),
    ):
        total.objects.filter(**recent).delete()
        keys = [f.name for f in total._meta.concrete_fields if f.name not in {"id", *measures}]
        rows = source.objects.filter(**recent).values(
            **{f"d_{key}": F(key if key in {"month", "sector", "stage"} else f"{key}_id") for key in keys},
            **{f"m_{measure}": F(measure) for measure in measures},
        )
        _insert(total, rows)

    for organisation, model in ((False, r.FunnelRollup), (True, r.FunnelOrgRollup)):
        if funnel_months is None:
            model.objects.all().delete()
        else:
            model.objects.filter(month__in=funnel_months).delete()
        if funnel_months is None or funnel_months:
            _insert(model, _funnel(organisation, funnel_months))

    r.RollupRefresh.objects.create(finished_at=timezone.now(), full=since is None, since=since)
    r.RollupRefresh.objects.filter(pk__in=r.RollupRefresh.objects.order_by("-finished_at").values("pk")[10:]).delete()
    return RefreshResult(full=since is None, since=since, finished_at=now)


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
