from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import Invitation, JoinRequest, Membership, MembershipRole, Organisation, OrganisationStatus, User

MEMBERS_PER_PAGE = 25


def organisations_for_user(user: User) -> QuerySet[Membership]:
    """The user's memberships of approved organisations, with the organisation and the role."""
    return (
        Membership.objects.filter(user=user, organisation__status=OrganisationStatus.APPROVED)
        .select_related("organisation", "organisation__district")
        .order_by("organisation__name")
    )


def registrations_waiting_for(user: User) -> QuerySet[Organisation]:
    """Organisations the user registered that staff have not approved (pending or rejected)."""
    return Organisation.objects.filter(memberships__user=user, memberships__role=MembershipRole.MANAGER).exclude(
        status=OrganisationStatus.APPROVED
    )


def organisation_for_manager(user: User, organisation_id) -> Organisation:
    """The approved organisation this user manages, or 404: outsiders learn nothing."""
    if not user.is_authenticated:
        raise Http404
    return get_object_or_404(
        Organisation.objects.select_related("district"),
        pk=organisation_id,
        status=OrganisationStatus.APPROVED,
        memberships__user=user,
        memberships__role=MembershipRole.MANAGER,
    )


def membership_for_user(user: User, organisation_id) -> Membership:
    """The user's own membership of an approved organisation, or 404."""
    if not user.is_authenticated:
        raise Http404
    return get_object_or_404(
        Membership.objects.select_related("organisation"),
        organisation_id=organisation_id,
        organisation__status=OrganisationStatus.APPROVED,
        user=user,
    )


def members_of(organisation: Organisation, *, search: str = "", page=1) -> Page:
    # "manager" sorts before "member": managers first.
    members = (
        Membership.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("role", "user__full_name", "user__email")
    )
    search = search.strip()[:100]
    if search:
        members = members.filter(Q(user__full_name__icontains=search) | Q(user__email__icontains=search))
    return Paginator(members, MEMBERS_PER_PAGE).get_page(page)


def open_join_requests(organisation: Organisation) -> QuerySet[JoinRequest]:
    return JoinRequest.objects.filter(organisation=organisation, decided_at__isnull=True).select_related("user")


def open_invitations(organisation: Organisation) -> QuerySet[Invitation]:
    from django.utils import timezone

    return Invitation.objects.filter(
        organisation=organisation, accepted_at__isnull=True, expires_at__gt=timezone.now()
    ).order_by("-created_at")
