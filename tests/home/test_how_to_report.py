"""The how-to-report page: the national numbers for everyone, and the local numbers of the district
a visitor chooses, or of the signed-in user's own district."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from home.authoring import how_to_report_page_upsert
from home.models import HomePage
from tests.factories import DistrictFactory, PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/how-to-report/"


@pytest.fixture
def page(db):
    return how_to_report_page_upsert(
        parent=HomePage.objects.get(),
        title="How to report a concern",
        intro="<p>Tell someone today.</p>",
        body=[("rich_text", "<p>What happens next.</p>")],
    )


@pytest.fixture
def rotherham(db):
    return DistrictFactory(
        name="Rotherham",
        partnership=PartnershipFactory(name="Rotherham Safeguarding Children Partnership"),
        police_campaign_name="Operation Makesafe",
        childrens_social_care_name="Rotherham Children's Services front door",
        childrens_social_care_phone="01709 336080",
        childrens_social_care_email="front.door@example.org",
        childrens_social_care_url="https://example.org/front-door",
        out_of_hours_phone="01709 336999",
    )


def assert_shows_contacts_of(html: str, district) -> None:
    assert f"Contacts for {escape(district.name)}" in html
    assert escape(district.childrens_social_care_name) in html
    assert district.childrens_social_care_phone in html
    assert district.out_of_hours_phone in html
    assert "tel:999" in html
    assert "tel:101" in html
    assert "Crimestoppers" in html


def assert_shows_an_error(response, message: str) -> None:
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert "govuk-error-summary" in html
    assert f'<a href="#id_district">{message}</a>' in html  # the summary links to the field
    assert 'id="id_district-error"' in html  # and the field shows the error too
    assert "Contacts for" not in html
    # The national numbers still show: a mistyped address must not hide 999.
    assert "tel:999" in html
    assert "Crimestoppers" in html


def test_it_shows_the_chosen_districts_numbers(page, rotherham, anonymous_client):
    response = anonymous_client.get(URL, {"district": rotherham.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert_shows_contacts_of(html, rotherham)
    assert "front.door@example.org" in html
    assert "https://example.org/front-door" in html
    assert "“Operation Makesafe”" in html
    assert f'<option value="{rotherham.pk}" selected>Rotherham</option>' in html


def test_it_groups_the_districts_by_partnership_in_a_labelled_select(page, rotherham, anonymous_client):
    DistrictFactory(name="Harrogate", partnership=PartnershipFactory(name="North Yorkshire Partnership"))
    html = anonymous_client.get(URL).content.decode()
    assert '<label class="govuk-label" for="id_district">Which area is the child in?</label>' in html
    assert '<optgroup label="North Yorkshire Partnership">' in html
    assert '<optgroup label="Rotherham Safeguarding Children Partnership">' in html
    assert 'method="get"' in html
    assert ">Show contacts</button>" in html


def test_it_defaults_to_the_signed_in_learners_district(page, learner, learner_client, rotherham):
    html = learner_client.get(URL).content.decode()
    assert_shows_contacts_of(html, learner.district)
    assert escape(rotherham.childrens_social_care_name) not in html
    assert f'<option value="{learner.district_id}" selected>' in html


def test_a_learner_can_look_up_another_district(page, learner_client, rotherham):
    html = learner_client.get(URL, {"district": rotherham.pk}).content.decode()
    assert_shows_contacts_of(html, rotherham)


def test_an_anonymous_visitor_sees_the_national_numbers_and_no_error(page, anonymous_client):
    response = anonymous_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" not in html
    assert "Numbers for anywhere in the UK" in html
    assert "tel:999" in html
    assert "0800 555 111" in html


@pytest.mark.parametrize(
    "value",
    [
        "999999",  # no such district
        "abc",
        "1.5",
        "-1",
        "1 OR 1=1",
        "\x00",
        "9" * 5000,  # far past any integer column
    ],
)
def test_an_unknown_or_malformed_district_is_a_clear_error(page, rotherham, anonymous_client, value):
    response = anonymous_client.get(URL, {"district": value})
    assert_shows_an_error(response, "Select an area from the list")


def test_an_empty_choice_asks_for_an_area(page, rotherham, anonymous_client):
    assert_shows_an_error(anonymous_client.get(URL, {"district": ""}), "Select the area the child is in")


def test_a_forged_district_does_not_fall_back_to_the_learners_own(page, learner_client):
    response = learner_client.get(URL, {"district": "0"})
    assert_shows_an_error(response, "Select an area from the list")


def test_it_sets_no_cookie_for_an_anonymous_visitor(page, rotherham, anonymous_client):
    # Nothing but the query string and the user's district shapes the page: no session, no CSRF
    # token, so a cache in front of it can serve anonymous visitors.
    response = anonymous_client.get(URL, {"district": rotherham.pk})
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def count_queries(client, url) -> int:
    client.get(url)  # warm the caches every request shares (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_it_runs_the_same_queries_for_1_and_12_districts(page, client):
    learner = UserFactory()
    client.force_login(learner)
    chosen_url = f"{URL}?district={learner.district_id}"
    one = [count_queries(client, URL), count_queries(client, chosen_url)]
    for n in range(11):
        DistrictFactory(partnership=PartnershipFactory(name=f"Partnership {n % 3}"))
    twelve = [count_queries(client, URL), count_queries(client, chosen_url)]
    assert one == twelve
    assert max(twelve) <= 10
