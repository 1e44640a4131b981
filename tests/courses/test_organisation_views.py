import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.http import FileResponse, StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Certificate, TrainingReminder
from elearning.people.models import MembershipRole, Organisation, OrganisationKind, OrganisationStatus
from tests.courses.organisation_data import bulk_members, certify, require
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def school_course(course):
    require(OrganisationKind.SCHOOL, course)
    return course


def training_url(organisation, name="organisation_training"):
    return reverse(f"courses:{name}", args=[organisation.pk])


GET_NAMES = ["organisation_training", "organisation_training_csv", "organisation_training_xlsx"]
POST_NAMES = ["organisation_training_remind", "organisation_register_listing"]


@pytest.mark.parametrize(
    "persona", ["manager_b_client", "member_a_client", "learner_client", "licensing_officer_client", "editor_client"]
)
def test_it_hides_every_organisation_url_from_those_who_must_not_see_it(
    request, persona, organisation_a, manager_a, member_a, school_course
):
    client = request.getfixturevalue(persona)
    before = (TrainingReminder.objects.count(), list(Organisation.objects.values_list("pk", "on_public_register")))
    for name in GET_NAMES:
        assert client.get(training_url(organisation_a, name)).status_code == 404, name
    for name in POST_NAMES:
        response = client.post(training_url(organisation_a, name), {"member": member_a.pk, "listed": "yes"})
        assert response.status_code == 404, name
    for name in ["organisation_drivers", "organisation_badge_check"]:
        assert client.get(training_url(organisation_a, name)).status_code == 404
    after = (TrainingReminder.objects.count(), list(Organisation.objects.values_list("pk", "on_public_register")))
    assert before == after


def test_anonymous_people_are_sent_to_sign_in_and_nothing_changes(anonymous_client, organisation_a, school_course):
    for name in [*GET_NAMES, "organisation_drivers"]:
        response = anonymous_client.get(training_url(organisation_a, name))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    for name in POST_NAMES:
        assert anonymous_client.post(training_url(organisation_a, name), {"listed": "yes"}).status_code == 302
    assert not TrainingReminder.objects.exists()


def test_a_manager_of_a_pending_organisation_sees_nothing(client, school_course):
    pending = OrganisationFactory(status=OrganisationStatus.PENDING)
    manager = MembershipFactory(organisation=pending, role=MembershipRole.MANAGER).user
    client.force_login(manager)
    assert client.get(training_url(pending)).status_code == 404


def test_an_unknown_organisation_is_a_404(manager_a_client):
    assert manager_a_client.get("/organisations/999999/training/").status_code == 404
    assert manager_a_client.get("/organisations/99999999999999999999/training/").status_code == 404


def test_the_manager_sees_coverage_and_statuses_but_no_scores(
    manager_a_client, organisation_a, member_a, school_course
):
    certify(member_a, school_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=365))
    response = manager_a_client.get(training_url(organisation_a))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Meg Member" in content
    assert "Completed" in content
    assert "5% (1 of 20)" in content  # one of the declared 20
    assert "50% (1 of 2)" in content  # one of two members (the manager is one)
    assert "Score" not in content and "score" not in content
    assert 'aria-current="page"' in content


def test_bad_filters_get_a_message_not_an_error(manager_a_client, organisation_a, school_course):
    response = manager_a_client.get(training_url(organisation_a), {"course": "banana", "status": "nope", "page": "x"})
    assert response.status_code == 200
    assert "Choose one of the required courses" in response.content.decode()


def test_the_dashboard_runs_the_same_queries_for_10_and_2000_members(manager_a_client, organisation_a, school_course):
    bulk_members(organisation_a, 9, course=school_course, prefix="few")
    manager_a_client.get(training_url(organisation_a))  # warm the per-process caches (site, settings)
    with CaptureQueriesContext(connection) as few:
        assert manager_a_client.get(training_url(organisation_a)).status_code == 200
    bulk_members(organisation_a, 1990, course=school_course, prefix="many")
    with CaptureQueriesContext(connection) as many:
        response = manager_a_client.get(training_url(organisation_a), {"page": "3"})
        assert response.status_code == 200
    assert len(few) == len(many)
    assert len(many) <= 16
    assert response.context["page"].paginator.count == 2000


def test_exports_stream_10000_rows(manager_a_client, organisation_a, school_course):
    bulk_members(organisation_a, 9_999, course=school_course, prefix="export")
    response = manager_a_client.get(training_url(organisation_a, "organisation_training_csv"))
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + 10_000
    assert rows[0][:3] == ["Name", "Email", "Role"]
    completed = sum(1 for row in rows[1:] if row[3] == "Completed")
    assert completed == Certificate.objects.filter(learner__memberships__organisation=organisation_a).count()


def test_the_xlsx_export_has_every_member_and_neutralises_formulas(
    manager_a_client, organisation_a, manager_a, school_course
):
    MembershipFactory(organisation=organisation_a, user__full_name='=HYPERLINK("http://x")')
    response = manager_a_client.get(training_url(organisation_a, "organisation_training_xlsx"))
    assert response.status_code == 200
    assert isinstance(response, FileResponse)
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 3
    names = [row[0] for row in values[1:]]
    assert '\'=HYPERLINK("http://x")' in names
    assert all(not (isinstance(v, str) and v.startswith("=")) for row in values for v in row)


def test_the_csv_export_neutralises_formulas(manager_a_client, organisation_a, school_course):
    MembershipFactory(organisation=organisation_a, user__full_name="@SUM(1+1)")
    response = manager_a_client.get(training_url(organisation_a, "organisation_training_csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'@SUM(1+1)" in text


def test_bulk_verify_is_open_to_managers_of_approved_organisations(manager_a_client, learner_client, client):
    assert manager_a_client.get(reverse("courses:bulk_verify")).status_code == 200
    assert learner_client.get(reverse("courses:bulk_verify")).status_code == 403
    pending = OrganisationFactory(status=OrganisationStatus.PENDING)
    client.force_login(MembershipFactory(organisation=pending, role=MembershipRole.MANAGER).user)
    assert client.get(reverse("courses:bulk_verify")).status_code == 403


def test_a_member_of_the_organisation_is_not_a_bulk_verifier(member_a_client):
    assert member_a_client.get(reverse("courses:bulk_verify")).status_code == 403


def test_the_training_page_works_with_no_required_course(manager_a_client, organisation_a):
    response = manager_a_client.get(training_url(organisation_a))
    assert response.status_code == 200
    assert "No course is required" in response.content.decode()


def test_get_is_refused_on_writes(manager_a_client, organisation_a):
    assert manager_a_client.get(training_url(organisation_a, "organisation_training_remind")).status_code == 405


def test_a_stranger_cannot_be_reminded_through_the_form(manager_a_client, organisation_a, school_course):
    stranger = UserFactory()
    response = manager_a_client.post(
        training_url(organisation_a, "organisation_training_remind"), {"member": stranger.pk}
    )
    assert response.status_code == 404
    response = manager_a_client.post(training_url(organisation_a, "organisation_training_remind"), {"member": "x"})
    assert response.status_code == 302
    assert not TrainingReminder.objects.exists()
