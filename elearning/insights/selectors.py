"""The dashboards' figures, read from the rollups with SUM … GROUP BY in the database.

Each dashboard function takes `Filters` and returns a `Dashboard`: tables (the same figures the page
shows, the exports write and the report prints) and the data for its chart. Names (districts,
courses, questions) are looked up for the few grouped rows, never per record."""

import datetime
import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone

from courses.models import Competency, CourseEvaluation, CoursePage, Question
from elearning.people.models import District, Sector

from .filters import Filters
from .models import (
    ActiveKindRollup,
    ActiveOrgRollup,
    ActiveRollup,
    AnswerKindRollup,
    AnswerOrgRollup,
    AnswerRollup,
    AnswerTotalRollup,
    CertificateBand,
    CertificateKindRollup,
    CertificateOrgRollup,
    CertificateRollup,
    ConfidenceKindRollup,
    ConfidenceOrgRollup,
    ConfidenceRollup,
    ConfidenceTotalRollup,
    FunnelKindRollup,
    FunnelOrgRollup,
    FunnelRollup,
    LearnerKindRollup,
    LearnerOrganisation,
    LearnerOrgRollup,
    LearnerRollup,
    LearningKindRollup,
    LearningOrgRollup,
    LearningRollup,
    RollupRefresh,
    SatisfactionKindRollup,
    SatisfactionOrgRollup,
    SatisfactionRollup,
    SatisfactionTotalRollup,
    Survey,
    SurveyConfidenceRollup,
    SurveyOption,
    SurveyOptionRollup,
    SurveyResponse,
    SurveyResponseRollup,
)
from .tables import COUNT, INDEX, MEAN, SHARE, SMALL_NUMBER, TEXT, Column, Table, ratio

SATISFACTION_QUESTIONS = {
    "met_aims": "The course met its stated aims",
    "relevant": "The content was relevant to me",
    "useful": "It was useful to me",
}
FREE_TEXT_LIMIT = 500
COURSE_NOTE = "Registered learners and coverage count every learner: the course filter does not apply to them."
SURVEY_NOTE = (
    "Survey answers give their own sector, district and organisation kind, so the survey figures are "
    "filtered by period, area, sector and organisation kind only"
)


def survey_note(filters: Filters, survey: Survey | None) -> str:
    """Which survey the survey figures are from, and what they leave out of the filters; said loudest
    when an organisation or course is chosen, since the survey figures are then for the whole area."""
    if survey is None:
        which = "No published survey was open in this period."
    elif filters.survey:
        which = f"Survey figures are from {survey.title}."
    else:
        which = f"Survey figures are from {survey.title}, the latest published survey open in this period."
    if filters.organisation or filters.course:
        chosen = " and ".join(
            name for name, value in (("organisation", filters.organisation), ("course", filters.course)) if value
        )
        return f"{which} {SURVEY_NOTE}: they are not limited to the chosen {chosen}."
    return f"{which} {SURVEY_NOTE}."


def survey_in_use(filters: Filters) -> Survey | None:
    """The chosen survey, or the latest published (live) survey open at some time in the period.
    Different surveys ask different questions of different years: their answers are never summed."""
    if filters.survey:
        return Survey.objects.filter(pk=filters.survey).first()
    surveys = Survey.objects.filter(live=True)
    if filters.date_from:
        surveys = surveys.filter(closes_on__gte=filters.date_from)
    if filters.date_to:
        surveys = surveys.filter(opens_on__lt=_next_month(filters.date_to))
    return surveys.order_by("-opens_on", "-pk").first()


@dataclass
class FreeText:
    """Free-text answers in the filters, newest first, never with who wrote them: each answer is a
    dict of text, at (an aware datetime) and course. Withheld when fewer than 5 people wrote them
    (in a small group a reader could tell who wrote what); at most FREE_TEXT_LIMIT, and says so."""

    key: str
    caption: str
    answers: list[dict]
    with_course: bool = True
    truncated: bool = False
    withheld: bool = False

    @property
    def note(self) -> str:
        if self.withheld:
            return (
                f"Fewer than {SMALL_NUMBER} people wrote an answer for these filters, so their answers are not "
                "shown: in a group that small they could tell who wrote what."
            )
        if self.truncated:
            return (
                f"Only the newest {FREE_TEXT_LIMIT:,} answers are shown: there are more for these filters. "
                "Narrow the filters (a shorter period, say) to see the others."
            )
        return ""

    def table(self) -> Table:
        """The answers as a table for CSV and XLSX (months in local time, as on the page and the PDF)."""
        columns = [Column("Course")] if self.with_course else []
        rows = [
            ([answer["course"]] if self.with_course else [])
            + [f"{timezone.localtime(answer['at']):%Y-%m}", answer["text"]]
            for answer in self.answers
        ]
        return Table(self.key, self.caption, [*columns, Column("Month"), Column("Answer")], rows=rows, note=self.note)


@contextmanager
def _without_parallel_workers():
    """Read in a transaction where PostgreSQL plans no parallel workers. The free text is read by
    walking an index newest first and stopping after a few hundred rows: on a big table the planner
    starts workers for it, whose start-up (about 10 ms, and two of the few cores) costs more than
    the walk. SET LOCAL ends with the transaction (inside a request's own transaction, with it)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        yield


def _free_text(key, caption, answers, *, writer: str | None, with_course: bool = True) -> FreeText:
    """FreeText from a queryset of answers, newest first (text, at, course and, for learners, their
    id in `writer`). One row more than is shown is read, to tell that there are more."""
    with _without_parallel_workers():
        rows = list(answers[: FREE_TEXT_LIMIT + 1])
    truncated = len(rows) > FREE_TEXT_LIMIT
    # Writers: distinct learners, or one per response for the survey, whose anonymous respondents
    # have no id. Counted in the rows read; only when those are cut short and name fewer than 5
    # writers (one person with a hundred answers) is the database asked.
    writers = len({row[writer] for row in rows}) if writer else len(rows)
    if truncated and writers < SMALL_NUMBER:
        if writer:
            writers = len(answers.order_by().values_list(writer, flat=True).distinct()[:SMALL_NUMBER])
        else:
            writers = answers.count()
    rows = rows[:FREE_TEXT_LIMIT]
    if writers < SMALL_NUMBER:
        return FreeText(key, caption, [], with_course=with_course, withheld=True)
    answers = [{"text": row["text"], "at": row["at"], "course": row.get("course") or ""} for row in rows]
    return FreeText(key, caption, answers, with_course=with_course, truncated=truncated)


@dataclass
class Dashboard:
    tables: list[Table]
    chart: dict
    figures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    free_text: FreeText | None = None

    def table(self, key: str) -> Table | None:
        """A table by its key; the free-text answers are a table too, for their exports."""
        if self.free_text is not None and key == self.free_text.key:
            return self.free_text.table()
        return next((table for table in self.tables if table.key == key), None)


class Rollups(NamedTuple):
    """The tables of one fact (models/rollups.py)."""

    plain: type
    organisation: type
    kind: type
    total: type | None = None

    def for_filters(self, filters: Filters):
        """The table that answers the filters: the organisation table when an organisation is chosen,
        the kind table when only a kind is, so that unfiltered totals count each record once; the
        area-free total, where there is one, when no area, scope or organisation narrows the figures."""
        if filters.organisation:
            return self.organisation
        if filters.organisation_kind:
            return self.kind
        if self.total is not None and not filters.has_area:
            return self.total
        return self.plain


LEARNERS = Rollups(LearnerRollup, LearnerOrgRollup, LearnerKindRollup)
ACTIVITY = Rollups(ActiveRollup, ActiveOrgRollup, ActiveKindRollup)
LEARNING = Rollups(LearningRollup, LearningOrgRollup, LearningKindRollup)
FUNNEL = Rollups(FunnelRollup, FunnelOrgRollup, FunnelKindRollup)
CERTIFICATES = Rollups(CertificateRollup, CertificateOrgRollup, CertificateKindRollup)
ANSWERS = Rollups(AnswerRollup, AnswerOrgRollup, AnswerKindRollup, AnswerTotalRollup)
CONFIDENCE = Rollups(ConfidenceRollup, ConfidenceOrgRollup, ConfidenceKindRollup, ConfidenceTotalRollup)
SATISFACTION = Rollups(SatisfactionRollup, SatisfactionOrgRollup, SatisfactionKindRollup, SatisfactionTotalRollup)


def _facts(rollups: Rollups, filters: Filters, *, period: bool = True, course: bool = True):
    """The rollup rows that answer the filters (Rollups.for_filters)."""
    model = rollups.for_filters(filters)
    q = filters.rollup_q(since=period)
    if filters.organisation:
        q &= Q(organisation=filters.organisation)
    if filters.organisation_kind:
        q &= Q(organisation_kind=filters.organisation_kind)
    if course and filters.course:
        q &= Q(course=filters.course)
    return model.objects.filter(q)


def _next_month(month: datetime.date) -> datetime.date:
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def _period_datetimes(filters: Filters) -> Q:
    """Conditions on a datetime column `at` of records read directly (free text, survey)."""
    q = Q()
    if filters.date_from:
        q &= Q(at__gte=_aware(filters.date_from))
    if filters.date_to:
        q &= Q(at__lt=_aware(_next_month(filters.date_to)))
    return q


def _aware(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _names(model, ids, attribute="name") -> dict:
    return dict(model.objects.filter(pk__in=[i for i in ids if i is not None]).values_list("pk", attribute))


# --- overview -----------------------------------------------------------------------------


def overview(filters: Filters, *, today: datetime.date | None = None) -> Dashboard:
    today = today or timezone.localdate()
    # Registered learners: everyone registered by the end of the period (not limited by course).
    learners = _facts(LEARNERS, filters, period=False, course=False)
    totals = learners.aggregate(registered=Sum("registered", default=0), certified=Sum("certified", default=0))
    learning = _facts(LEARNING, filters).aggregate(
        **{
            name: Sum(name, default=0)
            for name in (
                "enrolments",
                "completions",
                "attempts",
                "attempts_passed",
                "first_attempts",
                "first_attempts_passed",
                "score_sum",
            )
        }
    )
    active = _active_learners(filters)
    # Certificates were sorted into bands on the day of the last refresh (RollupRefresh.as_of).
    band = CertificateBand
    within = {30: [band.DAYS_30], 60: [band.DAYS_30, band.DAYS_60], 90: [band.DAYS_30, band.DAYS_60, band.DAYS_90]}
    certs = _facts(CERTIFICATES, filters).aggregate(
        valid=Sum("certificates", filter=~Q(band=band.EXPIRED), default=0),
        expiring_30=Sum("certificates", filter=Q(band__in=within[30]), default=0),
        expiring_60=Sum("certificates", filter=Q(band__in=within[60]), default=0),
        expiring_90=Sum("certificates", filter=Q(band__in=within[90]), default=0),
        expired=Sum("certificates", filter=Q(band=band.EXPIRED), default=0),
    )
    headline = Table(
        "overview",
        "Learning at a glance",
        [Column("Figure"), Column("Value", COUNT)],
        rows=[
            ["Registered learners", totals["registered"]],
            ["Active learners", active],
            ["Enrolments", learning["enrolments"]],
            ["Completions", learning["completions"]],
            ["Quiz attempts", learning["attempts"]],
            ["Attempts passed", learning["attempts_passed"]],
            ["First attempts", learning["first_attempts"]],
            ["First attempts passed", learning["first_attempts_passed"]],
            ["Valid certificates", certs["valid"]],
            ["Expiring within 30 days", certs["expiring_30"]],
            ["Expiring within 60 days", certs["expiring_60"]],
            ["Expiring within 90 days", certs["expiring_90"]],
            ["Expired certificates", certs["expired"]],
        ],
    )
    # Each rate with the counts it is worked out from, so that an export can hide a rate resting on
    # fewer than 5 (the average score has no count of its own: it rests on the attempts).
    passed, attempts = learning["attempts_passed"], learning["attempts"]
    first_passed, first = learning["first_attempts_passed"], learning["first_attempts"]
    certified, registered = totals["certified"], totals["registered"]
    rates = Table(
        "rates",
        "Pass rates and scores",
        [Column("Figure"), Column("Count", COUNT), Column("Out of", COUNT), Column("Value (%)", SHARE, base=2, part=1)],
        rows=[
            ["Pass rate (attempts passed)", passed, attempts, ratio(passed, attempts)],
            ["First-attempt pass rate", first_passed, first, ratio(first_passed, first)],
            ["Average score", None, attempts, ratio(learning["score_sum"], attempts * 100)],
            ["Registered learners holding a valid certificate", certified, registered, ratio(certified, registered)],
        ],
    )
    by_sector = learners.values("sector").annotate(r=Sum("registered"), c=Sum("certified")).order_by("sector")
    sector_labels = dict(Sector.choices)
    coverage_sector = Table(
        "coverage_sector",
        "Coverage by sector: registered learners holding a valid certificate",
        _coverage_columns("Sector"),
        rows=[
            [sector_labels.get(row["sector"], "Not given"), row["r"], row["c"], ratio(row["c"], row["r"])]
            for row in by_sector
        ],
    )
    by_district = list(learners.values("district").annotate(r=Sum("registered"), c=Sum("certified")))
    districts = _names(District, [row["district"] for row in by_district])
    coverage_district = Table(
        "coverage_district",
        "Coverage by district: registered learners holding a valid certificate",
        _coverage_columns("District"),
        rows=sorted(
            (
                [districts.get(row["district"], "Not given"), row["r"], row["c"], ratio(row["c"], row["r"])]
                for row in by_district
            ),
            key=lambda row: row[0],
        ),
    )
    chart = {
        "type": "bar",
        "title": "Share of registered learners with a valid certificate, by sector",
        "labels": [row[0] for row in coverage_sector.rows],
        "datasets": [{"label": "Coverage (%)", "data": [_pct(row[3]) for row in coverage_sector.rows]}],
        "percent": True,
    }
    notes = []
    as_of = rollups_as_of()
    if as_of is not None and as_of != today:
        notes.append(
            f"Valid, expiring and expired certificates, and coverage, are as of {as_of.day} {as_of:%B %Y}, "
            "the day of the last refresh."
        )
    if filters.course:
        notes.append(COURSE_NOTE)
        for table in (headline, rates, coverage_sector, coverage_district):
            table.note = COURSE_NOTE
    return Dashboard(tables=[headline, rates, coverage_sector, coverage_district], chart=chart, notes=notes)


def _coverage_columns(first: str) -> list[Column]:
    return [
        Column(first),
        Column("Registered", COUNT),
        Column("With a valid certificate", COUNT),
        Column("Coverage (%)", SHARE, base=1, part=2),
    ]


def rollups_as_of() -> datetime.date | None:
    latest = RollupRefresh.objects.order_by("-finished_at").values_list("as_of", flat=True).first()
    return latest


def _active_learners(filters: Filters) -> int:
    """Distinct learners active in the period, summed from the Active…Rollup tables: each counts in
    the first month of the period they were active in (see models.rollups.ActiveFacts)."""
    q = filters.rollup_q()
    if filters.organisation:
        q &= Q(organisation=filters.organisation)
    if filters.organisation_kind:
        q &= Q(organisation_kind=filters.organisation_kind)
    q &= Q(course=filters.course) if filters.course else Q(course__isnull=True)
    # The first month of each learner's activity in the period: nothing before it in the period.
    q &= Q(previous__isnull=True) | Q(previous__lt=filters.date_from) if filters.date_from else Q(previous__isnull=True)
    return ACTIVITY.for_filters(filters).objects.filter(q).aggregate(n=Sum("learners", default=0))["n"]


def _members(filters: Filters):
    """Ids of the learners in the chosen organisation (or kind), as the rollups count them: members,
    and erased learners who were members when they erased their account."""
    links = LearnerOrganisation.objects.all()
    if filters.organisation:
        links = links.filter(organisation=filters.organisation)
    if filters.organisation_kind:
        links = links.filter(organisation_kind=filters.organisation_kind)
    return links.values("learner_id")


def _pct(value):
    return None if value is None else round(value * 100, 1)


# --- completion funnel ----------------------------------------------------------------------


def funnel(filters: Filters) -> Dashboard:
    rows = list(
        _facts(FUNNEL, filters)
        .values("course")
        .annotate(
            enrolled=Sum("enrolled"), started=Sum("started"), all_lessons=Sum("all_lessons"), passed=Sum("passed")
        )
    )
    titles = _names(CoursePage, [row["course"] for row in rows], "title")
    table = Table(
        "funnel",
        "Completion funnel per course (enrolments that started in the period)",
        [
            Column("Course"),
            Column("Enrolled", COUNT),
            Column("Started", COUNT),
            Column("Completed all lessons", COUNT),
            Column("Passed", COUNT),
            Column("Completion rate (%)", SHARE, base=1, part=4),
        ],
        rows=sorted(
            (
                [
                    titles.get(row["course"], "Deleted course"),
                    row["enrolled"],
                    row["started"],
                    row["all_lessons"],
                    row["passed"],
                    ratio(row["passed"], row["enrolled"]),
                ]
                for row in rows
            ),
            key=lambda row: row[0],
        ),
    )
    months = (
        _facts(LEARNING, filters)
        .values("month")
        .annotate(e=Sum("enrolments"), c=Sum("completions"), a=Sum("attempts"), p=Sum("attempts_passed"))
        .order_by("month")
    )
    trend = Table(
        "trend",
        "Monthly trend",
        [
            Column("Month"),
            Column("Enrolments", COUNT),
            Column("Completions", COUNT),
            Column("Quiz attempts", COUNT),
            Column("Attempts passed", COUNT),
            Column("Pass rate (%)", SHARE, base=3, part=4),
        ],
        rows=[
            [f"{row['month']:%Y-%m}", row["e"], row["c"], row["a"], row["p"], ratio(row["p"], row["a"])]
            for row in months
        ],
    )
    chart = {
        "type": "line",
        "title": "Enrolments and completions per month",
        "labels": [row[0] for row in trend.rows],
        "datasets": [
            {"label": "Enrolments", "data": [row[1] for row in trend.rows]},
            {"label": "Completions", "data": [row[2] for row in trend.rows]},
        ],
    }
    return Dashboard(tables=[table, trend], chart=chart)


# --- knowledge gaps -------------------------------------------------------------------------


def discrimination(n, sum_x, sum_y, sum_y2, sum_xy):
    """Pearson correlation of the item score x (0/1) with the rest-of-test score y, from sums
    (Σx² = Σx for a 0/1 score). None when either score does not vary."""
    spread = (n * sum_x - sum_x * sum_x) * (n * sum_y2 - sum_y * sum_y)
    if n < 2 or spread <= 0:
        return None
    return (n * sum_xy - sum_x * sum_y) / math.sqrt(spread)


def _add_up(rows, keys: tuple[str, ...], measures: tuple[str, ...]) -> list[dict]:
    """Sum already-grouped rows (never records) to a coarser grouping."""
    totals: dict[tuple, dict] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        total = totals.setdefault(key, {**dict(zip(keys, key, strict=True)), **dict.fromkeys(measures, 0)})
        for measure in measures:
            total[measure] += row[measure]
    return list(totals.values())


def knowledge_gaps(filters: Filters) -> Dashboard:
    # One scan of the rollup, grouped by question, competency and sector (a few hundred rows); the
    # three tables are sums of those rows, since every statistic is additive.
    grouped = list(
        _facts(ANSWERS, filters)
        .values("question", "competency", "sector")
        .annotate(n_=Sum("n"), x=Sum("sum_x"), y=Sum("sum_y"), y2=Sum("sum_y2"), xy=Sum("sum_xy"))
    )
    per_question = _add_up(grouped, ("question", "competency"), ("n_", "x", "y", "y2", "xy"))
    per_competency = _add_up(grouped, ("competency",), ("n_", "x"))
    per_sector = _add_up(grouped, ("competency", "sector"), ("n_", "x"))
    texts = _names(Question, [row["question"] for row in per_question], "text")
    competencies = _names(Competency, [row["competency"] for row in per_question])
    questions = Table(
        "questions",
        "Questions ranked by share correct (hardest first)",
        [
            Column("Question"),
            Column("Competency"),
            Column("Answers", COUNT),
            Column("Correct", COUNT),
            Column("Facility (%)", SHARE, base=2, part=3),
            Column("Discrimination index (%)", INDEX, base=2, part=3),
        ],
        rows=sorted(
            (
                [
                    texts.get(row["question"], "Deleted question"),
                    competencies.get(row["competency"], "No competency"),
                    row["n_"],
                    row["x"],
                    ratio(row["x"], row["n_"]),
                    discrimination(row["n_"], row["x"], row["y"], row["y2"], row["xy"]),
                ]
                for row in per_question
            ),
            key=lambda row: (row[4] if row[4] is not None else 2, row[0]),
        ),
    )
    by_competency = Table(
        "competencies",
        "Competencies ranked by share correct",
        [
            Column("Competency"),
            Column("Answers", COUNT),
            Column("Correct", COUNT),
            Column("Share correct (%)", SHARE, base=1, part=2),
        ],
        rows=sorted(
            (
                [competencies.get(row["competency"], "No competency"), row["n_"], row["x"], ratio(row["x"], row["n_"])]
                for row in per_competency
            ),
            key=lambda row: (row[3] if row[3] is not None else 2, row[0]),
        ),
    )
    sector_labels = dict(Sector.choices)
    by_sector = Table(
        "competency_sectors",
        "Share correct per competency and sector",
        [
            Column("Competency"),
            Column("Sector"),
            Column("Answers", COUNT),
            Column("Correct", COUNT),
            Column("Share correct (%)", SHARE, base=2, part=3),
        ],
        rows=sorted(
            [
                competencies.get(row["competency"], "No competency"),
                sector_labels.get(row["sector"], "Not given"),
                row["n_"],
                row["x"],
                ratio(row["x"], row["n_"]),
            ]
            for row in per_sector
        ),
    )
    chart = {
        "type": "bar",
        "title": "Share correct by competency",
        "labels": [row[0] for row in by_competency.rows],
        "datasets": [{"label": "Share correct (%)", "data": [_pct(row[3]) for row in by_competency.rows]}],
        "percent": True,
        "horizontal": True,
    }
    return Dashboard(tables=[by_competency, questions, by_sector], chart=chart)


# --- confidence -----------------------------------------------------------------------------


def confidence(filters: Filters) -> Dashboard:
    rows = list(
        _facts(CONFIDENCE, filters)
        .values("competency", "stage")
        .annotate(n_=Sum("n"), total=Sum("rating_sum"), high=Sum("confident"))
    )
    names = _names(Competency, [row["competency"] for row in rows])
    stages = {}
    for row in rows:
        stages.setdefault(row["competency"], {})[row["stage"]] = row
    empty = {"n_": 0, "total": 0, "high": 0}
    before_after = Table(
        "before_after",
        "Confidence before and after courses (1 not confident .. 4 very confident)",
        [
            Column("Competency"),
            Column("Ratings before", COUNT),
            Column("Mean before", MEAN, base=1),
            Column("Confident before (3-4)", COUNT),
            Column("Confident before (3-4, %)", SHARE, base=1, part=3),
            Column("Ratings after", COUNT),
            Column("Mean after", MEAN, base=5),
            Column("Confident after (3-4)", COUNT),
            Column("Confident after (3-4, %)", SHARE, base=5, part=7),
        ],
    )
    for competency, by_stage in stages.items():
        before, after = by_stage.get("before", empty), by_stage.get("after", empty)
        before_after.rows.append(
            [
                names.get(competency, "No competency"),
                before["n_"],
                ratio(before["total"], before["n_"]),
                before["high"],
                ratio(before["high"], before["n_"]),
                after["n_"],
                ratio(after["total"], after["n_"]),
                after["high"],
                ratio(after["high"], after["n_"]),
            ]
        )
    before_after.rows.sort(key=lambda row: row[0])
    survey_tables = survey_confidence(filters)
    chart = {
        "type": "bar",
        "title": "Mean confidence before and after, by competency",
        "labels": [row[0] for row in before_after.rows],
        "datasets": [
            {"label": "Before", "data": [_round(row[2]) for row in before_after.rows]},
            {"label": "After", "data": [_round(row[6]) for row in before_after.rows]},
        ],
        "max": 4,
    }
    return Dashboard(tables=[before_after, *survey_tables], chart=chart, notes=[survey_tables[0].note])


def _round(value):
    return None if value is None else round(value, 2)


def _survey_responses(filters: Filters, survey: Survey | None):
    """Survey responses to one survey in the filters: the respondent's own answers give district
    and sector."""
    responses = SurveyResponse.objects.filter(survey=survey) if survey else SurveyResponse.objects.none()
    responses = responses.annotate(at=F("submitted_at")).filter(_period_datetimes(filters))
    responses = responses.filter(filters.area_q("district__", partnership="partnership_id", district="id"))
    if filters.sector:
        responses = responses.filter(sector=filters.sector)
    if filters.organisation_kind:
        responses = responses.filter(organisation_kind=filters.organisation_kind)
    return responses


def _survey_facts(model, filters: Filters, survey: Survey | None):
    """Rows of a survey rollup for one survey in the filters (period, area, sector, organisation
    kind: a response gives its own; organisation and course do not apply)."""
    if survey is None:
        return model.objects.none()
    q = Q(survey=survey.pk) & filters.rollup_q()
    if filters.organisation_kind:
        q &= Q(organisation_kind=filters.organisation_kind)
    return model.objects.filter(q)


def survey_confidence(filters: Filters) -> list[Table]:
    survey = survey_in_use(filters)
    ratings = _survey_facts(SurveyConfidenceRollup, filters, survey)
    per_competency = list(ratings.values("competency").annotate(n_=Sum("ratings"), low=Sum("not_confident")))
    per_sector = list(ratings.values("competency", "sector").annotate(n_=Sum("ratings"), low=Sum("not_confident")))
    names = _names(Competency, [row["competency"] for row in per_competency])
    sector_labels = dict(Sector.choices)
    columns = [
        Column("Ratings", COUNT),
        Column("Not confident (1-2)", COUNT),
        Column("Share not confident (%)", SHARE, base=0, part=1),
    ]
    overall = Table(
        "survey_not_confident",
        "Training-needs survey: share not confident per competency (lowest confidence first)",
        [Column("Competency"), *(_shift(column, 1) for column in columns)],
        rows=sorted(
            (
                [names.get(row["competency"], "?"), row["n_"], row["low"], ratio(row["low"], row["n_"])]
                for row in per_competency
            ),
            key=lambda row: (-(row[3] or 0), row[0]),
        ),
    )
    by_sector = Table(
        "survey_not_confident_sector",
        "Training-needs survey: share not confident per competency, by agency or sector",
        [Column("Competency"), Column("Agency or sector"), *(_shift(column, 2) for column in columns)],
        rows=sorted(
            [
                names.get(row["competency"], "?"),
                sector_labels.get(row["sector"], "Not given"),
                row["n_"],
                row["low"],
                ratio(row["low"], row["n_"]),
            ]
            for row in per_sector
        ),
    )
    for table in (overall, by_sector):
        table.note = survey_note(filters, survey)
    return [overall, by_sector]


def _shift(column: Column, by: int) -> Column:
    def moved(index):
        return None if index is None else index + by

    return Column(column.heading, column.kind, moved(column.base), moved(column.part))


# --- satisfaction ---------------------------------------------------------------------------


def satisfaction(filters: Filters) -> Dashboard:
    rows = _facts(SATISFACTION, filters).values("item", "rating").annotate(n_=Sum("n"))
    counts = {(row["item"], row["rating"]): row["n_"] for row in rows}
    table = Table(
        "satisfaction",
        "Validation questions (4 highly satisfied .. 1 unsatisfied)",
        [
            Column("Question"),
            Column("Responses", COUNT),
            Column("Highly satisfied (4)", COUNT),
            Column("Highly satisfied (4, %)", SHARE, base=1, part=2),
            Column("Satisfied (3)", COUNT),
            Column("Satisfied (3, %)", SHARE, base=1, part=4),
            Column("Fully satisfied (3-4)", COUNT),
            Column("Fully satisfied (3-4, %)", SHARE, base=1, part=6),
        ],
    )
    for item, label in SATISFACTION_QUESTIONS.items():
        total = sum(counts.get((item, rating), 0) for rating in range(1, 5))
        fours, threes = counts.get((item, 4), 0), counts.get((item, 3), 0)
        table.rows.append(
            [
                label,
                total,
                fours,
                ratio(fours, total),
                threes,
                ratio(threes, total),
                fours + threes,
                ratio(fours + threes, total),
            ]
        )
    chart = {
        "type": "bar",
        "title": "Share fully satisfied (3 or 4)",
        "labels": [row[0] for row in table.rows],
        "datasets": [
            {"label": "Highly satisfied (4)", "data": [_pct(row[3]) for row in table.rows]},
            {"label": "Satisfied (3)", "data": [_pct(row[5]) for row in table.rows]},
        ],
        "percent": True,
        "stacked": True,
    }
    return Dashboard(tables=[table], chart=chart, free_text=evaluation_free_text(filters))


def evaluation_free_text(filters: Filters) -> FreeText:
    """'What will you do as a result?' answers in the filters, newest first (never who wrote them)."""
    evaluations = CourseEvaluation.objects.annotate(at=F("after_at")).filter(_period_datetimes(filters))
    evaluations = evaluations.filter(at__isnull=False).exclude(action="")
    learner = "enrolment__learner__"
    evaluations = evaluations.filter(filters.area_q(learner, partnership="district__partnership_id"))
    if filters.sector:
        evaluations = evaluations.filter(**{f"{learner}sector": filters.sector})
    if filters.course:
        evaluations = evaluations.filter(enrolment__course=filters.course)
    if filters.by_organisation:
        evaluations = evaluations.filter(enrolment__learner__in=_members(filters))
    rows = evaluations.order_by("-after_at").values(
        "at", text=F("action"), course=F("enrolment__course__title"), writer=F("enrolment__learner_id")
    )
    return _free_text("free_text", '"What will you do as a result?" (course evaluations)', rows, writer="writer")


# --- survey results -------------------------------------------------------------------------


def survey_results(filters: Filters) -> Dashboard:
    survey = survey_in_use(filters)
    counted = _survey_facts(SurveyResponseRollup, filters, survey)
    sector_labels = dict(Sector.choices)
    by_sector = counted.values("sector").annotate(n_=Sum("responses")).order_by("sector")
    agency = Table(
        "responses_sector",
        "Responses by agency or sector",
        [Column("Agency or sector"), Column("Responses", COUNT)],
        rows=[[sector_labels.get(row["sector"], "Not given"), row["n_"]] for row in by_sector],
    )
    by_district = list(counted.values("district").annotate(n_=Sum("responses")))
    districts = _names(District, [row["district"] for row in by_district])
    district = Table(
        "responses_district",
        "Responses by district",
        [Column("District"), Column("Responses", COUNT)],
        rows=sorted([districts.get(row["district"], "Not given"), row["n_"]] for row in by_district),
    )
    per_option = list(_survey_facts(SurveyOptionRollup, filters, survey).values("option").annotate(n_=Sum("responses")))
    options = {
        option.pk: option for option in SurveyOption.objects.filter(pk__in=[row["option"] for row in per_option])
    }
    wanted = Table(
        "wanted",
        "Topics and formats of training wanted",
        [Column("Kind"), Column("Option"), Column("Responses choosing it", COUNT)],
        rows=sorted(
            (
                [options[row["option"]].get_kind_display(), options[row["option"]].label, row["n_"]]
                for row in per_option
                if row["option"] in options
            ),
            key=lambda row: (row[0], -row[2], row[1]),
        ),
    )
    for table in (agency, district, wanted):
        table.note = survey_note(filters, survey)
    total = counted.aggregate(n=Sum("responses", default=0))["n"]
    # The comments are read from the responses themselves, newest first (the few hundred shown).
    responses = _survey_responses(filters, survey)
    chart = {
        "type": "bar",
        "title": "Responses by agency or sector",
        "labels": [row[0] for row in agency.rows],
        "datasets": [{"label": "Responses", "data": [row[1] for row in agency.rows]}],
    }
    comments = responses.exclude(comments="").order_by("-submitted_at").values("at", text=F("comments"))
    return Dashboard(
        tables=[agency, district, wanted],
        chart=chart,
        figures=[("Survey", survey.title if survey else "None"), ("Responses", f"{total:,}")],
        notes=[survey_note(filters, survey)],
        # One answer per response: anonymous respondents have no id, each response is one person.
        free_text=_free_text("comments", "Training-needs survey comments", comments, writer=None, with_course=False),
    )


DASHBOARDS = {
    "overview": ("Overview", overview),
    "funnel": ("Completion funnel", funnel),
    "gaps": ("Knowledge gaps", knowledge_gaps),
    "confidence": ("Confidence", confidence),
    "satisfaction": ("Satisfaction", satisfaction),
    "survey": ("Survey results", survey_results),
}

__all__ = ["DASHBOARDS", "TEXT", "Dashboard", "discrimination"]
