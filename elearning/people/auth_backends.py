"""The authentication backends: Django's and allauth's, loading the signed-in user on each request
together with whether they still need an authenticator app (elearning/people/mfa.py), so the staff
two-factor check that every request runs costs no query of its own."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend

from .mfa import with_authenticator_need


class _LoadsAuthenticatorNeed:
    def get_user(self, user_id):
        users = with_authenticator_need(get_user_model()._default_manager.all())
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


class ModelBackend(_LoadsAuthenticatorNeed, DjangoModelBackend):
    """Django's: `force_login`, the Wagtail admin's own sign-in form."""


class AuthenticationBackend(_LoadsAuthenticatorNeed, AllauthBackend):
    """allauth's: every sign-in through /accounts/."""
