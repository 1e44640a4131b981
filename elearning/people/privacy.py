"""A person's own data: the download ("Your data") and the erasure of their account.

Both walk the personal data registry (privacy_registry), which every app fills from its
AppConfig.ready(); this module registers what `people` itself holds (the profile, email addresses,
memberships, invitations, join requests, organisations registered) and says which models of
Django, allauth and Wagtail are left out of the download, and why.

Erasure keeps learning records and the figures made from them, but nothing that says who they
were: the user row stays (so counts, scores and completions still add up) with its personal data
replaced, and the audit log entries that named them name them no more (audit.py). It refuses while
the person is the last manager of an organisation. Running it twice changes nothing the second
time."""

import json
from datetime import datetime

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.log_actions import log

from .audit import audit_log_scrub, person_identifiers
from .models import Invitation, JoinRequest, Membership, MembershipRole, Organisation, User
from .organisations.errors import LastManager
from .privacy_registry import (
    ErasureContext,
    erasers,
    exclude_from_personal_data,
    register_personal_data,
    sections,
)

EXPORT_ACTION = "people.account.export"
ERASE_ACTION = "people.account.erase"
ERASED_EMAIL_DOMAIN = "erased.invalid"
EXPORT_FORMAT_VERSION = 1


def erased_email(user: User) -> str:
    return f"erased-{user.pk}@{ERASED_EMAIL_DOMAIN}"


def is_erased(user: User) -> bool:
    return user.email == erased_email(user)


# --- the download ---------------------------------------------------------------------------


def personal_data_for(user: User) -> dict:
    """Everything the platform holds about this person, section by section, as JSON-able data."""
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "service": settings.SERVICE_NAME,
        "exported_at": timezone.now(),
        "user_id": user.pk,
        "sections": {section.name: section.export(user) for section in sections()},
    }


def personal_data_export(*, user: User) -> str:
    """The download as JSON text; logged in the audit trail (who downloaded, when)."""
    data = personal_data_for(user)
    log(
        instance=user,
        action=EXPORT_ACTION,
        user=user,
        title=f"User {user.pk}",
        data={"sections": len(data["sections"])},
    )
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


# --- erasure ---------------------------------------------------------------------------------


def erasure_problem(user: User) -> str | None:
    """Why this account cannot be erased yet, or None: an organisation must never lose its last
    manager."""
    managed = Membership.objects.filter(user=user, role=MembershipRole.MANAGER).values("organisation")
    sole = (
        Organisation.objects.filter(pk__in=managed)
        .annotate(managers=Count("memberships", filter=Q(memberships__role=MembershipRole.MANAGER)))
        .filter(managers=1)
        .order_by("name")
        .values_list("name", flat=True)
    )
    names = list(sole)
    if not names:
        return None
    listed = ", ".join(names)
    return (
        f"You are the only manager of {listed}. Make someone else a manager, or leave, before you erase your account."
    )


@transaction.atomic
def account_erase(*, user: User, by: User | None = None, now: datetime | None = None) -> bool:
    """Erase a person's account. Returns False (and changes nothing) when it was already erased.
    Raises LastManager while they are an organisation's only manager."""
    now = now or timezone.now()
    by = by or user
    user = User.objects.select_for_update().get(pk=user.pk)
    if is_erased(user) and not user.is_active:
        return False
    # Lock the organisations they manage so that nobody else leaves at the same moment.
    list(
        Organisation.objects.select_for_update().filter(
            memberships__user=user, memberships__role=MembershipRole.MANAGER
        )
    )
    if problem := erasure_problem(user):
        raise LastManager(problem)
    context = ErasureContext(now=now, by=by)
    identifiers = person_identifiers(user)  # before the profile is scrubbed
    for section in erasers():
        section.erase(user, context)
    # Last: the entries the erasers just wrote (certificate revocations) are scrubbed too.
    audit_log_scrub(user=user, identifiers=identifiers)
    log(
        instance=user,
        action=ERASE_ACTION,
        user=by,
        title=f"User {user.pk}",
        data={"by_self": by.pk == user.pk, "sections": [section.name for section in erasers()]},
    )
    return True


# --- what `people` holds ---------------------------------------------------------------------


def _export_account(user: User) -> dict:
    return {
        "email": user.email,
        "full_name": user.full_name,
        "sector": user.get_sector_display() if user.sector else "",
        "job_role": user.job_role,
        "district": user.district.name if user.district_id else "",
        "reminder_emails": user.reminder_emails,
        "licensing_authority": user.licensing_authority.name if user.licensing_authority_id else "",
        "badge_number": user.badge_number,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "staff_groups": sorted(user.groups.values_list("name", flat=True)),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
    }


def _installed_model(label: str):
    app_label, model_name = label.split(".")
    return apps.get_model(app_label, model_name) if app_label in apps.app_configs else None


def _erase_account(user: User, context: ErasureContext) -> None:
    """The user row keeps its id (learning records point at it), sector and district (the
    figures are broken down by them) and nothing that names the person."""
    EmailAddress.objects.filter(user=user).delete()  # and, by cascade, allauth's confirmations
    for label in (
        "mfa.Authenticator",
        "socialaccount.SocialAccount",
        "usersessions.UserSession",
        "wagtailusers.UserProfile",
        "wagtailcore.PageSubscription",
        "wagtailcore.APIToken",
        "wagtailadmin.EditingSession",
        "wagtailadmin.FormState",
    ):
        if (model := _installed_model(label)) is not None:
            model.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = erased_email(user)
    user.full_name = ""
    user.first_name = ""
    user.last_name = ""
    user.job_role = ""
    user.badge_number = ""
    user.licensing_authority = None
    user.reminder_emails = False
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    # An unusable password also changes the session hash, so every session the person has open
    # anywhere stops working at its next request (as does is_active=False).
    user.set_unusable_password()
    user.save()


def _export_memberships(user: User) -> list[dict]:
    return [
        {"organisation": m.organisation.name, "role": m.get_role_display(), "joined_at": m.joined_at}
        for m in Membership.objects.filter(user=user).select_related("organisation").order_by("joined_at")
    ]


def _erase_memberships(user: User, context: ErasureContext) -> None:
    Membership.objects.filter(user=user).delete()


def _export_join_requests(user: User) -> list[dict]:
    return [
        {
            "organisation": r.organisation.name,
            "asked_at": r.created_at,
            "decision": r.get_decision_display() if r.decision else "waiting",
            "decided_at": r.decided_at,
        }
        for r in JoinRequest.objects.filter(user=user).select_related("organisation").order_by("created_at")
    ]


def _erase_join_requests(user: User, context: ErasureContext) -> None:
    # An open request would make the erased account a member when a manager approves it.
    JoinRequest.objects.filter(user=user, decided_at__isnull=True).delete()


def _invitations_to(user: User):
    return Invitation.objects.filter(Q(email__iexact=user.email) | Q(accepted_by=user))


def _export_invitations(user: User) -> list[dict]:
    return [
        {
            "organisation": i.organisation.name,
            "email": i.email,
            "role": i.get_role_display(),
            "sent_at": i.created_at,
            "expires_at": i.expires_at,
            "accepted_at": i.accepted_at,
        }
        for i in _invitations_to(user).select_related("organisation").order_by("created_at")
    ]


def _erase_invitations(user: User, context: ErasureContext) -> None:
    """Runs before the profile is scrubbed, while the email still matches."""
    invitations = _invitations_to(user)
    invitations.filter(accepted_at__isnull=True).delete()
    invitations.update(email=erased_email(user))


def _export_organisations_registered(user: User) -> list[dict]:
    return [
        {"organisation": o.name, "kind": o.get_kind_display(), "registered_at": o.created_at}
        for o in Organisation.objects.filter(created_by=user).order_by("created_at")
    ]


def _export_security(user: User) -> list[dict]:
    """Which kinds of second factor are set up, and when; never a secret."""
    model = _installed_model("mfa.Authenticator")
    if model is None:
        return []
    return [
        {"type": a.get_type_display(), "created_at": a.created_at, "last_used_at": a.last_used_at}
        for a in model.objects.filter(user=user).order_by("created_at")
    ]


register_personal_data(
    name="account",
    models=["people.User", "account.EmailAddress", "account.EmailConfirmation"],
    export=_export_account,
    erase=_erase_account,
    erase_order=1000,  # last: the other erasers still find the person by email
    description="Your profile and email addresses",
)
register_personal_data(
    name="memberships",
    models=["people.Membership"],
    export=_export_memberships,
    erase=_erase_memberships,
    erase_order=10,
)
register_personal_data(
    name="join_requests",
    models=["people.JoinRequest"],
    export=_export_join_requests,
    erase=_erase_join_requests,
    erase_order=10,
)
register_personal_data(
    name="invitations",
    models=["people.Invitation"],
    export=_export_invitations,
    erase=_erase_invitations,
    erase_order=10,
)
register_personal_data(
    name="organisations_registered",
    models=["people.Organisation"],
    export=_export_organisations_registered,
)
register_personal_data(
    name="second_factors",
    models=["mfa.Authenticator"],
    export=_export_security,
)

_STAFF_WORK = "staff work in the admin, not data about a learner; the erased user row it points to names nobody"
for _label, _reason in {
    "wagtailcore.Page": f"page owner and lock: {_STAFF_WORK}",
    "wagtailcore.Revision": f"who saved a revision: {_STAFF_WORK}",
    "wagtailcore.WorkflowState": f"who asked for moderation: {_STAFF_WORK}",
    "wagtailcore.TaskState": f"who finished a moderation task: {_STAFF_WORK}",
    "wagtailcore.UploadedFile": f"who uploaded a file: {_STAFF_WORK}",
    "wagtaildocs.Document": f"who uploaded a document: {_STAFF_WORK}",
    "wagtailimages.Image": f"who uploaded an image: {_STAFF_WORK}",
    "wagtailcore.Comment": f"editorial comments on pages: {_STAFF_WORK}",
    "wagtailcore.CommentReply": f"editorial comments on pages: {_STAFF_WORK}",
    "language.LanguageConfirmation": f"an editor confirming flagged wording: {_STAFF_WORK}",
    "wagtailcore.ModelLogEntry": (
        "the audit trail: kept as the record of staff decisions, exports and erasures "
        "(see elearning/people/README.md); erasure replaces the person's name and email in every "
        "entry that holds them (audit.py), so entries about an erased person name only their user id"
    ),
    "wagtailcore.PageLogEntry": "the audit trail of page changes: see wagtailcore.ModelLogEntry",
    "wagtailusers.UserProfile": "admin interface preferences (language, time zone); deleted on erasure",
    "wagtailcore.PageSubscription": "whether a staff member is emailed about page comments; deleted on erasure",
    "wagtailcore.APIToken": "Wagtail API tokens: the platform has no API; deleted on erasure",
    "wagtailadmin.EditingSession": "who has an admin edit form open right now; deleted on erasure",
    "wagtailadmin.FormState": "unsaved admin form drafts; deleted on erasure",
}.items():
    exclude_from_personal_data(_label, _reason)
