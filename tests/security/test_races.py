"""Races the learning engine's own race tests (tests/courses/test_races.py: submits, quiz starts,
course starts, certificates) do not cover: lesson completions, joining an organisation (join
code, invitation, a manager's decision), erasing an account, and the last two managers leaving at
once. Each leaves exactly one record; every other request is answered with a domain error.
Parallel quality-mark decisions are in tests/quality_mark. PostgreSQL only, as locking is."""

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import ModelLogEntry

from courses.models import LessonCompletion
from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete
from elearning.people.models import JoinRequest, Membership, MembershipRole
from elearning.people.organisations import services
from elearning.people.organisations.errors import AlreadyDecided, AlreadyMember, InvitationInvalid, LastManager
from elearning.people.privacy import ERASE_ACTION, account_erase
from tests.courses.test_races import run_together
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL"),
]


def test_concurrent_completions_of_one_lesson_leave_one_record():
    course = make_course()
    enrolment = enrolment_start(learner=UserFactory(), course=course)
    lesson = live_lessons_of(course)[0]
    results, errors = run_together(*(lambda: lesson_complete(enrolment=enrolment, lesson=lesson) for _ in range(4)))
    assert errors == []
    assert len({completion.pk for completion in results}) == 1
    assert LessonCompletion.objects.filter(enrolment=enrolment, lesson=lesson).count() == 1


def _approved_organisation_with_manager():
    organisation = OrganisationFactory()
    manager = MembershipFactory(organisation=organisation, role=MembershipRole.MANAGER).user
    return organisation, manager


def test_concurrent_requests_to_join_with_a_code_leave_one_request():
    organisation, manager = _approved_organisation_with_manager()
    code = services.join_code_set(organisation=organisation, by=manager)
    user = UserFactory()
    results, errors = run_together(*(lambda: services.join_request_create(code=code, user=user) for _ in range(4)))
    assert len(results) == 1
    assert len(errors) == 3
    assert all(isinstance(error, AlreadyMember) for error in errors)
    assert JoinRequest.objects.filter(organisation=organisation, user=user).count() == 1


def test_concurrent_acceptances_of_one_invitation_make_one_membership():
    organisation, manager = _approved_organisation_with_manager()
    user = UserFactory(email="invited@example.org")
    _, token = services.invitation_create(organisation=organisation, invited_by=manager, email=user.email)
    results, errors = run_together(*(lambda: services.invitation_accept(token=token, user=user) for _ in range(4)))
    assert len(results) == 1
    assert len(errors) == 3
    assert all(isinstance(error, InvitationInvalid) for error in errors)
    assert Membership.objects.filter(organisation=organisation, user=user).count() == 1


def test_concurrent_decisions_on_one_join_request_decide_it_once():
    organisation, manager = _approved_organisation_with_manager()
    other_manager = MembershipFactory(organisation=organisation, role=MembershipRole.MANAGER).user
    join_request = JoinRequest.objects.create(organisation=organisation, user=UserFactory(), created_at=timezone.now())
    results, errors = run_together(
        lambda: services.join_request_decide(join_request=join_request, by=manager, approve=True),
        lambda: services.join_request_decide(join_request=join_request, by=other_manager, approve=False),
        lambda: services.join_request_decide(join_request=join_request, by=manager, approve=True),
    )
    assert len(results) == 1
    assert all(isinstance(error, AlreadyDecided) for error in errors)
    join_request.refresh_from_db()
    memberships = Membership.objects.filter(organisation=organisation, user=join_request.user).count()
    assert memberships == (1 if join_request.decision == JoinRequest.Decision.APPROVED else 0)


def test_concurrent_erasures_of_one_account_erase_it_once():
    user = UserFactory()
    results, errors = run_together(*(lambda: account_erase(user=user) for _ in range(3)))
    assert errors == []
    assert sorted(results) == [False, False, True]
    assert ModelLogEntry.objects.filter(action=ERASE_ACTION, object_id=str(user.pk)).count() == 1


def test_the_last_two_managers_erasing_and_leaving_at_once_leave_one_manager():
    organisation, first = _approved_organisation_with_manager()
    second = MembershipFactory(organisation=organisation, role=MembershipRole.MANAGER).user
    _, errors = run_together(
        lambda: account_erase(user=first),
        lambda: services.membership_leave(organisation=organisation, user=second),
    )
    assert len(errors) == 1
    assert isinstance(errors[0], LastManager)
    assert Membership.objects.filter(organisation=organisation, role=MembershipRole.MANAGER).count() == 1
