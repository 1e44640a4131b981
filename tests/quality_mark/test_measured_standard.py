"""The whole-staff training standard: the live figure is the school's members holding a valid
certificate for the staff course, as a share of its declared headcount; it is snapshotted when the
school submits and never changes afterwards."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from quality_mark import services
from quality_mark.selectors import measured_figure
from tests.courses.organisation_data import certify
from tests.factories import MembershipFactory, UserFactory
from tests.quality_mark.helpers import assess_all, fill, start

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 15)


@pytest.fixture
def trained_school(school, staff_course, manager_a):
    """Ashdown (headcount 20): 18 members hold a valid certificate today, 6 of which expire next
    month; 2 expired ones, 1 revoked, 1 for another course, and someone outside the school."""
    other_course_members = []
    for n in range(18):
        member = MembershipFactory(organisation=school).user
        expires = TODAY + timedelta(days=20) if n < 6 else TODAY + timedelta(days=300)
        certify(member, staff_course, issued_on=TODAY - timedelta(days=60), expires_on=expires)
    for _ in range(2):
        member = MembershipFactory(organisation=school).user
        certify(member, staff_course, issued_on=TODAY - timedelta(days=400), expires_on=TODAY - timedelta(days=1))
    certify(
        MembershipFactory(organisation=school).user,
        staff_course,
        issued_on=TODAY,
        expires_on=TODAY + timedelta(days=300),
        revoked=True,
    )
    certify(UserFactory(), staff_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=300))  # not a member
    return school, other_course_members


def test_the_live_figure_matches_hand_computed_coverage(trained_school, standards):
    school, _ = trained_school
    figure = measured_figure(standard=standards[1], organisation=school, today=TODAY)
    # 18 valid of a declared headcount of 20 = 90%: exactly the benchmark.
    assert (figure.members_with_valid, figure.headcount, figure.percent) == (18, 20, 90)
    assert figure.meets_target
    later = measured_figure(standard=standards[1], organisation=school, today=TODAY + timedelta(days=30))
    # Six expire within the month: 12 of 20 = 60%.
    assert (later.members_with_valid, later.percent, later.meets_target) == (12, 60, False)


def test_the_share_is_of_the_declared_headcount_not_of_members(trained_school, standards):
    school, _ = trained_school
    school.declared_headcount = 40
    school.save()
    figure = measured_figure(standard=standards[1], organisation=school, today=TODAY)
    assert (figure.members_with_valid, figure.percent) == (18, 45)


def test_the_snapshot_does_not_change_when_certificates_later_expire(trained_school, standards, manager_a, assessor):
    school, _ = trained_school
    application = fill(start(school, manager_a), manager_a)
    services.application_submit(application=application, user=manager_a, today=TODAY)
    section = application.sections.get(standard=standards[1])
    assert section.measured_percent == 90
    assert section.measured_detail == {
        "members_with_valid": 18,
        "headcount": 20,
        "target_percent": 90,
        "as_of": TODAY.isoformat(),
    }
    # A month later six certificates have expired; the live figure falls, the snapshot does not.
    assert measured_figure(standard=standards[1], organisation=school, today=TODAY + timedelta(days=30)).percent == 60
    services.application_review_start(application=application, user=assessor)
    assess_all(application, assessor)
    services.application_award(application=application, user=assessor)
    section.refresh_from_db()
    assert section.measured_percent == 90
    assert section.measured_detail["members_with_valid"] == 18


def test_the_measured_standard_is_complete_without_a_level(school, manager_a, standards):
    application = start(school, manager_a)
    section = application.sections.get(standard=standards[1])
    section.application = application
    services.section_save(section=section, user=manager_a, self_level=4, commentary="All staff trained in September.")
    section.refresh_from_db()
    assert section.self_level is None  # the platform measures this one


def test_a_school_with_no_declared_headcount_is_told_to_declare_it(school, manager_a, standards):
    school.declared_headcount = 0
    school.save()
    application = fill(start(school, manager_a), manager_a)
    from quality_mark.errors import IncompleteApplication

    with pytest.raises(IncompleteApplication, match="declare how many staff should be trained"):
        services.application_submit(application=application, user=manager_a)


def test_the_section_page_shows_the_live_figure_against_the_benchmark(
    school, manager_a, manager_a_client, standards, staff_course
):
    from django.utils import timezone

    today = timezone.localdate()
    for _ in range(5):
        certify(
            MembershipFactory(organisation=school).user,
            staff_course,
            issued_on=today,
            expires_on=today + timedelta(days=365),
        )
    application = start(school, manager_a)
    section = application.sections.get(standard=standards[1])
    response = manager_a_client.get(reverse("quality_mark:section", args=[school.pk, application.pk, section.pk]))
    text = response.content.decode()
    assert "25%" in text and "5 of 20 staff" in text and "The benchmark is 90%" in text
    assert "Below the benchmark" in text
    assert 'name="self_level"' not in text
