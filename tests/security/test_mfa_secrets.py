"""Authenticator secrets and recovery-code seeds are stored encrypted (Fernet, keyed by
MFA_ENCRYPTION_KEY): a copy of the database alone gives nobody a staff member's codes. Signing in,
recovery codes and the demo authenticator work as before; secrets stored in the clear before are
encrypted by a migration; a rotated key keeps working when the old one is listed after it."""

import importlib
import json

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.urls import reverse

from elearning.people.mfa import (
    DEMO_TOTP_SECRET,
    ENCRYPTED_PREFIX,
    SecretUnreadable,
    demo_staff_totp_seed,
    secret_decrypt,
    secret_encrypt,
)
from tests.factories import UserFactory
from tests.mfa import current_code, give_totp, recovery_codes

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
migration = importlib.import_module("elearning.people.migrations.0006_encrypt_mfa_secrets")


def _stored(user) -> dict[str, dict]:
    return {a.type: a.data for a in Authenticator.objects.filter(user=user)}


def _signs_in_with(client, user, code) -> bool:
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": code})
    signed_in = client.session.get("_auth_user_id") == str(user.pk)
    client.logout()
    return signed_in


def test_the_database_holds_neither_the_secret_nor_the_seed(client):
    user = UserFactory(is_staff=True)
    secret = give_totp(user)
    stored = _stored(user)
    assert stored["totp"]["secret"].startswith(ENCRYPTED_PREFIX)
    assert secret not in json.dumps(stored)
    assert stored["recovery_codes"]["seed"].startswith(ENCRYPTED_PREFIX)
    assert not any(code in json.dumps(stored) for code in recovery_codes(user))
    # and yet the app's code and a recovery code both sign in
    assert _signs_in_with(client, user, current_code(secret))
    assert _signs_in_with(client, user, recovery_codes(user)[0])


def test_the_same_secret_is_stored_differently_each_time():
    assert secret_encrypt("JBSWY3DPEHPK3PXP") != secret_encrypt("JBSWY3DPEHPK3PXP")
    assert secret_decrypt(secret_encrypt("JBSWY3DPEHPK3PXP")) == "JBSWY3DPEHPK3PXP"


def test_the_demo_staff_get_the_documented_authenticator_stored_encrypted(client):
    staff = UserFactory(email="editor@example.com", is_staff=True)
    assert demo_staff_totp_seed(users=[staff]) == 1
    assert DEMO_TOTP_SECRET not in json.dumps(_stored(staff))
    assert _signs_in_with(client, staff, current_code(DEMO_TOTP_SECRET))


def test_the_migration_encrypts_what_was_stored_in_the_clear_and_sign_in_still_works(client):
    user = UserFactory(is_staff=True)
    secret = give_totp(user)
    codes = recovery_codes(user)
    for authenticator in Authenticator.objects.filter(user=user):  # as allauth stored them before
        key = "secret" if authenticator.type == "totp" else "seed"
        clear = {**authenticator.data, key: secret_decrypt(authenticator.data[key])}
        Authenticator.objects.filter(pk=authenticator.pk).update(data=clear)
    assert secret in json.dumps(_stored(user))
    with pytest.raises(SecretUnreadable, match="unencrypted"):
        secret_decrypt(_stored(user)["totp"]["secret"])

    migration.encrypt(apps, None)
    assert secret not in json.dumps(_stored(user))
    migration.encrypt(apps, None)  # twice changes nothing more
    assert secret_decrypt(_stored(user)["totp"]["secret"]) == secret
    assert recovery_codes(user) == codes
    assert _signs_in_with(client, user, current_code(secret))

    migration.decrypt(apps, None)  # and it can be undone
    assert _stored(user)["totp"]["secret"] == secret


def test_a_rotated_key_decrypts_with_the_old_one_listed_after_it(settings):
    settings.MFA_ENCRYPTION_KEY = "old-key-" + "o" * 40
    stored = secret_encrypt("JBSWY3DPEHPK3PXP")
    settings.MFA_ENCRYPTION_KEY = "new-key-" + "n" * 40
    with pytest.raises(SecretUnreadable, match="list the new key first"):
        secret_decrypt(stored)
    settings.MFA_ENCRYPTION_KEY = f"new-key-{'n' * 40},old-key-{'o' * 40}"
    assert secret_decrypt(stored) == "JBSWY3DPEHPK3PXP"
