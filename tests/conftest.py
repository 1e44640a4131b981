"""Personas shared by every test: who is asking matters more than what they ask."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from tests.factories import UserFactory, make_course


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
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(full_name="Sue Super", email="sue@example.org", is_staff=True, is_superuser=True)


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
