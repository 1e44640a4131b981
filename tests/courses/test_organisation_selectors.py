from datetime import timedelta

import pytest

from courses.organisations.selectors import (
    TrainingStatus,
    member_training_rows,
    organisation_coverage,
    required_courses_for,
)
from elearning.people.models import OrganisationKind
from tests.courses.organisation_data import TODAY, certify, enrol, require
from tests.factories import MembershipFactory, OrganisationFactory, make_course

pytestmark = pytest.mark.django_db


def member(organisation, name):
    return MembershipFactory(organisation=organisation, user__full_name=name).user


@pytest.fixture
def school_course(course):
    require(OrganisationKind.SCHOOL, course)
    return course


def test_it_lists_the_courses_a_kind_requires(school_course):
    other = make_course(slug="hotel-course")
    require(OrganisationKind.HOTEL, other)
    assert required_courses_for(OrganisationKind.SCHOOL) == [school_course]
    assert required_courses_for(OrganisationKind.HOTEL) == [other]
    assert required_courses_for(OrganisationKind.AGENCY) == []


def test_coverage_counts_only_valid_certificates_exactly(organisation_a, school_course):
    valid = member(organisation_a, "Val Valid")
    certify(valid, school_course, issued_on=TODAY - timedelta(days=100), expires_on=TODAY + timedelta(days=200))
    never_expires = member(organisation_a, "Nev Never")
    certify(never_expires, school_course, issued_on=TODAY - timedelta(days=100), expires_on=None)
    expired = member(organisation_a, "Ex Expired")
    certify(expired, school_course, issued_on=TODAY - timedelta(days=400), expires_on=TODAY)
    revoked = member(organisation_a, "Rev Revoked")
    certify(
        revoked,
        school_course,
        issued_on=TODAY - timedelta(days=10),
        expires_on=TODAY + timedelta(days=300),
        revoked=True,
    )
    member(organisation_a, "Nan None")
    outsider = member(OrganisationFactory(), "Otto Outsider")
    certify(outsider, school_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=365))

    coverage = organisation_coverage(organisation=organisation_a, course=school_course, today=TODAY)

    assert (coverage.members_with_valid, coverage.members, coverage.headcount) == (2, 5, 20)
    assert coverage.share_of_headcount == pytest.approx(2 / 20)
    assert coverage.share_of_members == pytest.approx(2 / 5)
    assert coverage.percent_of_headcount == 10


def test_a_member_of_two_organisations_counts_in_each(organisation_a, school_course):
    other_school = OrganisationFactory(kind=OrganisationKind.SCHOOL, declared_headcount=4)
    both = member(organisation_a, "Bo Both")
    MembershipFactory(organisation=other_school, user=both)
    certify(both, school_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=365))
    # Two valid certificates (an early refresher) still make one trained person.
    certify(both, school_course, issued_on=TODAY - timedelta(days=300), expires_on=TODAY + timedelta(days=60))

    first = organisation_coverage(organisation=organisation_a, course=school_course, today=TODAY)
    second = organisation_coverage(organisation=other_school, course=school_course, today=TODAY)

    assert (first.members_with_valid, first.members) == (1, 1)
    assert (second.members_with_valid, second.members, second.share_of_headcount) == (1, 1, 0.25)


def test_headcount_zero_gives_no_share_of_headcount(school_course):
    organisation = OrganisationFactory(kind=OrganisationKind.SCHOOL, declared_headcount=0)
    certify(member(organisation, "Ann"), school_course, issued_on=TODAY, expires_on=None)

    coverage = organisation_coverage(organisation=organisation, course=school_course, today=TODAY)

    assert coverage.share_of_headcount is None
    assert coverage.percent_of_headcount is None
    assert coverage.share_of_members == 1


def test_an_organisation_with_no_members_has_no_shares(school_course):
    organisation = OrganisationFactory(kind=OrganisationKind.SCHOOL, declared_headcount=10)
    coverage = organisation_coverage(organisation=organisation, course=school_course, today=TODAY)
    assert (coverage.members_with_valid, coverage.members, coverage.share_of_headcount) == (0, 0, 0)
    assert coverage.share_of_members is None


def test_each_member_gets_the_status_of_their_records(organisation_a, school_course):
    certify(
        member(organisation_a, "A Completed"), school_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=31)
    )
    certify(
        member(organisation_a, "B Expiring"),
        school_course,
        issued_on=TODAY - timedelta(days=300),
        expires_on=TODAY + timedelta(days=30),
    )
    certify(member(organisation_a, "C Expired"), school_course, issued_on=TODAY - timedelta(days=400), expires_on=TODAY)
    enrol(member(organisation_a, "D In progress"), school_course)
    member(organisation_a, "E Not started")
    certify(member(organisation_a, "F Revoked"), school_course, issued_on=TODAY, expires_on=None, revoked=True)
    renewed = member(organisation_a, "G Renewed")
    certify(renewed, school_course, issued_on=TODAY - timedelta(days=400), expires_on=TODAY - timedelta(days=1))
    certify(renewed, school_course, issued_on=TODAY, expires_on=None)

    page, rows = member_training_rows(organisation_a, today=TODAY)

    statuses = {row.user.full_name: row.cells[0].status for row in rows}
    assert statuses == {
        "A Completed": TrainingStatus.COMPLETED,
        "B Expiring": TrainingStatus.EXPIRING,
        "C Expired": TrainingStatus.EXPIRED,
        "D In progress": TrainingStatus.IN_PROGRESS,
        "E Not started": TrainingStatus.NOT_STARTED,
        "F Revoked": TrainingStatus.IN_PROGRESS,  # revoked holds nothing; they are enrolled
        "G Renewed": TrainingStatus.COMPLETED,
    }
    assert page.paginator.count == 7
    expiring = next(row for row in rows if row.user.full_name == "B Expiring").cells[0]
    assert expiring.expires_on == TODAY + timedelta(days=30)


def test_rows_filter_by_status_course_and_search(organisation_a, school_course):
    certify(member(organisation_a, "Anna Done"), school_course, issued_on=TODAY, expires_on=None)
    member(organisation_a, "Bob Waiting")
    member(organisation_a, "Bea Waiting")

    _, overdue = member_training_rows(organisation_a, status="overdue", today=TODAY)
    _, done = member_training_rows(organisation_a, status="completed", course=school_course, today=TODAY)
    _, searched = member_training_rows(organisation_a, search="bea", today=TODAY)

    assert [row.user.full_name for row in overdue] == ["Bea Waiting", "Bob Waiting"]
    assert [row.user.full_name for row in done] == ["Anna Done"]
    assert [row.user.full_name for row in searched] == ["Bea Waiting"]


def test_rows_are_paginated_by_fifty_and_a_bad_page_shows_the_last(organisation_a, school_course):
    from tests.courses.organisation_data import bulk_members

    bulk_members(organisation_a, 60)
    page, rows = member_training_rows(organisation_a, page="2", today=TODAY)
    assert (page.number, len(rows)) == (2, 10)
    # Only one page's statuses are read: still the right ten members, in name order.
    everyone = sorted(organisation_a.memberships.select_related("user"), key=lambda m: (m.user.full_name, m.user.email))
    assert [row.user for row in rows] == [m.user for m in everyone[50:60]]
    assert {row.cells[0].status for row in rows} == {TrainingStatus.NOT_STARTED}
    page, rows = member_training_rows(organisation_a, page="banana", today=TODAY)
    assert (page.number, len(rows)) == (1, 50)
