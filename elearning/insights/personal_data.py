"""What insights holds about a person, for "Your data". Registered from InsightsConfig.ready()
into elearning.people.privacy_registry.

A survey response stays in the figures when its respondent erases their account, but loses the
free text they wrote (comments, job role) and its link to them; an analyst's scope goes. The
organisations an erased learner belonged to are kept for the rollups (LearnerOrganisation, against
their anonymised user row), so that each organisation's figures stay as they were."""

from elearning.people.models import Membership
from elearning.people.privacy_registry import ErasureContext, register_personal_data

from .models import AnalystScope, LearnerOrganisation, SurveyResponse


def export_survey_responses(user) -> list[dict]:
    responses = (
        SurveyResponse.objects.filter(respondent=user)
        .select_related("survey", "district")
        .prefetch_related("options")
        .order_by("submitted_at")
    )
    return [
        {
            "survey": response.survey.title,
            "submitted_at": response.submitted_at,
            "sector": response.sector,
            "job_role": response.job_role,
            "district": response.district.name if response.district_id else "",
            "organisation_kind": response.organisation_kind,
            "options": sorted(str(option) for option in response.options.all()),
            "comments": response.comments,
        }
        for response in responses
    ]


def erase_survey_responses(user, context: ErasureContext) -> None:
    SurveyResponse.objects.filter(respondent=user).update(comments="", job_role="", respondent=None)


def export_analyst_scope(user) -> list[str]:
    scope = AnalystScope.objects.filter(user=user).first()
    return sorted(p.name for p in scope.partnerships.all()) if scope else []


def erase_analyst_scope(user, context: ErasureContext) -> None:
    AnalystScope.objects.filter(user=user).delete()


def export_organisations_counted(user) -> list[dict]:
    links = LearnerOrganisation.objects.filter(learner=user).select_related("organisation").order_by("pk")
    return [
        {"organisation": link.organisation.name if link.organisation else "", "kind": link.organisation_kind}
        for link in links
    ]


def keep_organisations_counted(user, context: ErasureContext) -> None:
    """Runs before people deletes the memberships: the figures of each organisation the learner
    belonged to keep their anonymous records (the rows hold ids and a kind, nothing that names them)."""
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    LearnerOrganisation.objects.filter(learner=user).delete()
    LearnerOrganisation.objects.bulk_create(
        LearnerOrganisation(
            learner=user,
            organisation_id=membership.organisation_id,
            organisation_kind=membership.organisation.kind,
            kept=True,
        )
        for membership in memberships
    )


def register() -> None:
    register_personal_data(
        name="organisations_counted",
        models=["insights.LearnerOrganisation"],
        export=export_organisations_counted,
        erase=keep_organisations_counted,
        erase_order=5,  # before people's memberships (10) are deleted
        description="The organisations your training records are counted under in anonymous figures",
    )
    register_personal_data(
        name="survey_responses",
        models=["insights.SurveyResponse"],
        export=export_survey_responses,
        erase=erase_survey_responses,
    )
    register_personal_data(
        name="analyst_scope",
        models=["insights.AnalystScope"],
        export=export_analyst_scope,
        erase=erase_analyst_scope,
    )
