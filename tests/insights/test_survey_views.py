"""Answering the training-needs survey at /surveys/<slug>/: signed in once only, anonymously with
protection against trivial ballot stuffing, never for a closed or unpublished survey, and never a
500 for forged input."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.authoring import competency_upsert
from elearning.insights.models import Survey, SurveyConfidence, SurveyOption, SurveyOptionKind, SurveyResponse
from elearning.insights.surveys import services as survey_services
from elearning.insights.surveys import views as survey_views
from elearning.people.models import OrganisationKind, Sector
from tests.factories import DistrictFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def make_survey(*, slug="workforce-2026", live=True, opens=-10, closes=30, competencies=("signs", "reporting")):
    today = timezone.localdate()
    survey = Survey.objects.create(
        title="2026 workforce survey",
        slug=slug,
        intro="Help us plan next year's training.",
        opens_on=today + datetime.timedelta(days=opens),
        closes_on=today + datetime.timedelta(days=closes),
        live=live,
    )
    survey.competencies.set(
        [competency_upsert(slug=name, name=f"{name.capitalize()} competency") for name in competencies]
    )
    survey.save()  # a ParentalManyToManyField is written when its object is saved
    for order, (kind, label) in enumerate(
        [
            (SurveyOptionKind.TOPIC, "Online grooming"),
            (SurveyOptionKind.TOPIC, "County lines"),
            (SurveyOptionKind.FORMAT, "E-learning"),
            (SurveyOptionKind.FORMAT, "Face-to-face workshop"),
        ]
    ):
        SurveyOption.objects.create(survey=survey, kind=kind, label=label, sort_order=order)
    return survey


@pytest.fixture
def survey(db):
    return make_survey()


@pytest.fixture
def district(db):
    return DistrictFactory(name="Harrogate")


def url(survey):
    return reverse("insights:survey", args=[survey.slug])


def option(survey, label):
    return survey.options.get(label=label)


def answers(survey, district, /, **overrides) -> dict:
    data = {
        "sector": Sector.HOTEL,
        "organisation_kind": OrganisationKind.HOTEL,
        "job_role": "Night manager",
        "district": str(district.pk),
        "topics": [str(option(survey, "County lines").pk)],
        "formats": [str(option(survey, "E-learning").pk), str(option(survey, "Face-to-face workshop").pk)],
        "comments": "More on spotting signs at check-in.",
    }
    for competency in survey.competencies.all():
        data[f"confidence-{competency.pk}"] = "2"
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_anyone_with_the_link_can_answer_and_is_thanked(anonymous_client, survey, district):
    html = anonymous_client.get(url(survey)).content.decode()
    assert "2026 workforce survey" in html
    assert "Help us plan next year&#x27;s training." in html
    for text in (
        "Which agency or sector do you work in?",
        "Which district do you work in?",
        "Online grooming",
        "Face-to-face workshop",
        "How confident do you feel about signs competency?",
    ):
        assert text in html
    response = anonymous_client.post(url(survey), answers(survey, district), follow=True)
    assert response.redirect_chain[-1][0] == reverse("insights:survey_thanks", args=[survey.slug])
    assert "Thank you" in response.content.decode()
    response_row = SurveyResponse.objects.get()
    assert response_row.respondent is None
    assert response_row.anonymous_key and len(response_row.anonymous_key) == 64
    assert (response_row.sector, response_row.job_role, response_row.district) == (
        Sector.HOTEL,
        "Night manager",
        district,
    )
    assert response_row.organisation_kind == OrganisationKind.HOTEL
    assert sorted(response_row.options.values_list("label", flat=True)) == [
        "County lines",
        "E-learning",
        "Face-to-face workshop",
    ]
    assert sorted(SurveyConfidence.objects.values_list("rating", flat=True)) == [2, 2]


def test_a_signed_in_person_finds_the_form_filled_in_from_their_profile(learner, learner_client, survey):
    organisation = OrganisationFactory(name="Beckside Hotel", kind=OrganisationKind.HOTEL)
    MembershipFactory(organisation=organisation, user=learner)
    form = learner_client.get(url(survey)).context["form"]
    assert form["sector"].value() == learner.sector
    assert form["job_role"].value() == learner.job_role
    assert form["district"].value() == learner.district_id
    assert form["organisation_kind"].value() == OrganisationKind.HOTEL


def test_a_signed_in_person_answers_once_only(learner, learner_client, survey, district):
    learner_client.post(url(survey), answers(survey, district))
    assert SurveyResponse.objects.get().respondent == learner
    assert SurveyResponse.objects.get().anonymous_key == ""
    html = learner_client.get(url(survey)).content.decode()
    assert "You have already answered this survey" in html
    response = learner_client.post(url(survey), answers(survey, district, job_role="Someone else"))
    assert "You have already answered this survey" in response.content.decode()
    assert SurveyResponse.objects.count() == 1
    assert SurveyResponse.objects.get().job_role == "Night manager"


def test_a_second_person_on_the_same_computer_can_answer_when_signed_in(
    learner_client, other_learner_client, survey, district
):
    learner_client.post(url(survey), answers(survey, district))
    other_learner_client.post(url(survey), answers(survey, district))
    assert SurveyResponse.objects.count() == 2


def test_a_browser_that_has_answered_anonymously_is_told_so(anonymous_client, survey, district):
    anonymous_client.post(url(survey), answers(survey, district))
    assert "You have already answered this survey" in anonymous_client.get(url(survey)).content.decode()
    response = anonymous_client.post(url(survey), answers(survey, district))
    assert "You have already answered this survey" in response.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_a_forged_answered_cookie_is_ignored(client, survey):
    client.cookies[f"survey-{survey.pk}-answered"] = "1"
    assert "Which district do you work in?" in client.get(url(survey)).content.decode()


def test_the_same_address_and_browser_give_only_a_few_answers_a_day(client, survey, district):
    for _ in range(survey_services.ANONYMOUS_RESPONSES_PER_KEY_PER_DAY + 2):
        client.cookies.clear()  # a ballot stuffer clears the cookie each time
        response = client.post(url(survey), answers(survey, district), HTTP_USER_AGENT="Stuffer/1.0")
    assert "We have already had several answers from this device today." in response.content.decode()
    assert SurveyResponse.objects.count() == survey_services.ANONYMOUS_RESPONSES_PER_KEY_PER_DAY


def test_another_browser_at_the_same_address_counts_apart(client, survey, district):
    for agent in ("Browser/1", "Browser/2"):
        for _ in range(survey_services.ANONYMOUS_RESPONSES_PER_KEY_PER_DAY):
            client.cookies.clear()
            client.post(url(survey), answers(survey, district), HTTP_USER_AGENT=agent)
    assert SurveyResponse.objects.count() == 2 * survey_services.ANONYMOUS_RESPONSES_PER_KEY_PER_DAY
    assert SurveyResponse.objects.values("anonymous_key").distinct().count() == 2


def test_anonymous_submits_are_rate_limited_per_address(client, survey, district, monkeypatch):
    monkeypatch.setattr(survey_views, "RATE_LIMIT", (2, 3600))
    statuses = []
    for n in range(3):
        client.cookies.clear()
        statuses.append(client.post(url(survey), answers(survey, district), HTTP_USER_AGENT=f"Agent {n}").status_code)
    assert statuses == [302, 302, 429]
    assert SurveyResponse.objects.count() == 2
    other = make_survey(slug="another-survey")
    client.cookies.clear()
    assert client.post(url(other), answers(other, district)).status_code == 302, "the limit is per survey"


def test_a_closed_survey_says_so_and_takes_no_answers(anonymous_client, district):
    survey = make_survey(opens=-30, closes=-1)
    html = anonymous_client.get(url(survey)).content.decode()
    assert "This survey is closed" in html
    anonymous_client.post(url(survey), answers(survey, district))
    assert not SurveyResponse.objects.exists()


def test_a_survey_not_open_yet_says_when_it_opens(anonymous_client):
    survey = make_survey(opens=3, closes=30)
    html = anonymous_client.get(url(survey)).content.decode()
    assert "This survey is not open yet" in html


def test_an_unpublished_survey_is_not_found(anonymous_client, learner_client, district):
    survey = make_survey(live=False)
    assert anonymous_client.get(url(survey)).status_code == 404
    assert learner_client.post(url(survey), answers(survey, district)).status_code == 404
    assert anonymous_client.get(reverse("insights:survey_thanks", args=[survey.slug])).status_code == 404
    assert anonymous_client.get("/surveys/no-such-survey/").status_code == 404
    assert not SurveyResponse.objects.exists()


def test_missing_answers_show_the_error_summary_and_keep_nothing(anonymous_client, survey, district):
    data = answers(survey, district, sector="", district="")
    data.pop(f"confidence-{survey.competencies.first().pk}")
    response = anonymous_client.post(url(survey), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Select your agency or sector" in html
    assert "Select the district you work in" in html
    assert "Select how confident you feel about" in html
    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("topics", ["999999"], "Select from the options shown"),
        ("topics", ["abc"], "Select from the options shown"),
        ("topics", ["99999999999999999999999"], "Select from the options shown"),
        ("district", "999999", "Select a district from the list"),
        ("district", "1; drop table", "Select a district from the list"),
        ("district", "99999999999999999999999", "Select a district from the list"),
        ("sector", "pirate", "Select your agency or sector"),
        ("organisation_kind", "castle", "Select the kind of organisation you work for"),
        ("comments", "x" * 3001, "Write 3000 characters or fewer"),
    ],
)
def test_forged_values_are_refused_with_a_message(anonymous_client, survey, district, field, value, message):
    response = anonymous_client.post(url(survey), answers(survey, district, **{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_another_surveys_options_and_a_format_given_as_a_topic_are_refused(anonymous_client, survey, district):
    other = make_survey(slug="other-survey")
    for forged in (option(other, "County lines").pk, option(survey, "E-learning").pk):
        response = anonymous_client.post(url(survey), answers(survey, district, topics=[str(forged)]))
        assert "Select from the options shown" in response.content.decode()
    assert not SurveyResponse.objects.exists()


@pytest.mark.parametrize("rating", ["0", "5", "-1", "four", "99999999999999999999"])
def test_out_of_range_confidence_ratings_are_refused(anonymous_client, survey, district, rating):
    competency = survey.competencies.first()
    response = anonymous_client.post(url(survey), answers(survey, district, **{f"confidence-{competency.pk}": rating}))
    assert response.status_code == 200
    assert "Select one of the answers shown" in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_a_survey_with_no_options_or_competencies_still_takes_answers(anonymous_client, district):
    survey = make_survey(slug="bare", competencies=())
    survey.options.all().delete()
    response = anonymous_client.post(
        url(survey), {"sector": Sector.TAXI, "district": str(district.pk), "comments": "Nothing"}
    )
    assert response.status_code == 302
    assert SurveyResponse.objects.get().comments == "Nothing"
