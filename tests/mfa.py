"""Two-factor authentication for test personas: staff need an authenticator before the admin
answers them (elearning/people/mfa.py), so staff personas get one, as real staff would."""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt

from elearning.people.mfa import totp_code


def give_totp(user) -> str:
    """Set up an authenticator app and recovery codes for `user`; return the app's secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def current_code(secret: str) -> str:
    """The 6-digit code the user's authenticator app shows now."""
    return totp_code(secret, at=time.time())


def recovery_codes(user) -> list[str]:
    return RecoveryCodes.activate(user).get_unused_codes()


def totp_secret(user) -> str:
    """The secret of the authenticator app `user` has set up (as their app holds it)."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return decrypt(authenticator.data["secret"])
