"""Writes about organisations and who belongs to them.

Invariant kept here and nowhere else: an organisation always has at least one manager. Every
service that could take the last one away locks the organisation row first (select_for_update),
so two managers removing each other at the same moment cannot both succeed."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from ..models import (
    District,
    Invitation,
    JoinRequest,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    User,
)
from .codes import join_code_generate, join_code_normalise, token_generate, token_hash
from .errors import (
    AlreadyDecided,
    AlreadyMember,
    InvitationInvalid,
    JoinCodeInvalid,
    LastManager,
    NotAllowed,
)

INVITATION_VALID_FOR = timedelta(days=14)

APPROVE_ACTION = "people.organisation.approve"
REJECT_ACTION = "people.organisation.reject"
# Membership and role changes, for the audit trail (registered in people/wagtail_hooks.py).
INVITE_ACTION = "people.invitation.create"
INVITATION_REVOKE_ACTION = "people.invitation.revoke"
JOIN_ACTION = "people.membership.join"
JOIN_REQUEST_DECIDE_ACTION = "people.join_request.decide"
MEMBER_REMOVE_ACTION = "people.membership.remove"
MEMBER_LEAVE_ACTION = "people.membership.leave"
MEMBER_ROLE_ACTION = "people.membership.role"


# Labels name records by id only: an audit entry must not keep a person's name or email after they
# erase their account (str() of a membership, invitation or join request holds both).
def _log_membership(membership: Membership, action: str, user: User, **data) -> None:
    log(
        instance=membership,
        action=action,
        user=user,
        title=f"Membership {membership.pk}",
        data={
            "organisation": membership.organisation_id,
            "member": membership.user_id,
            "role": membership.role,
            **data,
        },
    )


def _lock(organisation: Organisation) -> Organisation:
    return Organisation.objects.select_for_update().get(pk=organisation.pk)


def _require_manager(organisation: Organisation, user: User) -> None:
    if not Membership.objects.filter(organisation=organisation, user=user, role=MembershipRole.MANAGER).exists():
        raise NotAllowed("Only a manager of this organisation can do that.")


def _other_managers(organisation: Organisation, membership: Membership) -> int:
    return (
        Membership.objects.filter(organisation=organisation, role=MembershipRole.MANAGER)
        .exclude(pk=membership.pk)
        .count()
    )


@transaction.atomic
def organisation_register(
    *,
    user: User,
    kind: str,
    name: str,
    district: District,
    address: str = "",
    postcode: str = "",
    urn: str = "",
    premises_licence_number: str = "",
    declared_headcount: int = 0,
) -> Organisation:
    """A manager registers an organisation: it waits for partnership staff to approve it, and
    its creator is its first manager."""
    organisation = Organisation(
        kind=kind,
        name=" ".join(name.split()),
        district=district,
        address=address.strip(),
        postcode=" ".join(postcode.split()).upper(),
        urn=urn.strip() if kind == OrganisationKind.SCHOOL else "",
        premises_licence_number=premises_licence_number.strip(),
        declared_headcount=declared_headcount,
        status=OrganisationStatus.PENDING,
        created_by=user,
    )
    organisation.full_clean()
    organisation.save()
    Membership.objects.create(
        organisation=organisation, user=user, role=MembershipRole.MANAGER, joined_at=timezone.now()
    )
    return organisation


@transaction.atomic
def organisation_decide(*, organisation: Organisation, decided_by: User, approve: bool) -> Organisation:
    """Partnership staff approve or reject a registration (or change their mind). Logged."""
    organisation = _lock(organisation)
    status = OrganisationStatus.APPROVED if approve else OrganisationStatus.REJECTED
    if organisation.status == status:
        raise AlreadyDecided(f"{organisation.name} is already {organisation.get_status_display().lower()}.")
    organisation.status = status
    organisation.decided_at = timezone.now()
    organisation.decided_by = decided_by
    organisation.save(update_fields=["status", "decided_at", "decided_by"])
    log(instance=organisation, action=APPROVE_ACTION if approve else REJECT_ACTION, user=decided_by)
    return organisation


def invitation_url(token: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("organisations:invitation", args=[token])


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, invited_by: User, email: str, role: str = MembershipRole.MEMBER
) -> tuple[Invitation, str]:
    """Email a link that works once, for 14 days. Returns the invitation and its token (the
    token itself is never stored)."""
    _require_manager(organisation, invited_by)
    if not organisation.is_approved:
        raise NotAllowed("You can invite people once the organisation has been approved.")
    if role not in MembershipRole.values:
        raise NotAllowed("Choose a role for the person you invite.")
    email = email.strip().lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise AlreadyMember(f"{email} is already a member of {organisation.name}.")
    token = token_generate()
    now = timezone.now()
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        role=role,
        token_hash=token_hash(token),
        invited_by=invited_by,
        created_at=now,
        expires_at=now + INVITATION_VALID_FOR,
    )
    log(
        instance=invitation,
        action=INVITE_ACTION,
        user=invited_by,
        title=f"Invitation {invitation.pk}",
        data={"organisation": organisation.pk, "role": role},
    )
    inviter = invited_by.get_full_name()
    body = (
        f"{inviter} has invited you to join {organisation.name} on {settings.SERVICE_NAME}.\n\n"
        f"To accept, sign in or create an account with this email address, then open this link:\n\n"
        f"{invitation_url(token)}\n\n"
        f"The link works once and expires in {INVITATION_VALID_FOR.days} days. "
        f"If you were not expecting this, you can ignore this email.\n"
    )
    transaction.on_commit(lambda: send_mail(f"Join {organisation.name}", body, None, [email], fail_silently=False))
    return invitation, token


def invitation_for_token(token) -> Invitation | None:
    """The invitation a token belongs to, used or not, or None for a forged or mistyped token."""
    hashed = token_hash(token)
    if hashed is None:
        return None
    return Invitation.objects.select_related("organisation").filter(token_hash=hashed).first()


def invitation_problem(invitation: Invitation, user: User | None = None) -> str | None:
    """Why this invitation cannot be accepted (by this user), or None."""
    if invitation.accepted_at is not None:
        return "This invitation has already been used. Ask a manager to invite you again."
    if invitation.expires_at <= timezone.now():
        return "This invitation has expired. Ask a manager to invite you again."
    if not invitation.organisation.is_approved:
        return "This organisation is not taking new members at the moment."
    if user is not None and user.email.lower() != invitation.email.lower():
        return f"This invitation was sent to {invitation.email}. Sign in with that email address to accept it."
    return None


@transaction.atomic
def invitation_accept(*, token: str, user: User) -> Membership:
    invitation = invitation_for_token(token)
    if invitation is None:
        raise InvitationInvalid("This invitation link is not valid. Check you copied all of it.")
    problem = invitation_problem(invitation, user)
    if problem:
        raise InvitationInvalid(problem)
    # Works once, even when the link is opened twice at the same moment: only one update wins.
    now = timezone.now()
    won = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, expires_at__gt=now).update(
        accepted_at=now, accepted_by=user
    )
    if not won:
        raise InvitationInvalid("This invitation has already been used. Ask a manager to invite you again.")
    membership, created = Membership.objects.get_or_create(
        organisation=invitation.organisation, user=user, defaults={"role": invitation.role, "joined_at": now}
    )
    if not created and invitation.role == MembershipRole.MANAGER and membership.role != MembershipRole.MANAGER:
        membership.role = MembershipRole.MANAGER
        membership.save(update_fields=["role"])
    _log_membership(membership, JOIN_ACTION, user, invitation=invitation.pk)
    return membership


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: User) -> None:
    _require_manager(invitation.organisation, by)
    if invitation.accepted_at is not None:
        raise InvitationInvalid("This invitation has already been used.")
    log(
        instance=invitation,
        action=INVITATION_REVOKE_ACTION,
        user=by,
        title=f"Invitation {invitation.pk}",
        data={"organisation": invitation.organisation_id, "role": invitation.role},
    )
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).delete()


@transaction.atomic
def join_code_set(*, organisation: Organisation, by: User) -> str:
    """Switch the join link on with a new code (the old one stops working)."""
    _require_manager(organisation, by)
    organisation = _lock(organisation)
    if not organisation.is_approved:
        raise NotAllowed("You can share a join link once the organisation has been approved.")
    for _ in range(5):
        code = join_code_generate()
        if not Organisation.objects.filter(join_code=code).exists():
            break
    organisation.join_code = code
    organisation.join_code_enabled = True
    organisation.save(update_fields=["join_code", "join_code_enabled"])
    return code


@transaction.atomic
def join_code_disable(*, organisation: Organisation, by: User) -> None:
    _require_manager(organisation, by)
    Organisation.objects.filter(pk=organisation.pk).update(join_code_enabled=False)


def organisation_for_join_code(code) -> Organisation | None:
    normalised = join_code_normalise(code)
    if normalised is None:
        return None
    return Organisation.objects.filter(
        join_code=normalised, join_code_enabled=True, status=OrganisationStatus.APPROVED
    ).first()


@transaction.atomic
def join_request_create(*, code: str, user: User) -> JoinRequest:
    organisation = organisation_for_join_code(code)
    if organisation is None:
        raise JoinCodeInvalid()
    if Membership.objects.filter(organisation=organisation, user=user).exists():
        raise AlreadyMember(f"You are already a member of {organisation.name}.")
    if JoinRequest.objects.filter(organisation=organisation, user=user, decided_at__isnull=True).exists():
        raise AlreadyMember(f"You have already asked to join {organisation.name}. A manager will decide soon.")
    try:
        with transaction.atomic():
            return JoinRequest.objects.create(organisation=organisation, user=user, created_at=timezone.now())
    except IntegrityError:  # the same request sent twice at once
        raise AlreadyMember(
            f"You have already asked to join {organisation.name}. A manager will decide soon."
        ) from None


@transaction.atomic
def join_request_decide(*, join_request: JoinRequest, by: User, approve: bool) -> JoinRequest:
    _require_manager(join_request.organisation, by)
    now = timezone.now()
    decision = JoinRequest.Decision.APPROVED if approve else JoinRequest.Decision.DECLINED
    won = JoinRequest.objects.filter(pk=join_request.pk, decided_at__isnull=True).update(
        decided_at=now, decided_by=by, decision=decision
    )
    if not won:
        raise AlreadyDecided("This request has already been decided.")
    log(
        instance=join_request,
        action=JOIN_REQUEST_DECIDE_ACTION,
        user=by,
        title=f"Request to join {join_request.pk}",
        data={"organisation": join_request.organisation_id, "member": join_request.user_id, "decision": decision},
    )
    if approve:
        membership, _ = Membership.objects.get_or_create(
            organisation=join_request.organisation,
            user=join_request.user,
            defaults={"role": MembershipRole.MEMBER, "joined_at": now},
        )
        _log_membership(membership, JOIN_ACTION, by, join_request=join_request.pk)
    join_request.refresh_from_db()
    return join_request


@transaction.atomic
def membership_remove(*, membership: Membership, by: User) -> None:
    _require_manager(membership.organisation, by)
    _lock(membership.organisation)
    membership = Membership.objects.filter(pk=membership.pk).first()
    if membership is None:
        return
    if membership.role == MembershipRole.MANAGER and not _other_managers(membership.organisation, membership):
        raise LastManager("You cannot remove the only manager. Make someone else a manager first.")
    _log_membership(membership, MEMBER_REMOVE_ACTION, by)
    membership.delete()


@transaction.atomic
def membership_leave(*, organisation: Organisation, user: User) -> None:
    _lock(organisation)
    membership = Membership.objects.filter(organisation=organisation, user=user).first()
    if membership is None:
        raise NotAllowed(f"You are not a member of {organisation.name}.")
    if membership.role == MembershipRole.MANAGER and not _other_managers(organisation, membership):
        raise LastManager("You are the only manager, so you cannot leave. Make someone else a manager first.")
    _log_membership(membership, MEMBER_LEAVE_ACTION, user)
    membership.delete()


@transaction.atomic
def membership_set_role(*, membership: Membership, by: User, role: str) -> Membership:
    _require_manager(membership.organisation, by)
    if role not in MembershipRole.values:
        raise NotAllowed("Choose member or manager.")
    _lock(membership.organisation)
    membership = Membership.objects.get(pk=membership.pk)
    if membership.role == role:
        return membership
    if role == MembershipRole.MEMBER and not _other_managers(membership.organisation, membership):
        raise LastManager("This is the only manager. Make someone else a manager first.")
    previous = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    _log_membership(membership, MEMBER_ROLE_ACTION, by, previous_role=previous)
    return membership
