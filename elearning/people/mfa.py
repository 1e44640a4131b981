"""Two-factor authentication for the staff who reach the Wagtail admin.

Editors, moderators, assessors, workforce analysts and superusers see children's safety data and
change what every learner reads, so a password alone must not open the admin to them. They sign
in through allauth like everybody else; before any /admin/ URL answers them, they must have an
authenticator app (TOTP) set up, which also gives them recovery codes. Learners and organisation
managers never reach the admin and are never asked.

`MFA_REQUIRED_FOR_STAFF` (on everywhere; a test may turn it off to check the switch) is the one
setting. Once a member of staff has an authenticator, allauth asks for a code at every sign-in.
"""

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import redirect

ADMIN_PREFIX = "/admin/"
# The staff groups whose members work in the admin; superusers and anyone who may open the admin
# (Wagtail's "access admin" permission, from any group) count too.
STAFF_GROUPS = ("Editors", "Moderators", "Assessors", "Workforce analysts")
SET_UP_MESSAGE = (
    "You need two-factor authentication to use the admin. Confirm your password, then set up an "
    "authenticator app on your phone."
)
# A documented secret for the demo staff accounts only: load_demo_data, which production refuses
# to run, gives it to them. Anyone can read it here, so it protects nothing outside a demo.
DEMO_TOTP_SECRET = "DEMOSTAFFTOTPSECRETCSEAWARENESSX"  # noqa: S105 - demo accounts only


def mfa_required_for(user) -> bool:
    """True for staff who must have an authenticator before they reach the admin."""
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or user.is_staff
        or user.groups.filter(name__in=STAFF_GROUPS).exists()
        or user.has_perm("wagtailadmin.access_admin")
    )


def has_totp(user) -> bool:
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


class StaffMFAMiddleware:
    """Send staff without an authenticator from any /admin/ URL to the page that sets one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if (
            settings.MFA_REQUIRED_FOR_STAFF
            and request.path_info.startswith(ADMIN_PREFIX)
            and mfa_required_for(request.user)
            and not has_totp(request.user)
        ):
            messages.warning(request, SET_UP_MESSAGE)
            return redirect("mfa_activate_totp")
        return self.get_response(request)


class StaffMFAAdapter(DefaultMFAAdapter):
    """allauth's MFA adapter, except that staff who must have an authenticator cannot remove it."""

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if (
            settings.MFA_REQUIRED_FOR_STAFF
            and authenticator.type == Authenticator.Type.TOTP
            and mfa_required_for(authenticator.user)
        ):
            return False
        return super().can_delete_authenticator(authenticator)


def totp_code(secret: str, *, at: float) -> str:
    """The code an authenticator app shows for `secret` at Unix time `at` (allauth's own HOTP)."""
    from allauth.mfa import app_settings

    return format_hotp_value(hotp_value(secret, int(at) // app_settings.TOTP_PERIOD))


def demo_staff_totp_seed(*, users) -> int:
    """Give each demo member of staff without an authenticator one with DEMO_TOTP_SECRET.

    Only load_demo_data calls this (it refuses to run in production). Returns how many it set up.
    """
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    seeded = 0
    for user in users:
        if mfa_required_for(user) and not has_totp(user):
            TOTP.activate(user, DEMO_TOTP_SECRET)
            RecoveryCodes.activate(user)
            seeded += 1
    return seeded
