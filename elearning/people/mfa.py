"""Two-factor authentication for staff: editors, moderators, assessors, workforce analysts,
superusers and anyone else who may open the Wagtail admin.

They see children's safety data (in the admin, and outside it: quality-mark evidence, certificate
checks in bulk) and change what every learner reads, so a password alone must not open anything to
them. They sign in through allauth like everybody else; before any URL answers them, except
allauth's own pages under /accounts/ (sign in and out, confirm the password, set up the
authenticator) and static files, they must have an authenticator app (TOTP) set up, which also
gives them recovery codes. Learners and organisation managers are never asked.

`MFA_REQUIRED_FOR_STAFF` (on everywhere; a test may turn it off to check the switch) is the one
setting. Once a member of staff has an authenticator, allauth asks for a code at every sign-in.

The authenticator's secret and the recovery codes' seed are stored encrypted (Fernet, with a key
derived from `MFA_ENCRYPTION_KEY`), so a copy of the database alone does not give anyone the codes.
"""

import base64
import functools

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import is_mfa_enabled
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import ImproperlyConfigured
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import redirect

# allauth's pages, all under /accounts/: signing in and out, confirming the password, setting up
# the authenticator. Everything else waits until staff have one.
ACCOUNT_PREFIX = "/accounts/"
# The staff groups whose members work in the admin; superusers and anyone who may open the admin
# (Wagtail's "access admin" permission, from any group) count too.
STAFF_GROUPS = ("Editors", "Moderators", "Assessors", "Workforce analysts")
SET_UP_MESSAGE = (
    "You need two-factor authentication to use your staff account. Confirm your password, then set "
    "up an authenticator app on your phone."
)
# A documented secret for the demo staff accounts only: load_demo_data, which production refuses
# to run, gives it to them. Anyone can read it here, so it protects nothing outside a demo.
DEMO_TOTP_SECRET = "DEMOSTAFFTOTPSECRETCSEAWARENESSX"  # noqa: S105 - demo accounts only


def _staff() -> Q:
    """Users who must have an authenticator: the one rule, as a filter on users. Each part is a
    superuser or staff flag or an EXISTS on an indexed link table, so it costs well under a
    millisecond where joining every group and permission row took ten."""
    user_model = get_user_model()
    access_admin = Permission.objects.filter(codename="access_admin", content_type__app_label="wagtailadmin")
    in_groups = user_model.groups.through.objects.filter(user_id=OuterRef("pk"))
    given = user_model.user_permissions.through.objects.filter(user_id=OuterRef("pk"))
    return (
        Q(is_superuser=True)
        | Q(is_staff=True)
        | Q(Exists(in_groups.filter(group__name__in=STAFF_GROUPS)))
        | Q(Exists(in_groups.filter(group__permissions__in=access_admin)))
        | Q(Exists(given.filter(permission__in=access_admin)))
    )


def mfa_required_for(user) -> bool:
    """True for staff, who must have an authenticator before anything but allauth answers them."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    return get_user_model().objects.filter(_staff(), pk=user.pk, is_active=True).exists()


# What the authentication backends (elearning/people/auth_backends.py) read with the user they load
# for a request, in the same query: whether they have an authenticator app, and whether they belong
# to any group or hold any permission of their own (learners and managers do neither). With the
# superuser and staff flags, that settles the check for almost everyone without a query of its own.
HAS_TOTP = "_mfa_has_totp"
MAY_BE_STAFF = "_mfa_may_be_staff"


def with_authenticator_need(users: QuerySet) -> QuerySet:
    """Annotate each user with HAS_TOTP and MAY_BE_STAFF: two EXISTS on indexed link tables."""
    user_model = get_user_model()
    in_a_group = user_model.groups.through.objects.filter(user_id=OuterRef("pk"))
    own_permission = user_model.user_permissions.through.objects.filter(user_id=OuterRef("pk"))
    return users.annotate(
        **{
            HAS_TOTP: Exists(Authenticator.objects.filter(user=OuterRef("pk"), type=Authenticator.Type.TOTP)),
            MAY_BE_STAFF: ExpressionWrapper(
                Q(Exists(in_a_group)) | Q(Exists(own_permission)), output_field=BooleanField()
            ),
        }
    )


def needs_authenticator(user) -> bool:
    """True for staff without an authenticator app yet. It runs on every request: the signed-in
    user comes with what settles it (no query) unless they are in a group without the staff flag
    and have no app yet; any other user object costs one query."""
    if not user.is_authenticated:
        return False
    if hasattr(user, HAS_TOTP):
        if getattr(user, HAS_TOTP):
            return False
        if user.is_superuser or user.is_staff:
            return True
        if not getattr(user, MAY_BE_STAFF):
            return False
    totp = Authenticator.objects.filter(user=OuterRef("pk"), type=Authenticator.Type.TOTP)
    return get_user_model().objects.filter(_staff(), ~Exists(totp), pk=user.pk, is_active=True).exists()


def has_totp(user) -> bool:
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def _exempt(path: str) -> bool:
    return path.startswith(ACCOUNT_PREFIX) or path.startswith(settings.STATIC_URL)


class StaffMFAMiddleware:
    """Send staff without an authenticator from any URL but allauth's and static files to the page
    that sets one up: the admin, quality-mark evidence, bulk certificate checks, public pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if settings.MFA_REQUIRED_FOR_STAFF and not _exempt(request.path_info) and needs_authenticator(request.user):
            messages.warning(request, SET_UP_MESSAGE)
            return redirect("mfa_activate_totp")
        return self.get_response(request)


# Marks a stored value as encrypted; an authenticator secret (base32) or seed (hex) never starts so.
ENCRYPTED_PREFIX = "fernet:"


class SecretUnreadable(ImproperlyConfigured):
    """A stored secret that none of the configured keys decrypts: a deployment fault, not input."""


@functools.lru_cache(maxsize=4)
def _fernet(keys: str) -> MultiFernet:
    fernets = []
    for key in keys.split(","):
        derived = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"cse-elearning mfa secrets").derive(
            key.strip().encode()
        )
        fernets.append(Fernet(base64.urlsafe_b64encode(derived)))
    return MultiFernet(fernets)


def _keys() -> str:
    # Empty (development and tests; production requires the variable): derived from SECRET_KEY.
    return settings.MFA_ENCRYPTION_KEY or settings.SECRET_KEY


def secret_encrypt(text: str) -> str:
    return ENCRYPTED_PREFIX + _fernet(_keys()).encrypt(text.encode()).decode()


def secret_decrypt(stored: str) -> str:
    """The secret; a value stored before encryption (none after people migration 0006) is refused."""
    if not stored.startswith(ENCRYPTED_PREFIX):
        raise SecretUnreadable("An authenticator secret is stored unencrypted: run manage.py migrate.")
    try:
        return _fernet(_keys()).decrypt(stored.removeprefix(ENCRYPTED_PREFIX).encode()).decode()
    except InvalidToken:
        raise SecretUnreadable(
            "An authenticator secret does not decrypt with MFA_ENCRYPTION_KEY. If the key was changed, "
            "list the new key first and the old one after it, comma-separated."
        ) from None


class StaffMFAAdapter(DefaultMFAAdapter):
    """allauth's MFA adapter, except that secrets are encrypted at rest and staff who must have an
    authenticator cannot remove it."""

    def encrypt(self, text: str) -> str:
        return secret_encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return secret_decrypt(encrypted_text)

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
