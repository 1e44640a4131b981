"""Races the learning engine's own race tests (tests/courses/test_races.py: submits, quiz starts,
course starts, certificates) do not cover: lesson completions, joining an organisation (join
code, invitation, a manager's decision), erasing an account, and the last two managers leaving at
once. Each leaves exactly one record; every other request is answered with a domain error, of the
expected type (so a database error such as an IntegrityError can never pass for a clean answer).
And one race through the whole stack: parallel POSTs of one quiz through the test client, each in
its own thread, all answered with a redirect to the one result. Parallel quality-mark decisions are
in tests/quality_mark. PostgreSQL only, as locking is."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from courses.models import Certificate, LessonCompletion, QuizAttempt
from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete
from elearning.people.models import JoinRequest, Membership, MembershipRole
from elearning.people.organisations import services
from elearning.people.organisations.errors import AlreadyDecided, AlreadyMember, InvitationInvalid, LastManager
from elearning.people.privacy import ERASE_ACTION, account_erase
from tests.courses.helpers import as_post, open_attempt, right_answers
from tests.courses.test_races import run_together
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL"),
]


def only_domain_errors(errors: list[Exception], kind: type[Exception], count: int) -> None:
    """Exactly `count` errors, every one the service's own answer."""
    assert [type(error) for error in errors] == [kind] * count, errors


def test_concurrent_completions_of_one_lesson_leave_one_record():
    course = make_course()
    enrolment = enrolment_start(learner=UserFactory(), course=course)
    lesson = live_lessons_of(course)[0]
    results, errors = run_together(*(lambda: lesson_complete(enrolment=enrolment, lesson=lesson) for _ in range(4)))
    assert errors == []  # completing twice is not an error: the second gets the first's record
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
    only_domain_errors(errors, AlreadyMember, 3)
    assert JoinRequest.objects.filter(organisation=organisation, user=user).count() == 1


def test_concurrent_acceptances_of_one_invitation_make_one_membership():
    organisation, manager = _approved_organisation_with_manager()
    user = UserFactory(email="invited@example.org")
    _, token = services.invitation_create(organisation=organisation, invited_by=manager, email=user.email)
    results, errors = run_together(*(lambda: services.invitation_accept(token=token, user=user) for _ in range(4)))
    assert len(results) == 1
    only_domain_errors(errors, InvitationInvalid, 3)
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
    only_domain_errors(errors, AlreadyDecided, 2)
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
    only_domain_errors(errors, LastManager, 1)
    assert Membership.objects.filter(organisation=organisation, role=MembershipRole.MANAGER).count() == 1


def test_parallel_posts_of_one_quiz_are_answered_with_its_one_result():
    """Four tabs submit the same quiz at once, through every middleware and the view: one result,
    one certificate, and every tab sent to that result; no 500 (the clients re-raise any exception
    a view lets out, and run_together collects it)."""
    learner = UserFactory()
    attempt = open_attempt(learner=learner, course=make_course())
    url = reverse("courses:attempt", args=[attempt.pk])
    answers = as_post(right_answers(attempt))
    clients = []
    for _ in range(4):
        client = Client(raise_request_exception=True)
        client.force_login(learner)
        clients.append(client)

    responses, errors = run_together(*(lambda client=client: client.post(url, answers) for client in clients))

    assert errors == []
    result_url = reverse("courses:attempt_result", args=[attempt.pk])
    assert [(response.status_code, response["Location"]) for response in responses] == [(302, result_url)] * 4
    assert QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=False).count() == 1
    assert Certificate.objects.filter(attempt=attempt).count() == 1
    assert clients[0].get(result_url).status_code == 200
