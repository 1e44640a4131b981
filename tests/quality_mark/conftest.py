"""Quality mark fixtures: a school with managers, an assessor, the standards, and private evidence
storage in a temporary folder."""

import pytest
from django.contrib.auth.models import Group

from elearning.people.models import MembershipRole, OrganisationKind
from quality_mark.models import Standard, StandardMeasure
from quality_mark.permissions import ASSESSORS_GROUP
from tests.conftest import _client_for
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course
from tests.mfa import give_totp


@pytest.fixture(autouse=True)
def evidence_root(settings, tmp_path):
    """Evidence goes to a temporary folder, and media to another, for every test here."""
    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "private" / "evidence"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.QUALITY_MARK_EVIDENCE_ROOT


@pytest.fixture
def school(organisation_a):
    """Ashdown Primary School (declared headcount 20), managed by manager_a."""
    assert organisation_a.kind == OrganisationKind.SCHOOL
    return organisation_a


@pytest.fixture
def school_manager(school, manager_a):
    return manager_a


@pytest.fixture
def school_manager_client(manager_a_client):
    return manager_a_client


@pytest.fixture
def other_school(db):
    return OrganisationFactory(name="Brookfield Academy", kind=OrganisationKind.SCHOOL, declared_headcount=30)


@pytest.fixture
def other_school_manager(other_school):
    """Manages another school, and must never see Ashdown's application."""
    return MembershipFactory(
        organisation=other_school, role=MembershipRole.MANAGER, user__full_name="Omar Otherschool"
    ).user


@pytest.fixture
def other_school_manager_client(other_school_manager):
    return _client_for(other_school_manager)


@pytest.fixture
def assessor(db):
    user = UserFactory(full_name="Ada Assessor", email="ada.assessor@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=ASSESSORS_GROUP))
    give_totp(user)  # staff get past sign-in only with two-factor authentication set up
    return user


@pytest.fixture
def other_assessor(db):
    user = UserFactory(full_name="Abe Assessor", email="abe.assessor@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=ASSESSORS_GROUP))
    give_totp(user)  # staff get past sign-in only with two-factor authentication set up
    return user


@pytest.fixture
def assessor_client(assessor):
    return _client_for(assessor)


@pytest.fixture
def staff_course(db):
    return make_course(slug="school-staff")


def _descriptors(topic: str) -> dict:
    return {
        "level_1_emerging": f"{topic}: little in place yet.",
        "level_2_developing": f"{topic}: some of it in place.",
        "level_3_established": f"{topic}: in place and known to staff.",
        "level_4_embedded": f"{topic}: in place, checked and improved every year.",
    }


@pytest.fixture
def standards(staff_course):
    """Three standards: two self-assessed, and whole-staff awareness measured from the staff course."""
    return [
        Standard.objects.create(
            title="Leadership and policy",
            slug="leadership-and-policy",
            sort_order=1,
            what_good_looks_like="CSE and missing children are in the child protection policy.",
            evidence_expected="The policy.",
            **_descriptors("Leadership"),
        ),
        Standard.objects.create(
            title="Whole-staff awareness",
            slug="whole-staff-awareness",
            sort_order=2,
            what_good_looks_like="Every member of staff, including lunchtime and site staff, is trained every year.",
            measure=StandardMeasure.STAFF_TRAINING,
            measure_course=staff_course,
            measure_target_percent=90,
            **_descriptors("Training"),
        ),
        Standard.objects.create(
            title="Curriculum",
            slug="curriculum",
            sort_order=3,
            what_good_looks_like="Age-appropriate lessons on healthy relationships, consent and online safety.",
            **_descriptors("Curriculum"),
        ),
    ]
