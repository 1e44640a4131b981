"""Writes for the training-needs survey."""

import datetime
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from elearning.people.models import District, OrganisationKind, Sector

from ..models import Survey, SurveyConfidence, SurveyOption, SurveyResponse
from .errors import InvalidSurveyResponse, SurveyAlreadyAnswered, SurveyClosed, TooManyResponses
from .selectors import anonymous_responses_since

# How many anonymous answers one browser address and user agent may give a survey in a day. More
# than one: colleagues share a computer or an office's address.
ANONYMOUS_RESPONSES_PER_KEY_PER_DAY = 3
COMMENTS_MAX_LENGTH = 3000
JOB_ROLE_MAX_LENGTH = 100


@dataclass(frozen=True)
class SurveyAnswers:
    sector: str
    district_id: int | None
    ratings: Mapping[int, int]
    job_role: str = ""
    organisation_kind: str = ""
    option_ids: Collection[int] = ()
    comments: str = ""


def _errors(survey: Survey, answers: SurveyAnswers) -> dict[str, str]:
    errors = {}
    if answers.sector not in Sector.values:
        errors["sector"] = "Select your agency or sector"
    if answers.organisation_kind and answers.organisation_kind not in OrganisationKind.values:
        errors["organisation_kind"] = "Select the kind of organisation you work for"
    if answers.district_id is None or not District.objects.filter(pk=answers.district_id).exists():
        errors["district"] = "Select the district you work in"
    if len(answers.job_role) > JOB_ROLE_MAX_LENGTH:
        errors["job_role"] = f"Write your role in {JOB_ROLE_MAX_LENGTH} characters or fewer"
    if len(answers.comments) > COMMENTS_MAX_LENGTH:
        errors["comments"] = f"Write {COMMENTS_MAX_LENGTH} characters or fewer"
    competencies = {competency.pk for competency in survey.competencies.all()}
    if set(answers.ratings) - competencies:
        errors["ratings"] = "Rate only the topics of this survey"
    for competency_id in competencies:
        if answers.ratings.get(competency_id) not in range(1, 5):
            errors[f"confidence-{competency_id}"] = "Select how confident you feel"
    options = set(
        SurveyOption.objects.filter(survey=survey, pk__in=set(answers.option_ids)).values_list("pk", flat=True)
    )
    if set(answers.option_ids) - options:
        errors["options"] = "Select from the options shown"
    return errors


@transaction.atomic
def survey_response_submit(
    *,
    survey: Survey,
    respondent,
    answers: SurveyAnswers,
    anonymous_key: str = "",
    now: datetime.datetime | None = None,
) -> SurveyResponse:
    """Record one answer to an open survey: one per signed-in person (the database holds that
    too), and a few a day per anonymous key (a salted hash of the address and user agent)."""
    now = now or timezone.now()
    if not survey.is_open(timezone.localdate(now)):
        raise SurveyClosed("This survey is closed.")
    signed_in = respondent is not None and respondent.is_authenticated
    if signed_in:
        if SurveyResponse.objects.filter(survey=survey, respondent=respondent).exists():
            raise SurveyAlreadyAnswered()
        anonymous_key = ""
    else:
        respondent = None
        if not anonymous_key:
            raise ValueError("An anonymous answer needs its anonymous key.")
        since = now - datetime.timedelta(days=1)
        if anonymous_responses_since(survey=survey, anonymous_key=anonymous_key, since=since) >= (
            ANONYMOUS_RESPONSES_PER_KEY_PER_DAY
        ):
            raise TooManyResponses()
    if errors := _errors(survey, answers):
        raise InvalidSurveyResponse(errors)
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                survey=survey,
                respondent=respondent,
                submitted_at=now,
                sector=answers.sector,
                job_role=answers.job_role.strip(),
                district_id=answers.district_id,
                organisation_kind=answers.organisation_kind,
                comments=answers.comments.strip(),
                anonymous_key=anonymous_key,
            )
    except IntegrityError as error:
        # Two tabs submitting at once: the unique constraint lets one through.
        raise SurveyAlreadyAnswered() from error
    response.options.set(sorted(set(answers.option_ids)))
    SurveyConfidence.objects.bulk_create(
        SurveyConfidence(response=response, competency_id=competency_id, rating=rating)
        for competency_id, rating in sorted(answers.ratings.items())
    )
    return response
