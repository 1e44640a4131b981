"""Generate and reset activity: the run, its tables, and the order of the phases."""

import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

from django.db import connection, transaction
from django.utils import timezone

from courses.models import (
    AttemptAnswer,
    Certificate,
    CertificateReminder,
    ConfidenceRating,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
)
from elearning.insights.models import Survey, SurveyConfidence, SurveyOption, SurveyResponse
from elearning.people.models import Membership, Organisation, User

from . import vocab
from .learning import (
    ANSWER_FIELDS,
    ATTEMPT_FIELDS,
    CERTIFICATE_FIELDS,
    ENROLMENT_FIELDS,
    EVALUATION_FIELDS,
    LESSON_FIELDS,
    RATING_FIELDS,
    LearningSimulator,
)
from .people import MEMBERSHIP_FIELDS, ORGANISATION_FIELDS, USER_FIELDS, learners_plan, organisations_plan, user_row
from .surveys import RESPONSE_FIELDS, SURVEY_CONFIDENCE_FIELDS, response_option_fields, surveys_generate
from .world import world_load
from .writer import Writer


class ActivityError(Exception):
    """Generation cannot go ahead; the message says why and what to do."""


def generated_learners():
    return User.objects.filter(email__endswith=f"@{vocab.GENERATED_EMAIL_DOMAIN}")


@dataclass
class Tables:
    user: object
    organisation: object
    membership: object
    enrolment: object
    lesson: object
    attempt: object
    answer: object
    certificate: object
    evaluation: object
    rating: object
    response: object
    response_option: object
    survey_confidence: object


class Run:
    def __init__(self, *, learners, seed, today, attempts_per_learner, years, batch_size, log):
        self.learners = learners
        self.seed = seed
        self.today = today
        self.attempts_per_learner = attempts_per_learner
        self.log = log
        self.tz = timezone.get_default_timezone()
        self.end = datetime.combine(today, clock(0), tzinfo=self.tz).astimezone(UTC)
        self.start = self.end - timedelta(days=round(365.25 * years))
        self.writer = Writer(batch_size=batch_size, log=log)
        self.world = None
        self.tables = None

    def rng(self, stream: str) -> random.Random:
        """An independent random stream per phase, so a change in one phase leaves the others as
        they were."""
        return random.Random(f"{self.seed}:{stream}")  # noqa: S311 - reproducible demo data, not secrets

    def clamp(self, moment: datetime) -> datetime:
        return min(moment, self.end - timedelta(seconds=1))

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def at(self, day: date, rng: random.Random) -> datetime:
        """A moment during the waking day on a local date."""
        midnight = datetime.combine(day, clock(0), tzinfo=self.tz)
        return (midnight + timedelta(minutes=rng.uniform(7.5 * 60, 21.5 * 60))).astimezone(UTC)

    def declare_tables(self) -> None:
        table = self.writer.table
        self.tables = Tables(
            user=table(User, USER_FIELDS),
            organisation=table(Organisation, ORGANISATION_FIELDS),
            membership=table(Membership, MEMBERSHIP_FIELDS),
            enrolment=table(Enrolment, ENROLMENT_FIELDS),
            lesson=table(LessonCompletion, LESSON_FIELDS),
            attempt=table(QuizAttempt, ATTEMPT_FIELDS),
            answer=table(AttemptAnswer, ANSWER_FIELDS),
            certificate=table(Certificate, CERTIFICATE_FIELDS),
            evaluation=table(CourseEvaluation, EVALUATION_FIELDS),
            rating=table(ConfidenceRating, RATING_FIELDS),
            response=table(SurveyResponse, RESPONSE_FIELDS),
            response_option=table(SurveyResponse.options.through, response_option_fields()),
            survey_confidence=table(SurveyConfidence, SURVEY_CONFIDENCE_FIELDS),
        )


def _triggers_off_if_allowed(writer: Writer) -> bool:
    """On PostgreSQL as a superuser, skip the per-row foreign-key triggers for this transaction:
    every id is allocated here, so the references hold by construction, and checking tens of
    millions of deferred references at commit would take longer than writing the rows."""
    if not writer.use_copy:
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('is_superuser')")
        if cursor.fetchone()[0] != "on":
            return False
        cursor.execute("SET LOCAL session_replication_role = replica")
    return True


def activity_generate(
    *,
    learners: int,
    seed: int = 1,
    today: date | None = None,
    attempts_per_learner: float = 10.0,
    years: int = 4,
    batch_size: int = 5000,
    log=lambda message: None,
) -> dict[str, int]:
    """Write `learners` generated learners and their history, the same for the same arguments on
    the same database. Refuses when generated learners are already there. Returns rows per table."""
    if learners < 1:
        raise ActivityError("Give at least one learner.")
    if attempts_per_learner <= 0:
        raise ActivityError("Attempts per learner must be more than 0.")
    if not 1 <= years <= 20:
        raise ActivityError("Years of history must be between 1 and 20.")
    if generated_learners().exists():
        raise ActivityError("Generated activity is already in this database. Run again with --reset to replace it.")
    if not CoursePage.objects.live().exists():
        raise ActivityError("There are no live courses to learn from: run `python manage.py load_demo_data` first.")
    started = time.monotonic()
    run = Run(
        learners=learners,
        seed=seed,
        today=today or timezone.localdate(),
        attempts_per_learner=attempts_per_learner,
        years=years,
        batch_size=batch_size,
        log=log,
    )
    with transaction.atomic():
        fast = _triggers_off_if_allowed(run.writer)
        run.world = world_load(run.rng("world"))
        run.declare_tables()
        log(
            f"Generating {learners:,} learners, seed {seed}, {years} years to {run.today.isoformat()}, "
            f"{len(run.world.courses)} courses, {len(run.world.questions)} questions, "
            f"{len(run.world.districts)} districts"
            + (" (PostgreSQL COPY)" if run.writer.use_copy else " (batched inserts)")
            + (", reference checks deferred to construction" if fast else "")
        )
        people = learners_plan(run)
        organisations_plan(run, people)
        log(f"  planned {len(run.tables.organisation.rows):,} organisations")
        simulator = LearningSimulator(run)
        step = max(1, learners // 10)
        for index, learner in enumerate(people, start=1):
            simulator.learner(learner)
            run.tables.user.add(user_row(run, learner))
            run.writer.maybe_flush()
            if index % step == 0 or index == learners:
                log(
                    f"  {index:,} learners, {simulator.enrolments:,} enrolments, {simulator.attempts:,} attempts "
                    f"({time.monotonic() - started:.0f} s)"
                )
        run.writer.drain()  # the surveys below are made through the ORM, on the same connection
        surveys = surveys_generate(run, people, simulator.confidence_offset)
        run.writer.finish()
        if fast:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL session_replication_role = origin")
    run.writer.analyse()
    counts = {table.model._meta.label: table.count for table in run.writer.tables}
    counts["insights.Survey"] = surveys
    log(f"Done in {time.monotonic() - started:.1f} s.")
    return counts


def activity_reset(*, log=lambda message: None) -> dict[str, int]:
    """Delete what activity_generate wrote, and nothing else: generated learners and every record
    of theirs, the organisations they registered, and the generated surveys. Districts, courses and
    the question bank stay."""
    started = time.monotonic()
    users = generated_learners()
    deleted = {}
    with transaction.atomic():
        organisations = list(Organisation.objects.filter(created_by__in=users).values_list("pk", flat=True))
        surveys = Survey.objects.filter(slug__startswith=vocab.SURVEY_SLUG_PREFIX)
        steps = [
            SurveyConfidence.objects.filter(response__survey__in=surveys),
            SurveyResponse.options.through.objects.filter(surveyresponse__survey__in=surveys),
            SurveyResponse.objects.filter(survey__in=surveys),
            SurveyOption.objects.filter(survey__in=surveys),
            Survey.competencies.through.objects.filter(survey__in=surveys),
            surveys,
            CertificateReminder.objects.filter(certificate__learner__in=users),
            Certificate.objects.filter(learner__in=users),
            ConfidenceRating.objects.filter(evaluation__enrolment__learner__in=users),
            CourseEvaluation.objects.filter(enrolment__learner__in=users),
            AttemptAnswer.objects.filter(attempt__enrolment__learner__in=users),
            QuizAttempt.objects.filter(enrolment__learner__in=users),
            LessonCompletion.objects.filter(enrolment__learner__in=users),
            Enrolment.objects.filter(learner__in=users),
            Membership.objects.filter(user__in=users),
            Membership.objects.filter(organisation__in=organisations),
        ]
        for queryset in steps:
            # One DELETE per table, children first: the records have no signals to send, and
            # Django's collector would read every row of tens of millions before deleting it.
            label = queryset.model._meta.label
            deleted[label] = deleted.get(label, 0) + (queryset._raw_delete(queryset.db) or 0)
        # Real learners who chose a generated licensing authority keep their account, without it.
        User.objects.filter(licensing_authority__in=organisations).exclude(pk__in=users).update(
            licensing_authority=None, badge_number=""
        )
        users.update(licensing_authority=None)
        for queryset in (Organisation.objects.filter(pk__in=organisations), users):
            _, per_model = queryset.delete()
            for label, count in per_model.items():
                deleted[label] = deleted.get(label, 0) + count
    log(f"Deleted the generated activity in {time.monotonic() - started:.1f} s.")
    return {label: count for label, count in deleted.items() if count}
