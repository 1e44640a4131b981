"""Rollups: additive summary tables the dashboards read instead of the learning records.

Written only by elearning.insights.rollups (the refresh_insights command), with set-based
INSERT ... SELECT ... GROUP BY statements. Every fact has three tables:

- the plain table (``…Rollup``), keyed without organisation: each record counted exactly once, so
  unfiltered totals never double count;
- the organisation table (``…OrgRollup``), one row per organisation the learner belongs to, and a
  row with an empty organisation for learners in none. Read only when an organisation is chosen: a
  learner in two organisations counts once in each;
- the organisation-kind table (``…KindRollup``): the organisation table summed over the
  organisations of each kind. Read when a kind (and no organisation) is chosen, so that the kind
  filter reads rows that grow with the kinds, not with the number of organisations.

The grain is the calendar month (local time), so every filter (period, partnership, district,
sector, organisation kind, organisation, course) is answered by summing rows, and every table
grows with its dimensions (months, districts, sectors, courses, questions...), not with the number
of learners. Dimension columns are plain ids without database constraints: a rollup is rebuilt,
never edited, and must never stop a district, course or question from being deleted.

Each table has a named unique constraint on its key columns, so a refresh can never leave two rows
for one key (two refreshes at once would otherwise both insert, and every figure would double).
Nullable key columns are compared through COALESCE, so that two empty keys count as equal on
SQLite and PostgreSQL alike."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Coalesce

_NULLABLE_IDS = {"partnership", "district", "organisation", "course", "question", "competency", "survey", "option"}
_NULLABLE_DATES = {"previous"}
_AREA = ("month", "partnership", "district", "sector")
_ORGANISATION = ("organisation", "organisation_kind")


def _key(name: str, *fields: str) -> models.UniqueConstraint:
    """A named unique constraint on a rollup's key columns."""
    expressions = []
    for field in fields:
        if field in _NULLABLE_IDS:
            expressions.append(Coalesce(F(field), Value(0), output_field=models.IntegerField()))
        elif field in _NULLABLE_DATES:
            expressions.append(Coalesce(F(field), Value(datetime.date.min), output_field=models.DateField()))
        else:
            expressions.append(F(field))
    return models.UniqueConstraint(*expressions, name=name)


def _area_indexes(table: str) -> list[models.Index]:
    """A partnership (or scope) or district filter reads only its own rows. The refresh writes the
    rows in this order, so those rows also sit together on disk."""
    return [
        models.Index(fields=["partnership", "month"], name=f"insights_{table}_area_idx"),
        models.Index(fields=["district", "month"], name=f"insights_{table}_district_idx"),
    ]


def _org_index(table: str) -> models.Index:
    return models.Index(fields=["organisation", "month"], name=f"insights_{table}_org_idx")


def _kind_index(table: str) -> models.Index:
    return models.Index(fields=["organisation_kind", "month"], name=f"insights_{table}_kind_idx")


def _dimension(model: str, **kwargs):
    return models.ForeignKey(
        model, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", **kwargs
    )


class RollupDimensions(models.Model):
    month = models.DateField(help_text="The first day of the month the fact belongs to.")
    partnership = _dimension("people.Partnership")
    district = _dimension("people.District")
    sector = models.CharField(max_length=20, blank=True)

    class Meta:
        abstract = True


class OrganisationDimensions(RollupDimensions):
    organisation = _dimension("people.Organisation")
    organisation_kind = models.CharField(max_length=30, blank=True)

    class Meta:
        abstract = True


class KindDimensions(RollupDimensions):
    organisation_kind = models.CharField(max_length=30)

    class Meta:
        abstract = True


# --- Who belongs to which organisation --------------------------------------------------------


class LearnerOrganisation(models.Model):
    """The organisations a learner counts in, as the organisation rollups see them: a copy of
    people.Membership taken at each refresh (kept=False), plus the memberships an erased learner had
    when they erased their account (kept=True). Erasure deletes the membership itself, but the
    learner's records stay in every aggregate, the organisation's included."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="insights_organisations"
    )
    organisation = _dimension("people.Organisation")
    organisation_kind = models.CharField(max_length=30, blank=True)
    kept = models.BooleanField(default=False, help_text="Kept when the learner erased their account.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "organisation"], name="insights_learner_organisation_key")
        ]

    def __str__(self):
        return f"Learner {self.learner_id} in organisation {self.organisation_id}"


# --- Registered learners and coverage -------------------------------------------------------


class LearnerFacts(models.Model):
    """Month = the month the learner registered."""

    registered = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0, help_text="Holding a valid certificate at the refresh.")

    class Meta:
        abstract = True


class LearnerRollup(RollupDimensions, LearnerFacts):
    class Meta:
        indexes = _area_indexes("learner")
        constraints = [_key("insights_learner_key", *_AREA)]

    def __str__(self):
        return f"LearnerRollup {self.pk}"


class LearnerOrgRollup(OrganisationDimensions, LearnerFacts):
    class Meta:
        indexes = [_org_index("learner")]
        constraints = [_key("insights_learner_org_key", *_AREA, *_ORGANISATION)]

    def __str__(self):
        return f"LearnerOrgRollup {self.pk}"


class LearnerKindRollup(KindDimensions, LearnerFacts):
    class Meta:
        indexes = [_kind_index("learner")]
        constraints = [_key("insights_learner_kind_key", *_AREA, "organisation_kind")]

    def __str__(self):
        return f"LearnerKindRollup {self.pk}"


# --- Active learners ----------------------------------------------------------------------------


class ActiveLearner(models.Model):
    """One row per learner, course and month in which the learner did something (enrolled,
    completed a lesson or submitted an attempt). The refresh's working table: the Active…Rollup
    tables are counted from it, and no dashboard reads it."""

    learner_id = models.BigIntegerField()
    month = models.DateField()
    course = _dimension("courses.CoursePage")
    partnership = _dimension("people.Partnership")
    district = _dimension("people.District")
    sector = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["month", "learner_id"], name="insights_active_month_idx"),
            models.Index(fields=["learner_id"], name="insights_active_learner_idx"),
        ]
        # The other columns are the learner's own (district, sector), the same on each of their rows.
        constraints = [_key("insights_active_key", "learner_id", "month", "course")]

    def __str__(self):
        return f"Learner {self.learner_id} active in {self.month:%Y-%m}"


class ActiveFacts(models.Model):
    """Active learners is a distinct count: a learner active in March and in April is one learner
    for March to April. Distinct counts do not add up across months, but this does: each row counts
    learners active in `month` whose activity before that (in the course, or in any course when
    `course` is empty) was last in `previous` (empty: never). A learner is active in the months
    [a, b] exactly once with month in [a, b] and previous before a (or empty): the first month of
    their activity in the period. So

        active learners in [a, b] = SUM(learners) WHERE a <= month <= b AND (previous < a OR previous IS NULL)

    exactly, for any period, and the rows grow with months x months x districts x sectors x
    courses, not with learners."""

    course = _dimension("courses.CoursePage", help_text="Empty: activity in any course.")
    previous = models.DateField(null=True, blank=True)
    learners = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


class ActiveRollup(RollupDimensions, ActiveFacts):
    class Meta:
        indexes = [
            *_area_indexes("activity"),
            models.Index(fields=["month", "course"], name="insights_activity_month_idx"),
        ]
        constraints = [_key("insights_activity_key", *_AREA, "course", "previous")]

    def __str__(self):
        return f"ActiveRollup {self.pk}"


class ActiveOrgRollup(OrganisationDimensions, ActiveFacts):
    class Meta:
        indexes = [_org_index("activity")]
        constraints = [_key("insights_activity_org_key", *_AREA, *_ORGANISATION, "course", "previous")]

    def __str__(self):
        return f"ActiveOrgRollup {self.pk}"


class ActiveKindRollup(KindDimensions, ActiveFacts):
    """Each learner once per kind, however many organisations of that kind they belong to: it is a
    count of people."""

    class Meta:
        indexes = [_kind_index("activity")]
        constraints = [_key("insights_activity_kind_key", *_AREA, "organisation_kind", "course", "previous")]

    def __str__(self):
        return f"ActiveKindRollup {self.pk}"


# --- Enrolments, attempts, completions ------------------------------------------------------


class LearningFacts(models.Model):
    """Additive rows from three sources: enrolments (by the month they started), completions (by
    the month the course was first passed) and submitted attempts (by the month submitted)."""

    course = _dimension("courses.CoursePage")
    enrolments = models.PositiveIntegerField(default=0)
    completions = models.PositiveIntegerField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    attempts_passed = models.PositiveIntegerField(default=0)
    first_attempts = models.PositiveIntegerField(default=0)
    first_attempts_passed = models.PositiveIntegerField(default=0)
    score_sum = models.BigIntegerField(default=0)

    class Meta:
        abstract = True


class LearningRollup(RollupDimensions, LearningFacts):
    class Meta:
        indexes = _area_indexes("learning")
        constraints = [_key("insights_learning_key", *_AREA, "course")]

    def __str__(self):
        return f"LearningRollup {self.pk}"


class LearningOrgRollup(OrganisationDimensions, LearningFacts):
    class Meta:
        indexes = [_org_index("learning")]
        constraints = [_key("insights_learning_org_key", *_AREA, *_ORGANISATION, "course")]

    def __str__(self):
        return f"LearningOrgRollup {self.pk}"


class LearningKindRollup(KindDimensions, LearningFacts):
    class Meta:
        indexes = [_kind_index("learning")]
        constraints = [_key("insights_learning_kind_key", *_AREA, "organisation_kind", "course")]

    def __str__(self):
        return f"LearningKindRollup {self.pk}"


class FunnelFacts(models.Model):
    """Enrolments by the month they started (a cohort): how far each got."""

    course = _dimension("courses.CoursePage")
    enrolled = models.PositiveIntegerField(default=0)
    started = models.PositiveIntegerField(default=0, help_text="Completed a lesson or started the quiz.")
    all_lessons = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


class FunnelRollup(RollupDimensions, FunnelFacts):
    class Meta:
        indexes = _area_indexes("funnel")
        constraints = [_key("insights_funnel_key", *_AREA, "course")]

    def __str__(self):
        return f"FunnelRollup {self.pk}"


class FunnelOrgRollup(OrganisationDimensions, FunnelFacts):
    class Meta:
        indexes = [_org_index("funnel")]
        constraints = [_key("insights_funnel_org_key", *_AREA, *_ORGANISATION, "course")]

    def __str__(self):
        return f"FunnelOrgRollup {self.pk}"


class FunnelKindRollup(KindDimensions, FunnelFacts):
    class Meta:
        indexes = [_kind_index("funnel")]
        constraints = [_key("insights_funnel_kind_key", *_AREA, "organisation_kind", "course")]

    def __str__(self):
        return f"FunnelKindRollup {self.pk}"


class CertificateBand(models.TextChoices):
    """Where a certificate stands on the day of the refresh."""

    EXPIRED = "expired", "Expired"
    DAYS_30 = "30", "Expiring within 30 days"
    DAYS_60 = "60", "Expiring in 31 to 60 days"
    DAYS_90 = "90", "Expiring in 61 to 90 days"
    LATER = "later", "Expiring after 90 days"
    NEVER = "never", "Does not expire"


class CertificateFacts(models.Model):
    """Certificates held (see rollups.held_certificates), by the month issued and where they stand
    on the day of the refresh (RollupRefresh.as_of): expired, expiring within 30, 31-60 or 61-90
    days, later, or never. Keyed by band rather than by expiry day, the table grows with months,
    not with days; the bands are exact for the day they are worked out for, which the dashboard
    states, as it does for coverage."""

    course = _dimension("courses.CoursePage")
    band = models.CharField(max_length=10, choices=CertificateBand.choices)
    certificates = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


class CertificateRollup(RollupDimensions, CertificateFacts):
    class Meta:
        indexes = _area_indexes("cert")
        constraints = [_key("insights_cert_key", *_AREA, "course", "band")]

    def __str__(self):
        return f"CertificateRollup {self.pk}"


class CertificateOrgRollup(OrganisationDimensions, CertificateFacts):
    class Meta:
        indexes = [_org_index("cert")]
        constraints = [_key("insights_cert_org_key", *_AREA, *_ORGANISATION, "course", "band")]

    def __str__(self):
        return f"CertificateOrgRollup {self.pk}"


class CertificateKindRollup(KindDimensions, CertificateFacts):
    class Meta:
        indexes = [_kind_index("cert")]
        constraints = [_key("insights_cert_kind_key", *_AREA, "organisation_kind", "course", "band")]

    def __str__(self):
        return f"CertificateKindRollup {self.pk}"


# --- Knowledge gaps -------------------------------------------------------------------------


class AnswerFacts(models.Model):
    """Sufficient statistics per question for facility and discrimination. For each answer in a
    submitted attempt: x = 1 if correct else 0, y = the number of the attempt's other questions
    answered correctly (the rest of the test). Σx² = Σx because x is 0 or 1."""

    course = _dimension("courses.CoursePage")
    question = _dimension("courses.Question")
    competency = _dimension("courses.Competency")
    n = models.PositiveIntegerField(default=0)
    sum_x = models.PositiveIntegerField(default=0)
    sum_y = models.BigIntegerField(default=0)
    sum_y2 = models.BigIntegerField(default=0)
    sum_xy = models.BigIntegerField(default=0)

    class Meta:
        abstract = True


_ANSWER_KEY = ("course", "question", "competency")


class AnswerRollup(RollupDimensions, AnswerFacts):
    class Meta:
        indexes = _area_indexes("answer")
        constraints = [_key("insights_answer_key", *_AREA, *_ANSWER_KEY)]

    def __str__(self):
        return f"AnswerRollup {self.pk}"


class AnswerOrgRollup(OrganisationDimensions, AnswerFacts):
    class Meta:
        indexes = [_org_index("answer")]
        constraints = [_key("insights_answer_org_key", *_AREA, *_ORGANISATION, *_ANSWER_KEY)]

    def __str__(self):
        return f"AnswerOrgRollup {self.pk}"


class AnswerKindRollup(KindDimensions, AnswerFacts):
    class Meta:
        indexes = [_kind_index("answer")]
        constraints = [_key("insights_answer_kind_key", *_AREA, "organisation_kind", *_ANSWER_KEY)]

    def __str__(self):
        return f"AnswerKindRollup {self.pk}"


class AnswerTotalRollup(AnswerFacts):
    """AnswerRollup summed over partnership and district: the dashboards read it when no area,
    scope or organisation is chosen, which is the commonest and otherwise the slowest query."""

    month = models.DateField()
    sector = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [models.Index(fields=["month", "question"], name="insights_answer_total_idx")]
        constraints = [_key("insights_answer_total_key", "month", "sector", *_ANSWER_KEY)]

    def __str__(self):
        return f"AnswerTotalRollup {self.pk}"


# --- Course evaluation ----------------------------------------------------------------------


class ConfidenceFacts(models.Model):
    """Confidence ratings per competency and stage (before/after), by the month they were given."""

    course = _dimension("courses.CoursePage")
    competency = _dimension("courses.Competency")
    stage = models.CharField(max_length=10)
    n = models.PositiveIntegerField(default=0)
    rating_sum = models.PositiveIntegerField(default=0)
    confident = models.PositiveIntegerField(default=0, help_text="Ratings of 3 or 4.")

    class Meta:
        abstract = True


_CONFIDENCE_KEY = ("course", "competency", "stage")


class ConfidenceRollup(RollupDimensions, ConfidenceFacts):
    class Meta:
        indexes = _area_indexes("conf")
        constraints = [_key("insights_conf_key", *_AREA, *_CONFIDENCE_KEY)]

    def __str__(self):
        return f"ConfidenceRollup {self.pk}"


class ConfidenceOrgRollup(OrganisationDimensions, ConfidenceFacts):
    class Meta:
        indexes = [_org_index("conf")]
        constraints = [_key("insights_conf_org_key", *_AREA, *_ORGANISATION, *_CONFIDENCE_KEY)]

    def __str__(self):
        return f"ConfidenceOrgRollup {self.pk}"


class ConfidenceKindRollup(KindDimensions, ConfidenceFacts):
    class Meta:
        indexes = [_kind_index("conf")]
        constraints = [_key("insights_conf_kind_key", *_AREA, "organisation_kind", *_CONFIDENCE_KEY)]

    def __str__(self):
        return f"ConfidenceKindRollup {self.pk}"


class ConfidenceTotalRollup(ConfidenceFacts):
    """ConfidenceRollup summed over partnership and district (see AnswerTotalRollup)."""

    month = models.DateField()
    sector = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [models.Index(fields=["month", "competency"], name="insights_conf_total_idx")]
        constraints = [_key("insights_conf_total_key", "month", "sector", *_CONFIDENCE_KEY)]

    def __str__(self):
        return f"ConfidenceTotalRollup {self.pk}"


class SatisfactionFacts(models.Model):
    """Validation-sheet answers: count per question (met_aims, relevant, useful) and rating."""

    course = _dimension("courses.CoursePage")
    item = models.CharField(max_length=20)
    rating = models.PositiveSmallIntegerField()
    n = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


_SATISFACTION_KEY = ("course", "item", "rating")


class SatisfactionRollup(RollupDimensions, SatisfactionFacts):
    class Meta:
        indexes = _area_indexes("satis")
        constraints = [_key("insights_satis_key", *_AREA, *_SATISFACTION_KEY)]

    def __str__(self):
        return f"SatisfactionRollup {self.pk}"


class SatisfactionOrgRollup(OrganisationDimensions, SatisfactionFacts):
    class Meta:
        indexes = [_org_index("satis")]
        constraints = [_key("insights_satis_org_key", *_AREA, *_ORGANISATION, *_SATISFACTION_KEY)]

    def __str__(self):
        return f"SatisfactionOrgRollup {self.pk}"


class SatisfactionKindRollup(KindDimensions, SatisfactionFacts):
    class Meta:
        indexes = [_kind_index("satis")]
        constraints = [_key("insights_satis_kind_key", *_AREA, "organisation_kind", *_SATISFACTION_KEY)]

    def __str__(self):
        return f"SatisfactionKindRollup {self.pk}"


class SatisfactionTotalRollup(SatisfactionFacts):
    """SatisfactionRollup summed over partnership and district (see AnswerTotalRollup)."""

    month = models.DateField()
    sector = models.CharField(max_length=20, blank=True)

    class Meta:
        constraints = [_key("insights_satis_total_key", "month", "sector", *_SATISFACTION_KEY)]

    def __str__(self):
        return f"SatisfactionTotalRollup {self.pk}"


# --- The training-needs survey -----------------------------------------------------------------


class SurveyDimensions(RollupDimensions):
    """A response's own answers give its district (and so partnership), sector and organisation
    kind; month is the local month it was submitted in. Always read for one survey."""

    survey = _dimension("insights.Survey")
    organisation_kind = models.CharField(max_length=30, blank=True)

    class Meta:
        abstract = True


_SURVEY_KEY = ("survey", "organisation_kind")


class SurveyResponseRollup(SurveyDimensions):
    responses = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["survey", "month"], name="insights_survey_resp_idx")]
        constraints = [_key("insights_survey_resp_key", *_AREA, *_SURVEY_KEY)]

    def __str__(self):
        return f"SurveyResponseRollup {self.pk}"


class SurveyConfidenceRollup(SurveyDimensions):
    competency = _dimension("courses.Competency")
    ratings = models.PositiveIntegerField(default=0)
    not_confident = models.PositiveIntegerField(default=0, help_text="Ratings of 1 or 2.")

    class Meta:
        indexes = [models.Index(fields=["survey", "month"], name="insights_survey_conf_idx")]
        constraints = [_key("insights_survey_conf_key", *_AREA, *_SURVEY_KEY, "competency")]

    def __str__(self):
        return f"SurveyConfidenceRollup {self.pk}"


class SurveyOptionRollup(SurveyDimensions):
    option = _dimension("insights.SurveyOption")
    responses = models.PositiveIntegerField(default=0, help_text="Responses choosing the option.")

    class Meta:
        indexes = [models.Index(fields=["survey", "month"], name="insights_survey_option_idx")]
        constraints = [_key("insights_survey_option_key", *_AREA, *_SURVEY_KEY, "option")]

    def __str__(self):
        return f"SurveyOptionRollup {self.pk}"


class RollupRefresh(models.Model):
    """When the rollups were last rebuilt: dashboards say "figures as of" this time."""

    finished_at = models.DateTimeField()
    full = models.BooleanField()
    since = models.DateField(null=True, blank=True, help_text="Incremental refreshes: the first month rebuilt.")
    as_of = models.DateField(
        null=True, blank=True, help_text="The day certificates were sorted into valid, expiring and expired."
    )

    class Meta:
        ordering = ["-finished_at"]
        get_latest_by = "finished_at"

    def __str__(self):
        return f"Refresh at {self.finished_at:%Y-%m-%d %H:%M}"
