import csv
import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from courses.organisations.selectors import badge_check, licensed_drivers
from elearning.people.models import MembershipRole, OrganisationKind
from tests.courses.organisation_data import certify, require
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def taxi_course(db):
    course = make_course(slug="taxi-drivers")
    require(OrganisationKind.LICENSING_AUTHORITY, course)
    require(OrganisationKind.TAXI_OPERATOR, course)
    return course


@pytest.fixture
def drivers(licensing_authority, taxi_course):
    valid = UserFactory(full_name="Val Driver", licensing_authority=licensing_authority, badge_number="HB 1001")
    certify(valid, taxi_course, issued_on=TODAY - timedelta(days=10), expires_on=TODAY + timedelta(days=700))
    expired = UserFactory(full_name="Ex Driver", licensing_authority=licensing_authority, badge_number="HB1002")
    certify(expired, taxi_course, issued_on=TODAY - timedelta(days=800), expires_on=TODAY - timedelta(days=5))
    untrained = UserFactory(full_name="Un Driver", licensing_authority=licensing_authority, badge_number="hb1003")
    other_authority = OrganisationFactory(kind=OrganisationKind.LICENSING_AUTHORITY, name="Elsewhere Licensing")
    elsewhere = UserFactory(full_name="Else Driver", licensing_authority=other_authority, badge_number="HB1004")
    certify(elsewhere, taxi_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=700))
    return {
        "valid": valid,
        "expired": expired,
        "untrained": untrained,
        "elsewhere": elsewhere,
        "other": other_authority,
    }


def test_the_authority_sees_only_its_own_drivers(licensing_authority, drivers, taxi_course):
    rows = {u.full_name: getattr(u, f"status_{taxi_course.pk}") for u in licensed_drivers(licensing_authority)}
    assert rows == {"Val Driver": "completed", "Ex Driver": "expired", "Un Driver": "not_started"}


def test_badge_check_reports_valid_expired_unknown_and_malformed(licensing_authority, drivers):
    results = badge_check(licensing_authority, ["hb1001", "HB1002", "HB 1003", "HB1004", "ZZ999", "<script>", "x" * 80])
    assert [r.outcome for r in results] == [
        "trained",
        "not trained",
        "not trained",
        "no driver with this badge",  # another authority's driver is never found
        "no driver with this badge",
        "not a badge number",
        "not a badge number",
    ]
    assert results[0].driver.user == drivers["valid"]
    assert results[0].driver.cells[0].expires_on == TODAY + timedelta(days=700)
    assert results[1].driver.cells[0].expired_on == TODAY - timedelta(days=5)


def drivers_url(authority, name="organisation_drivers"):
    return reverse(f"courses:{name}", args=[authority.pk])


def test_the_licensing_officer_sees_the_drivers_page(licensing_officer_client, licensing_authority, drivers):
    response = licensing_officer_client.get(drivers_url(licensing_authority))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Val Driver" in content and "Ex Driver" in content
    assert "Else Driver" not in content


def test_an_officer_of_another_authority_and_other_managers_get_404(
    client, manager_a_client, licensing_authority, drivers
):
    other_officer = MembershipFactory(organisation=drivers["other"], role=MembershipRole.MANAGER).user
    client.force_login(other_officer)
    for name in ["organisation_drivers", "organisation_badge_check"]:
        assert client.get(drivers_url(licensing_authority, name)).status_code == 404
        assert manager_a_client.get(drivers_url(licensing_authority, name)).status_code == 404
    response = client.post(drivers_url(licensing_authority, "organisation_badge_check"), {"badges": "HB1001"})
    assert response.status_code == 404


def test_a_school_has_no_drivers_page(manager_a_client, organisation_a):
    assert manager_a_client.get(drivers_url(organisation_a)).status_code == 404


def test_badge_check_by_pasting(licensing_officer_client, licensing_authority, drivers):
    response = licensing_officer_client.post(
        drivers_url(licensing_authority, "organisation_badge_check"), {"badges": "HB1001\nHB1002, nobody"}
    )
    assert response.status_code == 200
    assert [r.outcome for r in response.context["results"]] == ["trained", "not trained", "no driver with this badge"]


def test_badge_check_by_csv_upload_and_download(licensing_officer_client, licensing_authority, drivers):
    upload = SimpleUploadedFile("badges.csv", b"Badge number\nHB1001\n=cmd|calc\n", content_type="text/csv")
    response = licensing_officer_client.post(
        drivers_url(licensing_authority, "organisation_badge_check"), {"file": upload, "download": "1"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][:3] == ["HB1001", "trained", "Val Driver"]
    assert rows[2][0] == "'=cmd|calc"
    assert rows[2][1] == "not a badge number"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Paste at least one badge number or upload a CSV file"),
        ({"badges": "\n".join(f"B{n}" for n in range(501))}, "Check up to 500 badge numbers at a time: you gave 501"),
        ({"file": ("badges.xlsx", b"PK\x03\x04")}, "The file must be a CSV file"),
        ({"file": ("badges.csv", b"\xff\xfe\x00b\x00a")}, "The file must be a CSV file saved as UTF-8 text"),
        ({"file": ("badges.csv", b"HB1\n" * 30_000)}, "The file must be smaller than 100 KB"),
    ],
)
def test_badge_check_explains_bad_input(licensing_officer_client, licensing_authority, drivers, data, message):
    if "file" in data:
        name, content = data["file"]
        data = {"file": SimpleUploadedFile(name, content)}
    response = licensing_officer_client.post(drivers_url(licensing_authority, "organisation_badge_check"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["results"] is None
