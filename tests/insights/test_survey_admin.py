"""Workforce analysts publish training-needs surveys in the Wagtail admin; editors without the
group, learners and managers never edit them."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.authoring import competency_upsert
from elearning.insights.models import Survey, SurveyOptionKind

pytestmark = pytest.mark.django_db


def survey_form(competencies, **overrides):
    data = {
        "title": "2026 workforce survey",
        "slug": "workforce-2026",
        "intro": "Help us plan next year's training.",
        "opens_on": "2026-01-05",
        "closes_on": "2026-02-28",
        "live": True,
        "options": inline_formset(
            [
                {"kind": SurveyOptionKind.TOPIC, "label": "Online grooming", "ORDER": 1},
                {"kind": SurveyOptionKind.FORMAT, "label": "E-learning", "ORDER": 2},
                {"kind": SurveyOptionKind.TOPIC, "label": "County lines", "ORDER": 3},
            ]
        ),
        **overrides,
    }
    form = nested_form_data(data)
    form["competencies"] = [str(c.pk) for c in competencies]  # a list, which nested_form_data would number
    return form


@pytest.fixture
def competencies(db):
    return [
        competency_upsert(slug="signs", name="Recognising signs"),
        competency_upsert(slug="report", name="Reporting"),
    ]


def test_an_analyst_publishes_a_survey_with_ordered_options(analyst, analyst_client, competencies):
    assert analyst_client.get(reverse("surveys:add")).status_code == 200
    response = analyst_client.post(reverse("surveys:add"), survey_form(competencies))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    survey = Survey.objects.get()
    assert survey.live and survey.opens_on == datetime.date(2026, 1, 5)
    assert list(survey.options.order_by("sort_order").values_list("label", flat=True)) == [
        "Online grooming",
        "E-learning",
        "County lines",
    ]
    assert set(survey.competencies.all()) == set(competencies)
    assert ModelLogEntry.objects.filter(action="wagtail.create", user=analyst).exists()


def test_the_admin_refuses_a_survey_that_closes_before_it_opens(analyst_client, competencies):
    response = analyst_client.post(reverse("surveys:add"), survey_form(competencies, closes_on="2025-12-31"))
    assert response.status_code == 200
    assert not Survey.objects.exists()


def test_an_analyst_sees_surveys_under_insights(analyst_client):
    html = analyst_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("surveys:index") in html


def test_editors_without_the_analyst_group_cannot_edit_surveys(editor_client, competencies):
    response = editor_client.get(reverse("surveys:index"))
    assert response.status_code in (302, 403)
    editor_client.post(reverse("surveys:add"), survey_form(competencies))
    assert not Survey.objects.exists()
    assert reverse("surveys:index") not in editor_client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("persona", ["learner_client", "manager_a_client", "anonymous_client"])
def test_learners_managers_and_visitors_never_reach_the_survey_admin(request, persona, competencies):
    client = request.getfixturevalue(persona)
    response = client.get(reverse("surveys:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    client.post(reverse("surveys:add"), survey_form(competencies))
    assert not Survey.objects.exists()
