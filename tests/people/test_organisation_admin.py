import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from elearning.people.models import Organisation, OrganisationStatus
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("organisations_admin:index")


@pytest.mark.parametrize("persona", ["editor_client", "superuser_client"])
def test_staff_list_and_search_organisations(request, persona):
    OrganisationFactory(name="Ashdown Primary", postcode="HG1 1AA", urn="111111")
    OrganisationFactory(name="Beckside Hotel", kind="hotel", postcode="YO1 7AA")
    client = request.getfixturevalue(persona)
    response = client.get(INDEX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ashdown Primary" in html and "Beckside Hotel" in html
    for query in ("Ashdown", "111111", "HG1"):
        html = client.get(INDEX, {"q": query}).content.decode()
        assert "Ashdown Primary" in html and "Beckside Hotel" not in html, query


def test_staff_filter_by_status(editor_client):
    OrganisationFactory(name="Waiting School", status=OrganisationStatus.PENDING)
    OrganisationFactory(name="Live School")
    html = editor_client.get(INDEX, {"status": "pending"}).content.decode()
    assert "Waiting School" in html and "Live School" not in html


def test_staff_approve_a_registration_through_the_service(editor_client, editor):
    organisation = OrganisationFactory(name="Waiting School", status=OrganisationStatus.PENDING)
    url = reverse("organisations_admin:decide", args=[organisation.pk])
    assert "Waiting School" in editor_client.get(url).content.decode()
    response = editor_client.post(url, {"decision": "approve"})
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.status == OrganisationStatus.APPROVED and organisation.decided_by == editor
    assert ModelLogEntry.objects.filter(object_id=str(organisation.pk), action="people.organisation.approve").exists()


def test_a_bad_decision_changes_nothing(editor_client):
    organisation = OrganisationFactory(status=OrganisationStatus.PENDING)
    url = reverse("organisations_admin:decide", args=[organisation.pk])
    editor_client.post(url, {"decision": "obliterate"})
    organisation.refresh_from_db()
    assert organisation.status == OrganisationStatus.PENDING


def test_staff_edit_an_organisation(editor_client):
    organisation = OrganisationFactory(name="Old Name", postcode="HG1 1AA")
    url = reverse("organisations_admin:edit", args=[organisation.pk])
    assert editor_client.get(url).status_code == 200


@pytest.mark.parametrize("persona", ["learner_client", "manager_a_client"])
def test_learners_and_managers_cannot_reach_the_admin(request, persona, organisation_a):
    client = request.getfixturevalue(persona)
    before = list(Organisation.objects.values_list("pk", "status"))
    for url in (INDEX, reverse("organisations_admin:decide", args=[organisation_a.pk])):
        assert client.get(url).status_code in (302, 403)
    client.post(reverse("organisations_admin:decide", args=[organisation_a.pk]), {"decision": "reject"})
    assert list(Organisation.objects.values_list("pk", "status")) == before


def test_the_listing_offers_approve_or_reject(editor_client):
    organisation = OrganisationFactory(status=OrganisationStatus.PENDING)
    html = editor_client.get(INDEX).content.decode()
    assert reverse("organisations_admin:decide", args=[organisation.pk]) in html


def test_an_edit_giving_a_hotel_a_urn_gets_a_message_not_a_500(editor_client):
    organisation = OrganisationFactory(name="Beckside Hotel", kind="hotel", urn="")
    url = reverse("organisations_admin:edit", args=[organisation.pk])
    data = {
        "kind": "hotel",
        "name": "Beckside Hotel",
        "district": organisation.district_id,
        "address": "",
        "postcode": "HG1 1AA",
        "urn": "123456",
        "premises_licence_number": "",
        "declared_headcount": "8",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 200
    organisation.refresh_from_db()
    assert organisation.urn == ""
    assert organisation.status == OrganisationStatus.APPROVED
