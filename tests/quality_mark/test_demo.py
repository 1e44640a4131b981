"""The quality mark demo: loads through the services, twice without change, with a school at
each stage and wording the language guard passes."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from elearning.people.models import User
from quality_mark.models import Application, ApplicationEvent, ApplicationStatus, Award, EvidenceFile, Standard
from quality_mark.permissions import can_review

S = ApplicationStatus
pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_output(db):
    out = StringIO()
    call_command("load_demo_data", stdout=out)
    return out.getvalue()


def _snapshot():
    return {
        "applications": list(Application.objects.order_by("pk").values_list("pk", "status", "assessor_id")),
        "events": ApplicationEvent.objects.count(),
        "awards": list(Award.objects.order_by("pk").values_list("pk", "code", "expires_on")),
        "standards": list(Standard.objects.order_by("pk").values_list("pk", "slug", "latest_revision_id")),
        "users": User.objects.count(),
    }


def test_it_loads_the_standards_the_assessor_and_a_school_at_each_stage(demo_output):
    assert list(Standard.objects.values_list("title", flat=True)) == [
        "Leadership and policy",
        "Whole-staff awareness",
        "Curriculum",
        "Pupil voice",
        "Parents and carers",
        "Recognising and referring",
        "Missing education and missing from home",
        "Partnership",
    ]
    measured = Standard.objects.get(slug="whole-staff-awareness")
    assert measured.is_measured
    assert measured.measure_course.slug == "school-staff"
    assert measured.measure_target_percent == 90
    assert Standard.objects.filter(benchmark_level=3).count() == 8

    by_school = {application.organisation.name: application for application in Application.objects.all()}
    assert by_school["Brookfield Church of England Academy"].status == S.AWARDED
    assert by_school["Castle Hill High School"].status == S.MORE_INFORMATION
    assert by_school["Dalesview Primary School"].status == S.SUBMITTED
    assert by_school["Ashville Primary School"].status == S.DRAFT
    assert Award.objects.get(organisation__name="Brookfield Church of England Academy").status == "valid"
    trained = by_school["Brookfield Church of England Academy"].sections.get(standard=measured)
    assert trained.measured_percent == 91  # 11 of 12 staff passed the school staff course
    assert trained.agreed_level == 3
    sent_back = by_school["Castle Hill High School"]
    assert sent_back.decision_comment
    assert sent_back.sections.exclude(assessor_comment="").count() == 2
    assert not EvidenceFile.objects.exists()  # the demo writes no files anywhere

    assessor = User.objects.get(email="assessor@example.com")
    assert assessor.check_password("learn-safely-2026")
    assert can_review(assessor)
    assert "assessor@example.com" in demo_output

    # The demo manager's own school has a draft to finish.
    client = Client()
    client.force_login(User.objects.get(email="manager@example.com"))
    draft = by_school["Ashville Primary School"]
    response = client.get(f"/organisations/{draft.organisation_id}/quality-mark/applications/{draft.pk}/")
    assert response.status_code == 200
    assert "Leadership and policy" in response.content.decode()


def test_loading_it_again_changes_nothing(demo_output):
    before = _snapshot()

    call_command("load_demo_data", stdout=StringIO())

    assert _snapshot() == before


def test_the_standards_pass_the_language_guard(demo_output):
    out = StringIO()

    call_command("check_language", stdout=out)  # raises CommandError on any phrase to avoid

    assert "No phrases to avoid" in out.getvalue()
