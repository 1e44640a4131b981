import hashlib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

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
from elearning.people.organisations.errors import (
    AlreadyDecided,
    AlreadyMember,
    InvitationInvalid,
    JoinCodeInvalid,
    LastManager,
    NotAllowed,
)
from tests.factories import DistrictFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def _register(user, **overrides):
    spec = {
        "kind": OrganisationKind.SCHOOL,
        "name": "  New   School ",
        "district": DistrictFactory(),
        "address": "1 Lane",
        "postcode": "hg1 2ab",
        "urn": "123456",
        "declared_headcount": 12,
    }
    return services.organisation_register(user=user, **{**spec, **overrides})


def test_it_registers_an_organisation_pending_with_its_creator_as_manager(learner):
    organisation = _register(learner)
    assert organisation.status == OrganisationStatus.PENDING
    assert organisation.name == "New School"
    assert organisation.postcode == "HG1 2AB"
    assert Membership.objects.get(organisation=organisation).user == learner
    assert Membership.objects.get(organisation=organisation).role == MembershipRole.MANAGER


def test_it_drops_a_urn_given_for_something_other_than_a_school(learner):
    organisation = _register(learner, kind=OrganisationKind.HOTEL, urn="123456")
    assert organisation.urn == ""


def test_it_refuses_a_second_school_with_the_same_urn_and_creates_nothing(learner, other_learner):
    _register(learner)
    with pytest.raises(ValidationError):
        _register(other_learner, name="Copy")
    assert Organisation.objects.filter(urn="123456").count() == 1
    assert not Membership.objects.filter(user=other_learner).exists()


def test_staff_approve_a_registration_and_it_is_logged(learner, superuser):
    organisation = _register(learner)
    services.organisation_decide(organisation=organisation, decided_by=superuser, approve=True)
    organisation.refresh_from_db()
    assert organisation.status == OrganisationStatus.APPROVED
    assert organisation.decided_by == superuser
    entry = ModelLogEntry.objects.get(object_id=str(organisation.pk), action=services.APPROVE_ACTION)
    assert entry.user == superuser


def test_it_rejects_deciding_the_same_way_twice(learner, superuser):
    organisation = _register(learner)
    services.organisation_decide(organisation=organisation, decided_by=superuser, approve=False)
    with pytest.raises(AlreadyDecided):
        services.organisation_decide(organisation=organisation, decided_by=superuser, approve=False)


# Invitations


def test_an_invitation_stores_only_a_hash_and_emails_the_link(
    manager_a, organisation_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation, token = services.invitation_create(
            organisation=organisation_a, invited_by=manager_a, email="New.Person@Example.org"
        )
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in invitation.token_hash
    assert invitation.email == "new.person@example.org"
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)
    assert len(mail.outbox) == 1
    assert f"/organisations/join/invite/{token}/" in mail.outbox[0].body
    assert mail.outbox[0].to == ["new.person@example.org"]


def test_only_a_manager_can_invite(member_a, organisation_a):
    with pytest.raises(NotAllowed):
        services.invitation_create(organisation=organisation_a, invited_by=member_a, email="x@example.org")
    assert not Invitation.objects.exists()


def test_a_manager_of_another_organisation_cannot_invite(manager_b, organisation_a):
    with pytest.raises(NotAllowed):
        services.invitation_create(organisation=organisation_a, invited_by=manager_b, email="x@example.org")


def test_inviting_an_existing_member_is_refused(manager_a, member_a, organisation_a):
    with pytest.raises(AlreadyMember):
        services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=member_a.email.upper())


def test_an_invitation_works_once(manager_a, organisation_a, learner):
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    membership = services.invitation_accept(token=token, user=learner)
    assert membership.organisation == organisation_a
    assert membership.role == MembershipRole.MEMBER
    with pytest.raises(InvitationInvalid, match="already been used"):
        services.invitation_accept(token=token, user=learner)
    assert Membership.objects.filter(user=learner).count() == 1


def test_a_manager_invitation_makes_a_manager(manager_a, organisation_a, learner):
    _, token = services.invitation_create(
        organisation=organisation_a, invited_by=manager_a, email=learner.email, role=MembershipRole.MANAGER
    )
    assert services.invitation_accept(token=token, user=learner).role == MembershipRole.MANAGER


def test_an_expired_invitation_is_refused(manager_a, organisation_a, learner):
    invitation, token = services.invitation_create(
        organisation=organisation_a, invited_by=manager_a, email=learner.email
    )
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(InvitationInvalid, match="expired"):
        services.invitation_accept(token=token, user=learner)
    assert not Membership.objects.filter(user=learner).exists()


@pytest.mark.parametrize("forged", ["", "x", "a" * 43, "a" * 5000, "../../etc/passwd", None])
def test_a_forged_token_is_refused(manager_a, organisation_a, learner, forged):
    services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    with pytest.raises(InvitationInvalid, match="not valid"):
        services.invitation_accept(token=forged, user=learner)
    assert not Membership.objects.filter(user=learner).exists()


def test_an_invitation_for_someone_else_is_refused(manager_a, organisation_a, learner, other_learner):
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    with pytest.raises(InvitationInvalid, match="sent to"):
        services.invitation_accept(token=token, user=other_learner)
    assert not Membership.objects.filter(user=other_learner).exists()
    # ... and it still works for the person it was sent to.
    services.invitation_accept(token=token, user=learner)


def test_another_organisations_token_joins_only_that_organisation(
    manager_a, organisation_a, manager_b, organisation_b, learner
):
    _, token_b = services.invitation_create(organisation=organisation_b, invited_by=manager_b, email=learner.email)
    membership = services.invitation_accept(token=token_b, user=learner)
    assert membership.organisation == organisation_b
    assert not Membership.objects.filter(user=learner, organisation=organisation_a).exists()


def test_a_manager_cannot_cancel_another_organisations_invitation(manager_a, manager_b, organisation_b, learner):
    invitation, _ = services.invitation_create(organisation=organisation_b, invited_by=manager_b, email=learner.email)
    with pytest.raises(NotAllowed):
        services.invitation_revoke(invitation=invitation, by=manager_a)
    assert Invitation.objects.filter(pk=invitation.pk).exists()


def test_an_invitation_to_an_organisation_no_longer_approved_is_refused(manager_a, organisation_a, learner):
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    Organisation.objects.filter(pk=organisation_a.pk).update(status=OrganisationStatus.REJECTED)
    with pytest.raises(InvitationInvalid):
        services.invitation_accept(token=token, user=learner)


# Join codes and requests


def test_a_join_code_leads_to_a_request_that_a_manager_approves(manager_a, organisation_a, learner):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    assert len(code) == 8
    join_request = services.join_request_create(code=code.lower(), user=learner)
    assert not Membership.objects.filter(user=learner).exists()
    services.join_request_decide(join_request=join_request, by=manager_a, approve=True)
    assert Membership.objects.get(user=learner).role == MembershipRole.MEMBER


def test_a_declined_request_makes_no_member(manager_a, organisation_a, learner):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    join_request = services.join_request_create(code=code, user=learner)
    services.join_request_decide(join_request=join_request, by=manager_a, approve=False)
    assert not Membership.objects.filter(user=learner).exists()
    with pytest.raises(AlreadyDecided):
        services.join_request_decide(join_request=join_request, by=manager_a, approve=True)
    assert not Membership.objects.filter(user=learner).exists()


def test_a_switched_off_join_code_is_refused(manager_a, organisation_a, learner):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    services.join_code_disable(organisation=organisation_a, by=manager_a)
    with pytest.raises(JoinCodeInvalid):
        services.join_request_create(code=code, user=learner)
    assert not JoinRequest.objects.exists()


def test_a_regenerated_join_code_retires_the_old_one(manager_a, organisation_a, learner):
    old = services.join_code_set(organisation=organisation_a, by=manager_a)
    new = services.join_code_set(organisation=organisation_a, by=manager_a)
    assert old != new
    with pytest.raises(JoinCodeInvalid):
        services.join_request_create(code=old, user=learner)


@pytest.mark.parametrize("code", ["", "ZZZZZZZZ", "x" * 1000, None, "0O1I0O1I"])
def test_an_unknown_join_code_is_refused(code, learner):
    with pytest.raises(JoinCodeInvalid):
        services.join_request_create(code=code, user=learner)


def test_a_pending_organisations_join_code_is_refused(learner):
    organisation = OrganisationFactory(status=OrganisationStatus.PENDING, join_code="ABCDEFGH", join_code_enabled=True)
    with pytest.raises(JoinCodeInvalid):
        services.join_request_create(code=organisation.join_code, user=learner)


def test_asking_twice_is_refused(manager_a, organisation_a, learner):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    services.join_request_create(code=code, user=learner)
    with pytest.raises(AlreadyMember, match="already asked"):
        services.join_request_create(code=code, user=learner)
    assert JoinRequest.objects.count() == 1


def test_a_member_asking_to_join_is_told_they_already_belong(manager_a, member_a, organisation_a):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    with pytest.raises(AlreadyMember, match="already a member"):
        services.join_request_create(code=code, user=member_a)


def test_a_member_cannot_switch_the_join_code_on(member_a, organisation_a):
    with pytest.raises(NotAllowed):
        services.join_code_set(organisation=organisation_a, by=member_a)
    organisation_a.refresh_from_db()
    assert not organisation_a.join_code_enabled


def test_another_organisations_manager_cannot_decide_a_request(manager_a, manager_b, organisation_a, learner):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    join_request = services.join_request_create(code=code, user=learner)
    with pytest.raises(NotAllowed):
        services.join_request_decide(join_request=join_request, by=manager_b, approve=True)
    assert not Membership.objects.filter(user=learner).exists()


# Membership and the last-manager invariant


def test_a_supply_teacher_can_belong_to_two_schools(learner):
    MembershipFactory(user=learner)
    MembershipFactory(user=learner)
    assert Membership.objects.filter(user=learner).count() == 2


def test_the_last_manager_cannot_leave(manager_a, organisation_a):
    with pytest.raises(LastManager):
        services.membership_leave(organisation=organisation_a, user=manager_a)
    assert Membership.objects.filter(user=manager_a, organisation=organisation_a).exists()


def test_the_last_manager_cannot_be_removed(manager_a, organisation_a):
    membership = Membership.objects.get(user=manager_a)
    with pytest.raises(LastManager):
        services.membership_remove(membership=membership, by=manager_a)
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_manager_cannot_be_made_a_member(manager_a, organisation_a):
    membership = Membership.objects.get(user=manager_a)
    with pytest.raises(LastManager):
        services.membership_set_role(membership=membership, by=manager_a, role=MembershipRole.MEMBER)
    membership.refresh_from_db()
    assert membership.role == MembershipRole.MANAGER


def test_a_manager_can_leave_once_there_is_another(manager_a, member_a, organisation_a):
    services.membership_set_role(
        membership=Membership.objects.get(user=member_a), by=manager_a, role=MembershipRole.MANAGER
    )
    services.membership_leave(organisation=organisation_a, user=manager_a)
    assert list(organisation_a.memberships.values_list("user", "role")) == [(member_a.pk, MembershipRole.MANAGER)]


def test_a_member_can_leave(member_a, organisation_a):
    services.membership_leave(organisation=organisation_a, user=member_a)
    assert not Membership.objects.filter(user=member_a).exists()


def test_a_manager_removes_a_member(manager_a, member_a, organisation_a):
    services.membership_remove(membership=Membership.objects.get(user=member_a), by=manager_a)
    assert not Membership.objects.filter(user=member_a).exists()


def test_a_member_cannot_remove_anyone(manager_a, member_a, organisation_a):
    membership = Membership.objects.get(user=manager_a)
    with pytest.raises(NotAllowed):
        services.membership_remove(membership=membership, by=member_a)
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_member_cannot_promote_themselves(member_a, organisation_a):
    membership = Membership.objects.get(user=member_a)
    with pytest.raises(NotAllowed):
        services.membership_set_role(membership=membership, by=member_a, role=MembershipRole.MANAGER)
    membership.refresh_from_db()
    assert membership.role == MembershipRole.MEMBER


def test_leaving_an_organisation_you_are_not_in_is_refused(learner, organisation_a):
    with pytest.raises(NotAllowed):
        services.membership_leave(organisation=organisation_a, user=learner)


def test_an_invitation_opened_twice_at_once_is_accepted_only_once(manager_a, organisation_a, learner, monkeypatch):
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=learner.email)
    services.invitation_accept(token=token, user=learner)
    # The second request read the invitation before the first wrote: only the conditional
    # update stands between it and a second use.
    monkeypatch.setattr(services, "invitation_problem", lambda invitation, user=None: None)
    with pytest.raises(InvitationInvalid, match="already been used"):
        services.invitation_accept(token=token, user=learner)
    assert Invitation.objects.get().accepted_by == learner
