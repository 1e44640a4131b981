"""The survey service: the rules hold whoever calls it, and the database holds one answer per
person even when two arrive at once."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from elearning.insights.models import SurveyResponse
from elearning.insights.surveys.errors import (
    InvalidSurveyResponse,
    SurveyAlreadyAnswered,
    SurveyClosed,
    TooManyResponses,
)
from elearning.insights.surveys.services import (
    ANONYMOUS_RESPONSES_PER_KEY_PER_DAY,
    SurveyAnswers,
    survey_response_submit,
)
from tests.courses.test_races import run_together
from tests.factories import DistrictFactory, UserFactory
from tests.insights.test_survey_views import make_survey


def answers_for(survey, district, **overrides) -> SurveyAnswers:
    values = {
        "sector": "taxi",
        "district_id": district.pk,
        "ratings": dict.fromkeys(survey.competencies.values_list("pk", flat=True), 3),
        "option_ids": list(survey.options.values_list("pk", flat=True)[:2]),
    }
    return SurveyAnswers(**{**values, **overrides})


@pytest.mark.django_db
def test_it_records_an_answer_with_its_options_and_confidence():
    survey, district = make_survey(), DistrictFactory()
    response = survey_response_submit(
        survey=survey, respondent=None, answers=answers_for(survey, district), anonymous_key="k" * 64
    )
    assert response.options.count() == 2
    assert response.confidence.count() == 2


@pytest.mark.django_db
def test_it_refuses_a_closed_survey():
    survey, district = make_survey(opens=-20, closes=-1), DistrictFactory()
    with pytest.raises(SurveyClosed):
        survey_response_submit(survey=survey, respondent=None, answers=answers_for(survey, district), anonymous_key="k")
    assert not SurveyResponse.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_second_answer_from_one_person():
    survey, district, person = make_survey(), DistrictFactory(), UserFactory()
    survey_response_submit(survey=survey, respondent=person, answers=answers_for(survey, district))
    with pytest.raises(SurveyAlreadyAnswered):
        survey_response_submit(survey=survey, respondent=person, answers=answers_for(survey, district))
    assert SurveyResponse.objects.count() == 1


@pytest.mark.django_db
def test_it_counts_anonymous_answers_per_key_over_the_last_day():
    survey, district = make_survey(), DistrictFactory()
    now = timezone.now()
    for _ in range(ANONYMOUS_RESPONSES_PER_KEY_PER_DAY):
        survey_response_submit(
            survey=survey, respondent=None, answers=answers_for(survey, district), anonymous_key="a", now=now
        )
    with pytest.raises(TooManyResponses):
        survey_response_submit(
            survey=survey, respondent=None, answers=answers_for(survey, district), anonymous_key="a", now=now
        )
    tomorrow = now + datetime.timedelta(days=1, minutes=1)
    survey_response_submit(
        survey=survey, respondent=None, answers=answers_for(survey, district), anonymous_key="a", now=tomorrow
    )
    assert SurveyResponse.objects.count() == ANONYMOUS_RESPONSES_PER_KEY_PER_DAY + 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "overrides",
    [
        {"ratings": {}},
        {"ratings": {999999: 3}},
        {"option_ids": [999999]},
        {"sector": "pirate"},
        {"district_id": 999999},
        {"organisation_kind": "castle"},
    ],
)
def test_it_refuses_forged_answers_and_keeps_nothing(overrides):
    survey, district = make_survey(), DistrictFactory()
    other = make_survey(slug="other")
    if overrides.get("option_ids") == [999999]:
        overrides = {"option_ids": [other.options.first().pk]}
    with pytest.raises(InvalidSurveyResponse):
        survey_response_submit(
            survey=survey, respondent=None, answers=answers_for(survey, district, **overrides), anonymous_key="k"
        )
    assert not SurveyResponse.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="races are only real on PostgreSQL")
def test_two_answers_at_once_from_one_person_leave_one():
    survey, district, person = make_survey(), DistrictFactory(), UserFactory()
    answers = answers_for(survey, district)
    results, errors = run_together(
        *(lambda: survey_response_submit(survey=survey, respondent=person, answers=answers) for _ in range(4))
    )
    assert len(results) == 1
    assert all(isinstance(error, SurveyAlreadyAnswered) for error in errors)
    assert SurveyResponse.objects.count() == 1
