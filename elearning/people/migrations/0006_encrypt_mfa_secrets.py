"""Encrypt the authenticator secrets and recovery-code seeds stored before they were encrypted
(elearning/people/mfa.py). Reversible: going back stores them in the clear again."""

from django.db import migrations

from elearning.people.mfa import ENCRYPTED_PREFIX, secret_decrypt, secret_encrypt

# allauth.mfa's Authenticator.data: which keys hold secrets, by authenticator type.
SECRET_KEYS = {"totp": ("secret",), "recovery_codes": ("seed",)}


def _convert(apps, *, forwards: bool) -> None:
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=SECRET_KEYS).order_by("pk").iterator():
        data = dict(authenticator.data)
        for key in SECRET_KEYS[authenticator.type]:
            if key in data:
                data[key] = _one(data[key], forwards=forwards)
        if "migrated_codes" in data:
            data["migrated_codes"] = [_one(code, forwards=forwards) for code in data["migrated_codes"]]
        if data != authenticator.data:
            Authenticator.objects.filter(pk=authenticator.pk).update(data=data)


def _one(value: str, *, forwards: bool) -> str:
    encrypted = value.startswith(ENCRYPTED_PREFIX)
    if forwards:
        return value if encrypted else secret_encrypt(value)
    return secret_decrypt(value) if encrypted else value


def encrypt(apps, schema_editor):
    _convert(apps, forwards=True)


def decrypt(apps, schema_editor):
    _convert(apps, forwards=False)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_organisation_staff_permissions"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt, decrypt)]
