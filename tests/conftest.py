"""Personas shared by every test: who is asking matters more than what they ask."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from elearning.people.models import MembershipRole, OrganisationKind
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course
from tests.mfa import give_totp


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def learner(db):
    return UserFactory(full_name="Lee Learner", email="lee@example.org")


@pytest.fixture
def other_learner(db):
    return UserFactory(full_name="Olive Other", email="olive@example.org")


@pytest.fixture
def editor(db):
    user = UserFactory(full_name="Eve Editor", email="eve@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    give_totp(user)  # staff reach the admin only with two-factor authentication set up
    return user


@pytest.fixture
def superuser(db):
    user = UserFactory(full_name="Sue Super", email="sue@example.org", is_staff=True, is_superuser=True)
    give_totp(user)
    return user


@pytest.fixture
def organisation_a(db):
    return OrganisationFactory(name="Ashdown Primary School", kind=OrganisationKind.SCHOOL, declared_headcount=20)


@pytest.fixture
def organisation_b(db):
    return OrganisationFactory(name="Beckside Hotel", kind=OrganisationKind.HOTEL, declared_headcount=8)


@pytest.fixture
def manager_a(organisation_a):
    """Manages organisation A."""
    return MembershipFactory(
        organisation=organisation_a, role=MembershipRole.MANAGER, user__full_name="Mina Manager"
    ).user


@pytest.fixture
def manager_b(organisation_b):
    """Manages organisation B, and must never see A."""
    return MembershipFactory(
        organisation=organisation_b, role=MembershipRole.MANAGER, user__full_name="Bo Manager"
    ).user


@pytest.fixture
def member_a(organisation_a):
    """An ordinary member of organisation A."""
    return MembershipFactory(organisation=organisation_a, user__full_name="Meg Member").user


@pytest.fixture
def licensing_authority(db):
    return OrganisationFactory(name="Harrogate Borough Licensing", kind=OrganisationKind.LICENSING_AUTHORITY)


@pytest.fixture
def licensing_officer(licensing_authority):
    """A manager of a licensing authority: sees its drivers' training."""
    return MembershipFactory(
        organisation=licensing_authority, role=MembershipRole.MANAGER, user__full_name="Lou Licensing"
    ).user


@pytest.fixture
def manager_a_client(manager_a):
    return _client_for(manager_a)


@pytest.fixture
def manager_b_client(manager_b):
    return _client_for(manager_b)


@pytest.fixture
def member_a_client(member_a):
    return _client_for(member_a)


@pytest.fixture
def licensing_officer_client(licensing_officer):
    return _client_for(licensing_officer)


@pytest.fixture
def anonymous_client():
    return Client()


@pytest.fixture
def learner_client(learner):
    return _client_for(learner)


@pytest.fixture
def other_learner_client(other_learner):
    return _client_for(other_learner)


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def superuser_client(superuser):
    return _client_for(superuser)


@pytest.fixture
def course(db):
    return make_course()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits count in the cache, and every test client comes from the same address: start
    each test with nothing counted."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
