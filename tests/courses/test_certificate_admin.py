import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from courses.models import Certificate
from tests.courses.test_certificates import pass_course
from tests.factories import UserFactory
from tests.mfa import give_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificates(course):
    holders = [
        UserFactory(full_name=name, email=f"{name.split()[0].lower()}@example.org") for name in ("Ann Able", "Ben Bold")
    ]
    for holder in holders:
        pass_course(holder, course)
    return list(Certificate.objects.order_by("holder_name"))


@pytest.fixture
def moderator_client(client):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    give_totp(user)  # staff reach the admin only with two-factor authentication
    client.force_login(user)
    return client


def listing(client, **params):
    return client.get(reverse("certificates:index"), params)


def test_staff_find_a_certificate_by_code_typed_any_way(editor_client, certificates):
    wanted = certificates[1]
    response = listing(editor_client, q=wanted.code.lower())
    assert [c.pk for c in response.context["object_list"]] == [wanted.pk]


@pytest.mark.parametrize(("query", "name"), [("Ann", "Ann Able"), ("ben@example.org", "Ben Bold")])
def test_staff_find_certificates_by_name_or_email(editor_client, certificates, query, name):
    response = listing(editor_client, q=query)
    assert [c.holder_name for c in response.context["object_list"]] == [name]


def test_staff_filter_by_status(editor_client, certificates, superuser):
    from courses.services import certificate_revoke

    certificate_revoke(certificate=certificates[0], user=superuser, reason="test")
    assert [c.pk for c in listing(editor_client, status="revoked").context["object_list"]] == [certificates[0].pk]
    assert [c.pk for c in listing(editor_client, status="valid").context["object_list"]] == [certificates[1].pk]


def test_staff_export_csv(editor_client, certificates):
    response = listing(editor_client, export="csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {row["Code"] for row in rows} == {c.display_code for c in certificates}
    assert {row["Email"] for row in rows} == {"ann@example.org", "ben@example.org"}


def test_a_moderator_revokes_with_a_reason(moderator_client, certificates):
    target = certificates[0]
    url = reverse("certificates:revoke", args=[target.pk])
    assert moderator_client.get(url).status_code == 200
    response = moderator_client.post(url, {"reason": ""})
    assert response.status_code == 200
    target.refresh_from_db()
    assert target.revoked_at is None
    response = moderator_client.post(url, {"reason": "Taken for someone else"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.revocation_reason == "Taken for someone else"


def test_editors_see_certificates_but_cannot_revoke(editor_client, certificates):
    assert listing(editor_client).status_code == 200
    assert editor_client.post(
        reverse("certificates:revoke", args=[certificates[0].pk]), {"reason": "x"}
    ).status_code in {302, 403}
    certificates[0].refresh_from_db()
    assert certificates[0].revoked_at is None


@pytest.mark.parametrize("persona", ["learner_client", "anonymous_client"])
def test_learners_and_visitors_cannot_open_the_register(request, certificates, persona):
    client = request.getfixturevalue(persona)
    response = client.get(reverse("certificates:index"))
    assert response.status_code == 302
    response = client.post(reverse("certificates:revoke", args=[certificates[0].pk]), {"reason": "x"})
    assert response.status_code in {302, 403}
    certificates[0].refresh_from_db()
    assert certificates[0].revoked_at is None


def test_nobody_can_edit_or_delete_a_certificate_in_the_admin(superuser_client, certificates):
    html = listing(superuser_client).content.decode()
    assert "/admin/certificates/edit/" not in html
    assert "/admin/certificates/delete/" not in html
    assert superuser_client.get(f"/admin/certificates/edit/{certificates[0].pk}/").status_code == 404
