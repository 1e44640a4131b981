"""My organisation: the members tab, and joining and leaving. Views check who is asking (through
the selectors, which 404 for outsiders), call one service, and say what happened."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from ..models import Invitation, JoinRequest, Membership
from . import selectors, services
from .errors import OrganisationError
from .forms import DecisionForm, InvitationForm, JoinCodeActionForm, OrganisationRegisterForm, RoleForm


def _members_redirect(organisation):
    return redirect("organisations:members", organisation.pk)


@login_required
def organisation_list(request):
    return render(
        request,
        "people/organisations/list.html",
        {
            "memberships": selectors.organisations_for_user(request.user),
            "waiting": selectors.registrations_waiting_for(request.user),
        },
    )


@login_required
def organisation_register(request):
    if request.method == "POST":
        form = OrganisationRegisterForm(request.POST)
        if form.is_valid():
            try:
                organisation = services.organisation_register(user=request.user, **form.cleaned_data)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(
                    request,
                    f"{organisation.name} is registered. Partnership staff will check it, "
                    "and then you can invite your staff.",
                )
                return redirect("organisations:list")
    else:
        form = OrganisationRegisterForm()
    return render(request, "people/organisations/register.html", {"form": form})


@login_required
def organisation_home(request, organisation_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    return _members_redirect(organisation)


def _members_page(request, organisation, *, invitation_form=None, status=200):
    search = request.GET.get("q", "")[:100]
    return render(
        request,
        "people/organisations/members.html",
        {
            "organisation": organisation,
            "members": selectors.members_of(organisation, search=search, page=request.GET.get("page", 1)),
            "search": search,
            "join_requests": selectors.open_join_requests(organisation),
            "invitations": selectors.open_invitations(organisation),
            "invitation_form": invitation_form or InvitationForm(),
            "join_url": (
                request.build_absolute_uri(reverse("organisations:join", args=[organisation.join_code]))
                if organisation.join_code and organisation.join_code_enabled
                else ""
            ),
        },
        status=status,
    )


@login_required
def members(request, organisation_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    return _members_page(request, organisation)


@login_required
@require_POST
def invitation_create(request, organisation_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            services.invitation_create(organisation=organisation, invited_by=request.user, **form.cleaned_data)
        except OrganisationError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, f"We have emailed an invitation to {form.cleaned_data['email']}.")
            return _members_redirect(organisation)
    return _members_page(request, organisation, invitation_form=form)


@login_required
@require_POST
def invitation_revoke(request, organisation_id, invitation_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    invitation = get_object_or_404(Invitation, pk=invitation_id, organisation=organisation)
    try:
        services.invitation_revoke(invitation=invitation, by=request.user)
    except OrganisationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"The invitation to {invitation.email} has been cancelled.")
    return _members_redirect(organisation)


@login_required
@require_POST
def join_code(request, organisation_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    form = JoinCodeActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether to switch the join link on or off.")
        return _members_redirect(organisation)
    try:
        if form.cleaned_data["action"] == "disable":
            services.join_code_disable(organisation=organisation, by=request.user)
            messages.success(request, "The join link is switched off. Nobody can use it to ask to join.")
        else:
            services.join_code_set(organisation=organisation, by=request.user)
            messages.success(request, "The join link is on. Share it with your staff.")
    except OrganisationError as error:
        messages.error(request, error.message)
    return _members_redirect(organisation)


@login_required
@require_POST
def join_request_decide(request, organisation_id, request_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    join_request = get_object_or_404(JoinRequest, pk=request_id, organisation=organisation)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose approve or decline.")
        return _members_redirect(organisation)
    approve = form.cleaned_data["decision"] == "approve"
    try:
        services.join_request_decide(join_request=join_request, by=request.user, approve=approve)
    except OrganisationError as error:
        messages.error(request, error.message)
    else:
        name = join_request.user.get_full_name()
        messages.success(request, f"{name} is now a member." if approve else f"You declined {name}'s request.")
    return _members_redirect(organisation)


@login_required
@require_POST
def member_remove(request, organisation_id, membership_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    membership = get_object_or_404(
        Membership.objects.select_related("user"), pk=membership_id, organisation=organisation
    )
    try:
        services.membership_remove(membership=membership, by=request.user)
    except OrganisationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"{membership.user.get_full_name()} has been removed from {organisation.name}.")
    return _members_redirect(organisation)


@login_required
@require_POST
def member_role(request, organisation_id, membership_id):
    organisation = selectors.organisation_for_manager(request.user, organisation_id)
    membership = get_object_or_404(
        Membership.objects.select_related("user"), pk=membership_id, organisation=organisation
    )
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose member or manager.")
        return _members_redirect(organisation)
    try:
        membership = services.membership_set_role(membership=membership, by=request.user, **form.cleaned_data)
    except OrganisationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, f"{membership.user.get_full_name()} is now a {membership.get_role_display().lower()}."
        )
    return _members_redirect(organisation)


@login_required
def leave(request, organisation_id):
    membership = selectors.membership_for_user(request.user, organisation_id)
    organisation = membership.organisation
    if request.method == "POST":
        try:
            services.membership_leave(organisation=organisation, user=request.user)
        except OrganisationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"You have left {organisation.name}.")
            return redirect("organisations:list")
    return render(request, "people/organisations/leave.html", {"organisation": organisation, "membership": membership})


@login_required
def join(request, code):
    organisation = services.organisation_for_join_code(code)
    if organisation is None:
        raise Http404
    if request.method == "POST":
        try:
            services.join_request_create(code=code, user=request.user)
        except OrganisationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"You have asked to join {organisation.name}. A manager will decide.")
        return redirect("organisations:list")
    is_member = Membership.objects.filter(organisation=organisation, user=request.user).exists()
    return render(request, "people/organisations/join.html", {"organisation": organisation, "is_member": is_member})


@login_required
def invitation(request, token):
    invitation = services.invitation_for_token(token)
    if invitation is None:
        raise Http404
    if request.method == "POST":
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except OrganisationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, f"You are now a {membership.get_role_display().lower()} of {membership.organisation.name}."
            )
            return redirect("organisations:list")
    return render(
        request,
        "people/organisations/invitation.html",
        {"invitation": invitation, "problem": services.invitation_problem(invitation, request.user)},
    )
