"""The authentication backends: Django's and allauth's, loading the signed-in user on each request
together with what the staff two-factor check needs (elearning/people/mfa.py), so that the check,
which every request runs, costs no query of its own.

The user is read with SQL that the ORM compiles once per process: building the annotated queryset
afresh on every request cost more (about 3 ms) than running it."""

import functools

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.core.exceptions import ValidationError

from .mfa import with_authenticator_need

_PK_PLACEHOLDER = -7_349_201  # stands for the user's id while the ORM compiles the query once


@functools.cache
def _user_query() -> tuple[str, tuple, int]:
    """The SELECT of one user by id with the two-factor annotations, its parameters, and which of
    them is the id."""
    users = with_authenticator_need(get_user_model()._default_manager.filter(pk=_PK_PLACEHOLDER))
    sql, params = users.query.sql_with_params()
    return sql, params, params.index(_PK_PLACEHOLDER)


def load_user(user_id):
    """The user with this id, annotated for the two-factor check, or None."""
    user_model = get_user_model()
    try:
        pk = user_model._meta.pk.to_python(user_id)
    except ValidationError:
        return None
    sql, params, position = _user_query()
    params = (*params[:position], pk, *params[position + 1 :])
    return next(iter(user_model._default_manager.raw(sql, params)), None)


class _LoadsAuthenticatorNeed:
    def get_user(self, user_id):
        user = load_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_LoadsAuthenticatorNeed, DjangoModelBackend):
    """Django's: `force_login`, the Wagtail admin's own sign-in form."""


class AuthenticationBackend(_LoadsAuthenticatorNeed, AllauthBackend):
    """allauth's: every sign-in through /accounts/."""
