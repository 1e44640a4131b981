"""Personas the security tests add to tests/conftest.py's: an assessor and a workforce analyst
scoped to one partnership. Staff get an authenticator, as real staff must before the admin answers."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from tests.factories import PartnershipFactory, UserFactory
from tests.mfa import give_totp

ASSESSORS_GROUP = "Assessors"
ANALYSTS_GROUP = "Workforce analysts"


@pytest.fixture
def assessor(db):
    user = UserFactory(full_name="Ada Assessor", email="ada.assessor@example.org", is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=ASSESSORS_GROUP)[0])
    give_totp(user)
    return user


@pytest.fixture
def scoped_analyst(db):
    """A workforce analyst who may see only the "Elsewhere" partnership: never organisation A's."""
    user = UserFactory(full_name="Sam Scoped", email="sam.analyst@example.org", is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=ANALYSTS_GROUP)[0])
    if "insights" in apps.app_configs:
        from elearning.insights.models import AnalystScope

        scope = AnalystScope.objects.create(user=user)
        scope.partnerships.add(PartnershipFactory(name="Elsewhere Safeguarding Partnership"))
    give_totp(user)
    return user
