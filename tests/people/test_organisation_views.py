"""Every organisation URL, tried by the people who must not use it: 404 (or sign in), and
nothing changed. Then the journeys of the people who may."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from elearning.people.models import (
    Invitation,
    JoinRequest,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
)
from elearning.people.organisations import services
from tests.factories import DistrictFactory, MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scene(organisation_a, manager_a, member_a, learner, other_learner):
    """Organisation A with a manager, a member, an open join request, an open invitation and a
    switched-on join code."""
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    join_request = services.join_request_create(code=code, user=other_learner)
    invitation, _token = services.invitation_create(
        organisation=organisation_a, invited_by=manager_a, email="invited@example.org"
    )
    return {
        "organisation": organisation_a,
        "manager": Membership.objects.get(user=manager_a),
        "member": Membership.objects.get(user=member_a),
        "join_request": join_request,
        "invitation": invitation,
        "code": code,
    }


def _snapshot():
    return (
        sorted(Membership.objects.values_list("organisation", "user", "role")),
        sorted(JoinRequest.objects.values_list("pk", "decided_at")),
        sorted(Invitation.objects.values_list("pk", "accepted_at")),
        sorted(Organisation.objects.values_list("pk", "status", "join_code", "join_code_enabled")),
    )


def _manager_only_requests(scene):
    org = scene["organisation"].pk
    return [
        ("get", reverse("organisations:home", args=[org]), {}),
        ("get", reverse("organisations:members", args=[org]), {}),
        ("post", reverse("organisations:invite", args=[org]), {"email": "x@example.org", "role": "manager"}),
        ("post", reverse("organisations:invitation_revoke", args=[org, scene["invitation"].pk]), {}),
        ("post", reverse("organisations:join_code", args=[org]), {"action": "disable"}),
        ("post", reverse("organisations:join_code", args=[org]), {"action": "regenerate"}),
        (
            "post",
            reverse("organisations:join_request_decide", args=[org, scene["join_request"].pk]),
            {"decision": "approve"},
        ),
        ("post", reverse("organisations:member_remove", args=[org, scene["member"].pk]), {}),
        ("post", reverse("organisations:member_remove", args=[org, scene["manager"].pk]), {}),
        ("post", reverse("organisations:member_role", args=[org, scene["member"].pk]), {"role": "manager"}),
        ("post", reverse("organisations:member_role", args=[org, scene["manager"].pk]), {"role": "member"}),
    ]


@pytest.mark.parametrize(
    "persona", ["manager_b_client", "member_a_client", "learner_client", "licensing_officer_client"]
)
def test_it_hides_every_manager_page_of_a_from_those_who_do_not_manage_it(request, scene, persona):
    client = request.getfixturevalue(persona)
    before = _snapshot()
    for method, url, data in _manager_only_requests(scene):
        response = getattr(client, method)(url, data)
        assert response.status_code == 404, (persona, method, url)
    assert _snapshot() == before


@pytest.mark.parametrize("persona", ["manager_b_client", "learner_client", "licensing_officer_client"])
def test_it_hides_leaving_a_from_those_not_in_it(request, scene, persona):
    client = request.getfixturevalue(persona)
    before = _snapshot()
    url = reverse("organisations:leave", args=[scene["organisation"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert _snapshot() == before


def test_it_sends_anonymous_visitors_to_sign_in_from_every_organisation_url(anonymous_client, scene):
    before = _snapshot()
    org = scene["organisation"].pk
    urls = [
        ("get", reverse("organisations:list"), {}),
        ("get", reverse("organisations:register"), {}),
        ("post", reverse("organisations:register"), {"name": "X"}),
        ("get", reverse("organisations:leave", args=[org]), {}),
        ("post", reverse("organisations:leave", args=[org]), {}),
        ("get", reverse("organisations:join", args=[scene["code"]]), {}),
        ("post", reverse("organisations:join", args=[scene["code"]]), {}),
        ("get", reverse("organisations:invitation", args=["a" * 43]), {}),
        *_manager_only_requests(scene),
    ]
    for method, url, data in urls:
        response = getattr(anonymous_client, method)(url, data)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login")), url
    assert _snapshot() == before


def test_staff_get_no_special_access_to_the_members_tab(editor_client, scene):
    url = reverse("organisations:members", args=[scene["organisation"].pk])
    assert editor_client.get(url).status_code == 404


@pytest.mark.parametrize("view", ["invite", "join_code"])
def test_writes_refuse_get(manager_a_client, scene, view):
    response = manager_a_client.get(reverse(f"organisations:{view}", args=[scene["organisation"].pk]))
    assert response.status_code == 405


def test_a_member_id_from_another_organisation_is_404(manager_a_client, scene, manager_b):
    before = _snapshot()
    other = Membership.objects.get(user=manager_b)
    url = reverse("organisations:member_remove", args=[scene["organisation"].pk, other.pk])
    assert manager_a_client.post(url).status_code == 404
    assert _snapshot() == before


def test_a_pending_organisations_pages_are_404_even_for_its_manager(client, learner):
    organisation = services.organisation_register(
        user=learner, kind=OrganisationKind.HOTEL, name="Pending Inn", district=DistrictFactory(), postcode="HG1 1AA"
    )
    client.force_login(learner)
    assert client.get(reverse("organisations:members", args=[organisation.pk])).status_code == 404
    html = client.get(reverse("organisations:list")).content.decode()
    assert "Pending Inn" in html and "Waiting for approval" in html


# The people who may


def test_the_list_shows_my_organisations_and_a_register_link(member_a_client, organisation_a, organisation_b):
    html = member_a_client.get(reverse("organisations:list")).content.decode()
    assert organisation_a.name in html
    assert organisation_b.name not in html
    assert reverse("organisations:register") in html


def test_the_organisation_home_opens_the_members_tab(manager_a_client, organisation_a):
    response = manager_a_client.get(reverse("organisations:home", args=[organisation_a.pk]))
    assert response.url == reverse("organisations:members", args=[organisation_a.pk])


def test_the_members_tab_lists_members_with_roles_and_the_tab_bar(
    manager_a_client, scene, member_a, django_assert_max_num_queries
):
    url = reverse("organisations:members", args=[scene["organisation"].pk])
    with django_assert_max_num_queries(20):
        response = manager_a_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert member_a.email in html and "Manager" in html
    assert 'aria-current="page"' in html and ">Members</a>" in html
    assert f"/organisations/join/{scene['code']}/" in html
    assert "invited@example.org" in html
    assert scene["join_request"].user.email in html


def test_the_members_tab_searches_and_pages(manager_a_client, organisation_a):
    for n in range(30):
        MembershipFactory(organisation=organisation_a, user__full_name=f"Teacher {n:02}")
    url = reverse("organisations:members", args=[organisation_a.pk])
    html = manager_a_client.get(url, {"q": "Teacher 07"}).content.decode()
    assert "Teacher 07" in html and "Teacher 08" not in html
    html = manager_a_client.get(url, {"page": "2"}).content.decode()
    assert "Page 2 of 2" in html
    assert manager_a_client.get(url, {"page": "nonsense", "q": "x" * 5000}).status_code == 200


def test_registering_an_organisation(client, learner):
    client.force_login(learner)
    district = DistrictFactory()
    response = client.post(
        reverse("organisations:register"),
        {
            "kind": "school",
            "name": "Oak School",
            "district": district.pk,
            "postcode": "hg12ab",
            "urn": "654321",
            "declared_headcount": "40",
        },
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Oak School")
    assert (organisation.status, organisation.postcode, organisation.urn) == ("pending", "HG1 2AB", "654321")
    assert Membership.objects.get(organisation=organisation).user == learner


def test_inviting_by_email(manager_a_client, organisation_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_a_client.post(
            reverse("organisations:invite", args=[organisation_a.pk]), {"email": "new@example.org", "role": "member"}
        )
    assert response.status_code == 302
    assert Invitation.objects.get().email == "new@example.org"
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "", "role": "member"}, "Enter the email address"),
        ({"email": "not-an-email", "role": "member"}, "correct format"),
        ({"email": "a@example.org", "role": "owner"}, "Choose a role"),
        ({"email": "x" * 300 + "@example.org", "role": "member"}, "There is a problem"),
    ],
)
def test_a_bad_invitation_gets_a_clear_message_and_changes_nothing(manager_a_client, organisation_a, data, message):
    response = manager_a_client.post(reverse("organisations:invite", args=[organisation_a.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    assert not Invitation.objects.exists()


def test_inviting_a_member_again_says_so(manager_a_client, organisation_a, member_a):
    response = manager_a_client.post(
        reverse("organisations:invite", args=[organisation_a.pk]), {"email": member_a.email, "role": "member"}
    )
    assert "already a member" in response.content.decode()
    assert not Invitation.objects.exists()


def test_accepting_an_invitation(client, manager_a, organisation_a, learner):
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    client.force_login(learner)
    url = reverse("organisations:invitation", args=[token])
    assert organisation_a.name in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert Membership.objects.filter(user=learner, organisation=organisation_a).exists()
    # Used: the page says so and a second POST changes nothing.
    response = client.post(url, follow=True)
    assert "already been used" in response.content.decode()
    assert Membership.objects.filter(user=learner).count() == 1


def test_an_expired_invitation_page_says_so(client, manager_a, organisation_a, learner):
    invitation, token = services.invitation_create(
        organisation=organisation_a, invited_by=manager_a, email=learner.email
    )
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(days=1))
    client.force_login(learner)
    url = reverse("organisations:invitation", args=[token])
    assert "expired" in client.get(url).content.decode()
    client.post(url)
    assert not Membership.objects.filter(user=learner).exists()


@pytest.mark.parametrize("token", ["forged", "a" * 43, "x" * 2000])
def test_a_forged_invitation_link_is_404(learner_client, learner, token):
    url = reverse("organisations:invitation", args=[token])
    assert learner_client.get(url).status_code == 404
    assert learner_client.post(url).status_code == 404
    assert not Membership.objects.filter(user=learner).exists()


def test_someone_elses_invitation_cannot_be_accepted(
    other_learner_client, other_learner, manager_a, organisation_a, learner
):
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    url = reverse("organisations:invitation", args=[token])
    assert "Sign in with that email address" in other_learner_client.get(url).content.decode()
    other_learner_client.post(url)
    assert not Membership.objects.filter(user=other_learner).exists()
    assert Invitation.objects.get().accepted_at is None


def test_joining_by_code(learner_client, learner, manager_a, manager_a_client, organisation_a):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    url = reverse("organisations:join", args=[code])
    assert "Ask to join" in learner_client.get(url).content.decode()
    learner_client.post(url)
    join_request = JoinRequest.objects.get(user=learner)
    learner_client.post(url)  # a double submit
    assert JoinRequest.objects.filter(user=learner).count() == 1
    manager_a_client.post(
        reverse("organisations:join_request_decide", args=[organisation_a.pk, join_request.pk]), {"decision": "approve"}
    )
    assert Membership.objects.filter(user=learner, organisation=organisation_a).exists()


def test_a_switched_off_or_unknown_join_code_is_404(
    learner_client, learner, manager_a, manager_a_client, organisation_a
):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    manager_a_client.post(reverse("organisations:join_code", args=[organisation_a.pk]), {"action": "disable"})
    for typed in (code, "ZZZZZZZZ", "x" * 500):
        url = reverse("organisations:join", args=[typed])
        assert learner_client.get(url).status_code == 404
        assert learner_client.post(url).status_code == 404
    assert not JoinRequest.objects.exists()


def test_switching_the_join_link_on_and_off(manager_a_client, organisation_a):
    url = reverse("organisations:join_code", args=[organisation_a.pk])
    manager_a_client.post(url, {"action": "enable"})
    organisation_a.refresh_from_db()
    assert organisation_a.join_code_enabled and len(organisation_a.join_code) == 8
    manager_a_client.post(url, {"action": "disable"})
    organisation_a.refresh_from_db()
    assert not organisation_a.join_code_enabled
    response = manager_a_client.post(url, {"action": "explode"}, follow=True)
    assert response.status_code == 200


def test_removing_a_member_and_changing_roles(manager_a_client, organisation_a, member_a):
    membership = Membership.objects.get(user=member_a)
    manager_a_client.post(
        reverse("organisations:member_role", args=[organisation_a.pk, membership.pk]), {"role": "manager"}
    )
    membership.refresh_from_db()
    assert membership.role == MembershipRole.MANAGER
    response = manager_a_client.post(
        reverse("organisations:member_role", args=[organisation_a.pk, membership.pk]), {"role": "overlord"}
    )
    assert response.status_code == 302
    manager_a_client.post(reverse("organisations:member_remove", args=[organisation_a.pk, membership.pk]))
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_manager_is_told_they_cannot_leave(manager_a_client, manager_a, organisation_a):
    response = manager_a_client.post(reverse("organisations:leave", args=[organisation_a.pk]), follow=True)
    assert "only manager" in response.content.decode()
    assert Membership.objects.filter(user=manager_a).exists()


def test_the_last_manager_is_told_they_cannot_remove_themselves(manager_a_client, manager_a, organisation_a):
    membership = Membership.objects.get(user=manager_a)
    response = manager_a_client.post(
        reverse("organisations:member_remove", args=[organisation_a.pk, membership.pk]), follow=True
    )
    assert "only manager" in response.content.decode()
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_member_leaves(member_a_client, member_a, organisation_a):
    url = reverse("organisations:leave", args=[organisation_a.pk])
    assert "Leave Ashdown" in member_a_client.get(url).content.decode()
    assert member_a_client.post(url).status_code == 302
    assert not Membership.objects.filter(user=member_a).exists()


def test_a_rejected_organisation_disappears_from_its_members_lists(member_a_client, organisation_a):
    Organisation.objects.filter(pk=organisation_a.pk).update(status=OrganisationStatus.REJECTED)
    assert organisation_a.name not in member_a_client.get(reverse("organisations:list")).content.decode()


def test_ids_that_are_not_numbers_are_404(manager_a_client):
    assert manager_a_client.get("/organisations/abc/members/").status_code == 404
    assert manager_a_client.get("/organisations/99999999999999999999/members/").status_code == 404
