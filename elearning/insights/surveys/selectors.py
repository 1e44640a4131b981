"""Reads for answering a survey."""

import datetime

from django.db.models import Q

from elearning.people.models import Membership

from ..models import Survey, SurveyResponse


def survey_for_answering(slug: str) -> Survey | None:
    """A live survey by its slug, with what its form needs; None for unknown or unpublished ones."""
    return Survey.objects.filter(slug=slug, live=True).prefetch_related("competencies", "options").first()


def survey_options(survey: Survey, kind: str):
    return survey.options.filter(kind=kind).order_by("sort_order", "pk")


def survey_state(survey: Survey, today: datetime.date) -> str:
    """ "open", "not_open_yet" or "closed"."""
    if today < survey.opens_on:
        return "not_open_yet"
    if today > survey.closes_on:
        return "closed"
    return "open"


def has_answered(*, survey: Survey, user) -> bool:
    return user.is_authenticated and SurveyResponse.objects.filter(survey=survey, respondent=user).exists()


def anonymous_responses_since(*, survey: Survey, anonymous_key: str, since: datetime.datetime) -> int:
    return SurveyResponse.objects.filter(
        Q(respondent__isnull=True), survey=survey, anonymous_key=anonymous_key, submitted_at__gte=since
    ).count()


def profile_initial(user) -> dict:
    """What the signed-in person's profile already says, to fill the survey in for them."""
    if not user.is_authenticated:
        return {}
    initial = {"sector": user.sector, "job_role": user.job_role, "district": user.district_id}
    kinds = list(
        Membership.objects.filter(user=user)
        .order_by("joined_at")
        .values_list("organisation__kind", flat=True)
        .distinct()[:1]
    )
    if kinds:
        initial["organisation_kind"] = kinds[0]
    return {name: value for name, value in initial.items() if value}
