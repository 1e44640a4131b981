"""Course evaluation: confidence per competency when a learner starts a course and again when they
pass it, and the validation-sheet questions at completion.

Each stage is answered or skipped once; a second submit, however it arrives, raises
EvaluationAlreadyGiven and writes nothing. A course set to require the evaluation holds the
certificate of a passing attempt until the learner answers the after stage."""

from collections.abc import Mapping
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from ..errors import CourseError
from ..models import ConfidenceRating, ConfidenceStage, CourseEvaluation, Enrolment
from ..models.evaluation import ACTION_MAX_LENGTH
from ..selectors_evaluation import held_attempt
from .certificates import certificate_issue

SCALE = range(1, 5)


class EvaluationNotAvailable(CourseError):
    pass


class EvaluationAlreadyGiven(CourseError):
    def __init__(self, evaluation: CourseEvaluation, stage: str):
        message = (
            "You have already told us how confident you feel."
            if stage == ConfidenceStage.BEFORE
            else "You have already evaluated this course."
        )
        super().__init__(message)
        self.evaluation = evaluation
        self.stage = stage


class EvaluationRequired(CourseError):
    def __init__(self):
        super().__init__("This course issues its certificate once you have answered the evaluation.")


class InvalidEvaluation(CourseError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("Some answers are missing or not valid.")
        self.errors = errors


def certificate_waits_for_evaluation(*, enrolment: Enrolment) -> bool:
    """True while the course requires the evaluation and the learner has not answered it."""
    if not enrolment.course.evaluation_required:
        return False
    return not CourseEvaluation.objects.filter(enrolment_id=enrolment.pk, after_at__isnull=False).exists()


def _locked(enrolment: Enrolment) -> tuple[Enrolment, CourseEvaluation]:
    # Locking the enrolment serialises two submits from two tabs (and a quiz submit) on PostgreSQL.
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    evaluation, _ = CourseEvaluation.objects.get_or_create(enrolment=enrolment)
    return enrolment, evaluation


def before_stage_refusal(*, enrolment: Enrolment, evaluation: CourseEvaluation | None) -> CourseError | None:
    """Why the confidence check at the start cannot be answered or skipped now, or None. The one
    place for this rule: the services raise it, the page shows it."""
    if evaluation is not None and (evaluation.before_at or evaluation.before_skipped_at):
        return EvaluationAlreadyGiven(evaluation, ConfidenceStage.BEFORE)
    if enrolment.completed_at is not None or enrolment.lesson_completions.exists():
        return EvaluationNotAvailable("You can only say how confident you feel before you start the lessons.")
    return None


def _check_before_open(enrolment: Enrolment, evaluation: CourseEvaluation) -> None:
    if refusal := before_stage_refusal(enrolment=enrolment, evaluation=evaluation):
        raise refusal


def _check_after_open(enrolment: Enrolment, evaluation: CourseEvaluation) -> None:
    if evaluation.after_at or evaluation.after_skipped_at:
        raise EvaluationAlreadyGiven(evaluation, ConfidenceStage.AFTER)
    if enrolment.completed_at is None:
        raise EvaluationNotAvailable("You can evaluate the course once you have passed its quiz.")


def _rating_errors(enrolment: Enrolment, ratings: Mapping[int, int]) -> dict[str, str]:
    expected = set(enrolment.course.competencies.values_list("pk", flat=True))
    errors = {}
    if set(ratings) - expected:
        errors["ratings"] = "Rate only the topics of this course"
    for competency_id in expected:
        if ratings.get(competency_id) not in SCALE:
            errors[f"confidence-{competency_id}"] = "Select how confident you feel"
    return errors


def _ratings_save(evaluation: CourseEvaluation, stage: str, ratings: Mapping[int, int]) -> None:
    ConfidenceRating.objects.bulk_create(
        ConfidenceRating(evaluation=evaluation, competency_id=competency_id, stage=stage, rating=rating)
        for competency_id, rating in sorted(ratings.items())
    )


def _stage_close(evaluation: CourseEvaluation, field: str, now: datetime, **values) -> None:
    """The conditional update is the guard that holds on every database: only one request moves
    a stage from open to answered or skipped."""
    stage = field.split("_")[0]
    closed = CourseEvaluation.objects.filter(
        pk=evaluation.pk, **{f"{stage}_at__isnull": True, f"{stage}_skipped_at__isnull": True}
    ).update(**{field: now}, **values)
    if not closed:
        evaluation.refresh_from_db()
        raise EvaluationAlreadyGiven(evaluation, stage)
    evaluation.refresh_from_db()


def _certificate_release(enrolment: Enrolment, now: datetime) -> None:
    """Issue the certificate held for the latest attempt, if it passed and has none yet."""
    if attempt := held_attempt(enrolment):
        certificate_issue(attempt=attempt, now=now)


@transaction.atomic
def evaluation_before_record(
    *, enrolment: Enrolment, ratings: Mapping[int, int], now: datetime | None = None
) -> CourseEvaluation:
    """Record the learner's confidence, per competency of the course, as they start it.
    ratings: {competency id: 1..4}, one for every competency of the course."""
    now = now or timezone.now()
    enrolment, evaluation = _locked(enrolment)
    _check_before_open(enrolment, evaluation)
    if not enrolment.course.competencies.exists():
        raise EvaluationNotAvailable("This course has no confidence questions.")
    if errors := _rating_errors(enrolment, ratings):
        raise InvalidEvaluation(errors)
    _stage_close(evaluation, "before_at", now)
    _ratings_save(evaluation, ConfidenceStage.BEFORE, ratings)
    return evaluation


@transaction.atomic
def evaluation_before_skip(*, enrolment: Enrolment, now: datetime | None = None) -> CourseEvaluation:
    now = now or timezone.now()
    enrolment, evaluation = _locked(enrolment)
    _check_before_open(enrolment, evaluation)
    _stage_close(evaluation, "before_skipped_at", now)
    return evaluation


@transaction.atomic
def evaluation_after_record(
    *,
    enrolment: Enrolment,
    ratings: Mapping[int, int],
    met_aims: int,
    relevant: int,
    useful: int,
    action: str = "",
    now: datetime | None = None,
) -> CourseEvaluation:
    """Record confidence and the validation questions once the learner has passed, and issue the
    certificate the course was holding for the evaluation."""
    now = now or timezone.now()
    enrolment, evaluation = _locked(enrolment)
    _check_after_open(enrolment, evaluation)
    errors = _rating_errors(enrolment, ratings)
    for name, value in (("met_aims", met_aims), ("relevant", relevant), ("useful", useful)):
        if value not in SCALE:
            errors[name] = "Select how satisfied you are"
    action = (action or "").strip()
    if len(action) > ACTION_MAX_LENGTH:
        errors["action"] = f"Write {ACTION_MAX_LENGTH} characters or fewer"
    if errors:
        raise InvalidEvaluation(errors)
    _stage_close(evaluation, "after_at", now, met_aims=met_aims, relevant=relevant, useful=useful, action=action)
    _ratings_save(evaluation, ConfidenceStage.AFTER, ratings)
    _certificate_release(enrolment, now)
    return evaluation


@transaction.atomic
def evaluation_after_skip(*, enrolment: Enrolment, now: datetime | None = None) -> CourseEvaluation:
    """Skip the evaluation at completion, unless the course is holding the certificate for it."""
    now = now or timezone.now()
    enrolment, evaluation = _locked(enrolment)
    _check_after_open(enrolment, evaluation)
    if enrolment.course.evaluation_required and held_attempt(enrolment) is not None:
        raise EvaluationRequired()
    _stage_close(evaluation, "after_skipped_at", now)
    # A course that stopped requiring the evaluation releases a certificate it was holding.
    _certificate_release(enrolment, now)
    return evaluation
