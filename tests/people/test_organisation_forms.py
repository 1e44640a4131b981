import pytest
from django.urls import reverse

from elearning.people.models import Membership, Organisation, OrganisationKind, OrganisationStatus
from tests.factories import DistrictFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

REGISTER = reverse("organisations:register")
PROFILE = reverse("people:profile")


@pytest.fixture
def valid(db):
    return {
        "kind": "school",
        "name": "Oak School",
        "district": DistrictFactory().pk,
        "address": "1 Oak Lane",
        "postcode": "HG1 2AB",
        "urn": "123456",
        "premises_licence_number": "",
        "declared_headcount": "30",
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": ""}, "Select the kind of organisation"),
        ({"kind": "spaceship"}, "Select the kind of organisation"),
        ({"name": ""}, "Enter the organisation&#x27;s name"),
        ({"name": "x" * 201}, "at most 200 characters"),
        ({"district": ""}, "Choose the area it is in"),
        ({"district": "999999"}, "Choose an area from the list"),
        ({"district": "'; drop table"}, "Choose an area from the list"),
        ({"postcode": ""}, "Enter the postcode"),
        ({"postcode": "12345"}, "Enter a real postcode"),
        ({"postcode": "x" * 5000}, "at most 10 characters"),
        ({"urn": ""}, "Enter the school&#x27;s URN"),
        ({"urn": "12345"}, "6 digits"),
        ({"urn": "abcdef"}, "6 digits"),
        ({"declared_headcount": ""}, "Enter how many staff should be trained"),
        ({"declared_headcount": "lots"}, "Enter a whole number"),
        ({"declared_headcount": "0"}, "1 or more"),
        ({"declared_headcount": "-5"}, "1 or more"),
        ({"declared_headcount": "9" * 40}, "100,000 or fewer"),
    ],
)
def test_bad_registrations_get_a_clear_message_and_create_nothing(learner_client, valid, data, message):
    response = learner_client.post(REGISTER, {**valid, **data})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and "<title>Error:" in html
    assert message in html
    assert not Organisation.objects.exists()


def test_a_duplicate_urn_gets_a_clear_message(learner_client, valid):
    OrganisationFactory(urn="123456")
    response = learner_client.post(REGISTER, valid)
    assert "already registered" in response.content.decode()
    assert Organisation.objects.count() == 1


def test_a_hotel_needs_no_urn_and_one_typed_is_dropped(learner_client, learner, valid):
    response = learner_client.post(
        REGISTER, {**valid, "kind": "hotel", "urn": "junk", "premises_licence_number": "PL1"}
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert (organisation.kind, organisation.urn, organisation.status) == ("hotel", "", OrganisationStatus.PENDING)
    assert Membership.objects.get().user == learner


# Profile: licensing authority and badge number


@pytest.fixture
def driver(client):
    user = UserFactory(full_name="Dee Driver", sector="taxi")
    client.force_login(user)
    return user


def _profile(driver, **extra):
    return {
        "full_name": driver.full_name,
        "sector": "taxi",
        "job_role": "Hackney carriage driver",
        "district": driver.district_id,
        **extra,
    }


def test_the_profile_offers_licensing_fields_to_everyone(learner_client):
    html = learner_client.get(PROFILE).content.decode()
    assert "Licensing authority" in html and "Badge number" in html
    assert "Taxi and private hire drivers only" in html


def test_a_driver_adds_their_authority_and_badge(client, driver, licensing_authority):
    response = client.post(
        PROFILE, _profile(driver, licensing_authority=licensing_authority.pk, badge_number=" hd 123 ")
    )
    assert response.status_code == 302
    driver.refresh_from_db()
    assert (driver.licensing_authority, driver.badge_number) == (licensing_authority, "HD123")


def test_a_driver_can_clear_their_authority(client, driver, licensing_authority):
    client.post(PROFILE, _profile(driver, licensing_authority=licensing_authority.pk, badge_number="1"))
    client.post(PROFILE, _profile(driver, licensing_authority="", badge_number=""))
    driver.refresh_from_db()
    assert driver.licensing_authority is None and driver.badge_number == ""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"licensing_authority": "AUTH", "badge_number": ""}, "Enter your badge number"),
        ({"licensing_authority": "", "badge_number": "123"}, "Choose the licensing authority that issued your badge"),
        ({"licensing_authority": "999999", "badge_number": "1"}, "Choose a licensing authority from the list"),
        ({"licensing_authority": "SCHOOL", "badge_number": "1"}, "Choose a licensing authority from the list"),
        ({"licensing_authority": "PENDING", "badge_number": "1"}, "Choose a licensing authority from the list"),
        ({"licensing_authority": "AUTH", "badge_number": "9" * 31}, "30 characters or fewer"),
    ],
)
def test_bad_licensing_details_get_a_clear_message_and_change_nothing(
    client, driver, licensing_authority, organisation_a, extra, message
):
    pending = OrganisationFactory(kind=OrganisationKind.LICENSING_AUTHORITY, status=OrganisationStatus.PENDING)
    ids = {"AUTH": licensing_authority.pk, "SCHOOL": organisation_a.pk, "PENDING": pending.pk}
    extra = {key: ids.get(value, value) for key, value in extra.items()}
    response = client.post(PROFILE, _profile(driver, job_role="Changed", **extra))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    driver.refresh_from_db()
    assert driver.job_role != "Changed" and driver.licensing_authority is None


def test_a_badge_another_driver_registered_gets_a_clear_message(client, driver, licensing_authority):
    UserFactory(licensing_authority=licensing_authority, badge_number="HD123")
    response = client.post(PROFILE, _profile(driver, licensing_authority=licensing_authority.pk, badge_number="hd123"))
    assert response.status_code == 200
    assert "already registered with that licensing authority" in response.content.decode()
    driver.refresh_from_db()
    assert driver.badge_number == ""
