"""The public pages: what the quality mark is, the register of schools holding it, and the
verification of an award certificate's code."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.codes import code_generate
from quality_mark.models import Application, Award
from quality_mark.selectors import REGISTER_PAGE_SIZE
from tests.factories import DistrictFactory, OrganisationFactory
from tests.quality_mark.helpers import in_status

pytestmark = pytest.mark.django_db


def award_for(school, *, awarded_on: date, years: int = 3, revoked: bool = False) -> Award:
    """An award written straight to the database (the services are tested elsewhere)."""
    status = "awarded" if awarded_on + timedelta(days=365 * years) > timezone.localdate() else "expired"
    application = Application.objects.create(organisation=school, status=status, created_at=timezone.now())
    return Award.objects.create(
        application=application,
        organisation=school,
        awarded_on=awarded_on,
        expires_on=awarded_on.replace(year=awarded_on.year + years),
        code=code_generate(),
        revoked_at=timezone.now() if revoked else None,
        revocation_reason="Awarded in error" if revoked else "",
    )


def test_the_about_page_lists_the_standards_and_their_descriptors(client, standards):
    text = client.get(reverse("quality_mark:about")).content.decode()
    assert "Leadership and policy" in text and "Curriculum" in text
    assert "Leadership: in place, checked and improved every year." in text
    assert "at least 90%" in text
    assert reverse("quality_mark:register") in text


def test_the_register_lists_only_schools_with_a_current_award(client):
    today = timezone.localdate()
    harrogate, craven = DistrictFactory(name="Harrogate"), DistrictFactory(name="Craven")
    current = award_for(
        OrganisationFactory(name="Ashville School", district=harrogate), awarded_on=today - timedelta(days=10)
    )
    award_for(
        OrganisationFactory(name="Expired Primary", district=harrogate), awarded_on=today - timedelta(days=4 * 365)
    )
    award_for(
        OrganisationFactory(name="Revoked High", district=craven), awarded_on=today - timedelta(days=10), revoked=True
    )
    OrganisationFactory(name="Never Applied Academy", district=craven)
    text = client.get(reverse("quality_mark:register")).content.decode()
    assert "Ashville School" in text and "Harrogate" in text
    assert current.awarded_on.strftime("%-d %b %Y") in text and current.expires_on.strftime("%-d %b %Y") in text
    for absent in ("Expired Primary", "Revoked High", "Never Applied Academy"):
        assert absent not in text


def test_the_register_searches_by_name_and_by_district(client):
    today = timezone.localdate()
    award_for(OrganisationFactory(name="Ashville School", district=DistrictFactory(name="Harrogate")), awarded_on=today)
    award_for(OrganisationFactory(name="Skipton Girls", district=DistrictFactory(name="Craven")), awarded_on=today)
    by_name = client.get(reverse("quality_mark:register"), {"q": "ashv"}).content.decode()
    assert "Ashville School" in by_name and "Skipton Girls" not in by_name
    by_district = client.get(reverse("quality_mark:register"), {"q": "craven"}).content.decode()
    assert "Skipton Girls" in by_district and "Ashville School" not in by_district
    nothing = client.get(reverse("quality_mark:register"), {"q": "zzz"}).content.decode()
    assert "No school holding the quality mark matches" in nothing


def test_the_register_is_paginated(client):
    today = timezone.localdate()
    district = DistrictFactory(name="Selby")
    for n in range(REGISTER_PAGE_SIZE + 2):
        award_for(OrganisationFactory(name=f"School {n:03d}", district=district), awarded_on=today)
    first = client.get(reverse("quality_mark:register")).content.decode()
    assert "School 000" in first and f"School {REGISTER_PAGE_SIZE:03d}" not in first and "Page 1 of 2" in first
    second = client.get(reverse("quality_mark:register"), {"page": "2"}).content.decode()
    assert f"School {REGISTER_PAGE_SIZE + 1:03d}" in second
    assert client.get(reverse("quality_mark:register"), {"page": "nonsense"}).status_code == 200


def test_a_renewed_school_appears_once(client):
    today = timezone.localdate()
    school = OrganisationFactory(name="Twice Awarded", district=DistrictFactory(name="Ryedale"))
    award_for(school, awarded_on=today - timedelta(days=900))
    award_for(school, awarded_on=today - timedelta(days=5))
    text = client.get(reverse("quality_mark:register")).content.decode()
    assert text.count("Twice Awarded") == 1


def test_the_verify_page_shows_a_valid_award(client, school, manager_a, assessor, standards):
    application = in_status("awarded", school, manager_a, assessor)
    award = application.award
    response = client.get(reverse("courses:verify_code", args=[award.display_code]))
    assert response.status_code == 200
    text = response.content.decode()
    assert f"Quality mark awarded to {school.name}" in text
    assert school.district.name in text and "Valid" in text
    assert award.expires_on.strftime("%-d %B %Y") in text
    assert response["Cache-Control"] == "no-store"


def test_the_verify_page_accepts_the_code_typed_without_dashes(client, school):
    award = award_for(school, awarded_on=timezone.localdate())
    response = client.get(reverse("courses:verify_code", args=[award.code.lower()]), follow=True)
    assert f"Quality mark awarded to {school.name}" in response.content.decode()


def test_the_verify_page_says_expired_and_revoked(client):
    today = timezone.localdate()
    expired = award_for(OrganisationFactory(name="Old School"), awarded_on=today - timedelta(days=4 * 365))
    revoked = award_for(OrganisationFactory(name="Revoked School"), awarded_on=today, revoked=True)
    assert "Expired" in client.get(reverse("courses:verify_code", args=[expired.display_code])).content.decode()
    text = client.get(reverse("courses:verify_code", args=[revoked.display_code])).content.decode()
    assert "Revoked" in text and "Awarded in error" not in text


def test_an_unknown_code_is_still_not_found(client, db):
    response = client.get(reverse("courses:verify_code", args=["K7QM-2XPD-9HRT-4WCA"]))
    assert response.status_code == 404
