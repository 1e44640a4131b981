from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from courses.models import TrainingSettings
from courses.organisations.selectors import trained_venues_queryset
from elearning.people.models import MembershipRole, OrganisationKind, OrganisationStatus
from tests.courses.organisation_data import certify, require
from tests.factories import MembershipFactory, OrganisationFactory, make_course

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def hotel_course(db):
    course = make_course(slug="hotels-op-makesafe")
    require(OrganisationKind.HOTEL, course)
    return course


def venue(name, *, trained, headcount=10, listed=True, status=OrganisationStatus.APPROVED, course, expired=0):
    organisation = OrganisationFactory(
        name=name,
        kind=OrganisationKind.HOTEL,
        declared_headcount=headcount,
        on_public_register=listed,
        status=status,
        address="1 High Street\nHarrogate",
    )
    for n in range(trained):
        user = MembershipFactory(organisation=organisation).user
        certify(user, course, issued_on=TODAY - timedelta(days=100 - n), expires_on=TODAY + timedelta(days=200))
    for _ in range(expired):
        user = MembershipFactory(organisation=organisation).user
        certify(user, course, issued_on=TODAY - timedelta(days=400), expires_on=TODAY - timedelta(days=1))
    return organisation


def names(**kwargs):
    return [o.name for o in trained_venues_queryset(threshold_percent=80, **kwargs)]


def test_a_venue_at_the_threshold_is_listed_and_one_below_is_not(hotel_course):
    venue("At Threshold Inn", trained=8, course=hotel_course)
    venue("Below Lodge", trained=7, expired=3, course=hotel_course)
    assert names() == ["At Threshold Inn"]


def test_opted_out_pending_and_headcount_zero_venues_are_never_listed(hotel_course):
    venue("Opted Out", trained=10, listed=False, course=hotel_course)
    venue("Pending Place", trained=10, status=OrganisationStatus.PENDING, course=hotel_course)
    venue("No Headcount", trained=3, headcount=0, course=hotel_course)
    assert names() == []


def test_a_venue_drops_off_when_certificates_expire(hotel_course):
    organisation = venue("Fading Hotel", trained=8, course=hotel_course)
    assert names() == ["Fading Hotel"]
    assert names(today=TODAY + timedelta(days=200)) == []
    assert organisation.on_public_register  # still opted in: it returns once staff retrain


def test_the_register_page_shows_town_district_and_trained_since(client, hotel_course):
    organisation = venue("Grand Hotel", trained=9, course=hotel_course)
    response = client.get(reverse("courses:trained_venues"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Grand Hotel" in content and "Harrogate" in content and organisation.district.name in content
    entry = response.context["entries"][0]
    assert entry.trained_since == TODAY - timedelta(days=100)
    assert client.get(reverse("courses:trained_venues"), {"q": "nothing like it"}).context["entries"] == []
    assert len(client.get(reverse("courses:trained_venues"), {"q": "grand"}).context["entries"]) == 1


def test_the_threshold_is_a_staff_setting(client, hotel_course):
    venue("Seventy Percent", trained=7, course=hotel_course)
    assert client.get(reverse("courses:trained_venues")).context["entries"] == []
    settings = TrainingSettings.for_site(Site.objects.get(is_default_site=True))
    settings.register_threshold_percent = 70
    settings.save()
    assert [e.organisation.name for e in client.get(reverse("courses:trained_venues")).context["entries"]] == [
        "Seventy Percent"
    ]


def test_a_hotel_manager_opts_in_and_out(client, hotel_course):
    organisation = venue("Opting Hotel", trained=0, listed=False, course=hotel_course)
    client.force_login(MembershipFactory(organisation=organisation, role=MembershipRole.MANAGER).user)
    page = client.get(reverse("courses:organisation_training", args=[organisation.pk])).content.decode()
    assert "List Opting Hotel on the register" in page
    url = reverse("courses:organisation_register_listing", args=[organisation.pk])
    client.post(url, {"listed": "yes"})
    organisation.refresh_from_db()
    assert organisation.on_public_register
    client.post(url, {"listed": "no"})
    organisation.refresh_from_db()
    assert not organisation.on_public_register
    response = client.post(url, {"listed": "maybe"}, follow=True)
    assert "Choose whether to be listed" in response.content.decode()


def test_a_school_cannot_opt_in(manager_a_client, organisation_a):
    url = reverse("courses:organisation_register_listing", args=[organisation_a.pk])
    response = manager_a_client.post(url, {"listed": "yes"}, follow=True)
    assert "Only hotels and night-time venues" in response.content.decode()
    organisation_a.refresh_from_db()
    assert not organisation_a.on_public_register
