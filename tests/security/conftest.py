"""Personas the security tests add to tests/conftest.py's: an assessor and a workforce analyst
scoped to one partnership. Staff get an authenticator, as real staff must before the admin answers."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from elearning.people.models import MembershipRole, OrganisationKind
from tests.factories import MembershipFactory, OrganisationFactory, PartnershipFactory, UserFactory
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
def unassigned_assessor(db):
    """An assessor to whom no application is assigned."""
    user = UserFactory(full_name="Una Unassigned", email="una.assessor@example.org", is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=ASSESSORS_GROUP)[0])
    give_totp(user)
    return user


@pytest.fixture
def other_school_manager(db):
    """Manages another school (organisation B is a hotel): same kind as A, still sees none of it."""
    school = OrganisationFactory(name="Cowley Primary School", kind=OrganisationKind.SCHOOL, declared_headcount=12)
    return MembershipFactory(organisation=school, role=MembershipRole.MANAGER, user__full_name="Cal Cowley").user


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
