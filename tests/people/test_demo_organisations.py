import pytest

from elearning.people.demo_organisations import organisations_demo_load
from elearning.people.models import Membership, MembershipRole, OrganisationKind, OrganisationStatus, User
from tests.factories import DistrictFactory

pytestmark = pytest.mark.django_db


def test_it_builds_approved_demo_organisations_and_can_run_twice(learner):
    districts = {"Harrogate": DistrictFactory(name="Harrogate")}
    for _ in range(2):
        built = organisations_demo_load(districts=districts, learner=learner, manager_password="demo-pass-123")
    assert set(built) == {
        OrganisationKind.SCHOOL,
        OrganisationKind.HOTEL,
        OrganisationKind.LICENSING_AUTHORITY,
        OrganisationKind.TAXI_OPERATOR,
    }
    assert all(o.status == OrganisationStatus.APPROVED for o in built.values())
    manager = User.objects.get(email="manager@example.com")
    assert manager.check_password("demo-pass-123")
    for kind in (OrganisationKind.SCHOOL, OrganisationKind.HOTEL):
        assert Membership.objects.get(organisation=built[kind], user=manager).role == MembershipRole.MANAGER
    assert Membership.objects.get(organisation=built[OrganisationKind.SCHOOL], user=learner).role == "member"
