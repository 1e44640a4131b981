import pytest

from courses.demo_requirements import required_courses_demo_load
from courses.models import RequiredCourse
from elearning.people.models import OrganisationKind
from tests.factories import make_course

pytestmark = pytest.mark.django_db


def test_demo_requirements_map_kinds_to_demo_courses_once(db):
    school = make_course(slug="school-staff")
    taxi = make_course(slug="taxi-drivers")
    assert required_courses_demo_load() == 3
    assert required_courses_demo_load() == 0
    assert set(RequiredCourse.objects.values_list("kind", "course")) == {
        (OrganisationKind.SCHOOL, school.pk),
        (OrganisationKind.TAXI_OPERATOR, taxi.pk),
        (OrganisationKind.LICENSING_AUTHORITY, taxi.pk),
    }


def test_staff_list_and_add_required_courses_in_the_admin(superuser_client, course):
    RequiredCourse.objects.create(kind=OrganisationKind.SCHOOL, course=course)
    response = superuser_client.get("/admin/snippets/courses/requiredcourse/")
    assert response.status_code == 200
    assert "School" in response.content.decode()
    response = superuser_client.post(
        "/admin/snippets/courses/requiredcourse/add/", {"kind": OrganisationKind.HOTEL, "course": course.pk}
    )
    assert response.status_code == 302
    assert RequiredCourse.objects.filter(kind=OrganisationKind.HOTEL).exists()


def test_staff_edit_the_register_threshold_in_settings(superuser_client):
    response = superuser_client.get("/admin/settings/courses/trainingsettings/")
    assert response.status_code in (200, 302)


def test_a_learner_cannot_reach_the_required_courses_admin(learner_client):
    response = learner_client.get("/admin/snippets/courses/requiredcourse/")
    assert response.status_code in (302, 403)
