"""Two requests at once must leave exactly one record. Locking is only real on PostgreSQL, so
these run there (CI runs the suite on PostgreSQL); SQLite serialises every write anyway."""

import threading

import pytest
from django.db import connection, connections

from courses.errors import AttemptAlreadySubmitted
from courses.models import Enrolment, QuizAttempt
from courses.services import enrolment_start, quiz_attempt_start, quiz_attempt_submit
from tests.courses.helpers import complete_lessons, open_attempt, right_answers, wrong_answers
from tests.factories import UserFactory, make_course

pytestmark = [
    pytest.mark.postgres,
    # serialized_rollback restores what the migrations created (the home page, groups) after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL"),
]


def run_together(*calls):
    """Run the calls in threads released at the same moment; return (results, errors)."""
    barrier = threading.Barrier(len(calls))
    results, errors = [], []

    def run(call):
        try:
            barrier.wait()
            results.append(call())
        except Exception as error:  # collected and asserted by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_two_concurrent_submits_of_one_attempt_leave_one_result():
    learner = UserFactory()
    attempt = open_attempt(learner=learner, course=make_course())
    right, wrong = right_answers(attempt), wrong_answers(attempt)
    results, errors = run_together(
        *(
            lambda answers=answers: quiz_attempt_submit(attempt=attempt, answers=answers)
            for answers in [right, wrong] * 3
        )
    )
    assert len(results) == 1
    assert len(errors) == 5
    assert all(isinstance(error, AttemptAlreadySubmitted) for error in errors)
    attempt.refresh_from_db()
    assert attempt.score == results[0].score
    assert all(error.attempt.score == attempt.score for error in errors)
    assert QuizAttempt.objects.count() == 1


def test_two_concurrent_starts_open_one_attempt():
    enrolment = complete_lessons(learner=UserFactory(), course=make_course())
    results, errors = run_together(*(lambda: quiz_attempt_start(enrolment=enrolment) for _ in range(4)))
    assert errors == []
    assert len({attempt.pk for attempt in results}) == 1
    assert QuizAttempt.objects.count() == 1


def test_two_concurrent_enrolments_make_one():
    learner, course = UserFactory(), make_course()
    results, errors = run_together(*(lambda: enrolment_start(learner=learner, course=course) for _ in range(4)))
    assert errors == []
    assert len({enrolment.pk for enrolment in results}) == 1
    assert Enrolment.objects.count() == 1


def test_concurrent_passing_submits_issue_one_certificate():
    from courses.models import Certificate

    attempt = open_attempt(learner=UserFactory(), course=make_course())
    right = right_answers(attempt)
    results, errors = run_together(*(lambda: quiz_attempt_submit(attempt=attempt, answers=right) for _ in range(4)))
    assert len(results) == 1
    assert all(isinstance(error, AttemptAlreadySubmitted) for error in errors)
    assert Certificate.objects.filter(attempt=attempt).count() == 1
