import pytest
from django.urls import reverse

from elearning.people.models import Sector
from tests.factories import DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("people:profile")


@pytest.fixture
def newcomer(client):
    user = UserFactory(full_name="", sector="", job_role="", district=None)
    client.force_login(user)
    return user


def test_it_sends_anonymous_visitors_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_newcomer_is_asked_to_tell_us_about_themselves(client, newcomer):
    html = client.get(URL).content.decode()
    assert "Tell us about yourself" in html
    for label in ("Full name", "Where do you work?", "Job role", "Which area do you work in?"):
        assert label in html


def test_saving_the_profile_keeps_the_name_as_typed_and_returns_to_where_they_were(client, newcomer):
    district = DistrictFactory(name="Harrogate")
    response = client.post(
        URL,
        {
            "full_name": "  Zoë   Łukasz-Ó Súilleabháin ",
            "sector": Sector.HOTEL,
            "job_role": "Night porter",
            "district": district.pk,
            "next": "/my-learning/",
        },
    )
    assert response.status_code == 302
    assert response.url == "/my-learning/"
    newcomer.refresh_from_db()
    assert newcomer.full_name == "Zoë Łukasz-Ó Súilleabháin"
    assert (newcomer.sector, newcomer.job_role, newcomer.district) == (Sector.HOTEL, "Night porter", district)
    assert newcomer.has_complete_profile


def test_it_never_redirects_off_site(client, newcomer):
    district = DistrictFactory()
    response = client.post(
        URL,
        {
            "full_name": "A B",
            "sector": "school",
            "job_role": "Cook",
            "district": district.pk,
            "next": "https://evil.example/",
        },
    )
    assert response.url == reverse("courses:my_learning")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"full_name": ""}, "Enter your full name"),
        ({"sector": "astronaut"}, "Select where you work"),
        ({"sector": ""}, "Select where you work"),
        ({"job_role": ""}, "Enter your job role"),
        ({"district": "999999"}, "Choose an area from the list"),
        ({"district": "not-a-number"}, "Choose an area from the list"),
        ({"district": ""}, "Choose the area you work in"),
        ({"full_name": "x" * 151}, "at most 150 characters"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(client, newcomer, data, message):
    district = DistrictFactory()
    valid = {"full_name": "A Person", "sector": "school", "job_role": "Cook", "district": district.pk}
    response = client.post(URL, {**valid, **data})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert "<title>Error:" in html
    newcomer.refresh_from_db()
    assert not newcomer.has_complete_profile


def test_a_learner_can_only_change_their_own_profile(client, newcomer):
    other = UserFactory(full_name="Untouched")
    client.post(
        URL,
        {"full_name": "Changed", "sector": "school", "job_role": "Cook", "district": other.district_id, "id": other.pk},
    )
    other.refresh_from_db()
    assert other.full_name == "Untouched"
