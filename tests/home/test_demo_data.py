from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from courses.models import Competency, CoursePage, LessonPage, Question
from courses.services import enrolment_start
from elearning.people.models import District, User
from home.management.commands.load_demo_data import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_data", stdout=StringIO())


def test_it_builds_the_districts_the_course_and_the_bank(demo):
    assert District.objects.count() == 12
    assert {"City of York", "Harrogate", "Barnsley", "Doncaster", "Rotherham", "Sheffield"} <= set(
        District.objects.values_list("name", flat=True)
    )
    assert set(CoursePage.objects.live().values_list("audience", flat=True)) == {
        "school",
        "practitioner",
        "taxi",
        "hotel",
        "night_time",
    }
    for course in CoursePage.objects.live():
        assert 3 <= LessonPage.objects.live().child_of(course).count() <= 5, course.title
    assert Question.objects.filter(live=True).count() >= 60
    assert Competency.objects.count() == 9


def test_every_live_page_answers_200(demo, client):
    learner = User.objects.get(email="learner@example.com")
    for course in CoursePage.objects.live():
        enrolment_start(learner=learner, course=course)
    client.force_login(learner)
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert len(pages) >= 6
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_every_demo_account_can_sign_in(demo, client):
    for email in ("learner@example.com", "editor@example.com", "admin@example.com"):
        assert client.login(email=email, password=DEMO_PASSWORD), email
        client.logout()


def test_the_editor_and_superuser_reach_the_admin_and_the_learner_does_not(demo, client):
    for email, status in (("editor@example.com", 200), ("admin@example.com", 200), ("learner@example.com", 302)):
        client.force_login(User.objects.get(email=email))
        assert client.get("/admin/").status_code == status, email


def test_running_it_again_changes_nothing(demo):
    counts = [Page.objects.count(), Question.objects.count(), User.objects.count(), District.objects.count()]
    call_command("load_demo_data", stdout=StringIO())
    assert [Page.objects.count(), Question.objects.count(), User.objects.count(), District.objects.count()] == counts


def test_if_empty_leaves_an_existing_site_alone(demo, capsys):
    revisions = Revision.objects.count()
    call_command("load_demo_data", "--if-empty")
    assert "not loaded again" in capsys.readouterr().out
    assert Revision.objects.count() == revisions


def test_it_refuses_to_run_where_demo_data_is_not_allowed(db, settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="production"):
        call_command("load_demo_data")
    assert not User.objects.exists()
