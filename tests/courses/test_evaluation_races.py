"""Two evaluation submits at once leave one evaluation and one certificate (PostgreSQL only, where
locking is real)."""

import pytest
from django.db import connection

from courses.models import Certificate, ConfidenceRating, CourseEvaluation
from courses.services import evaluation_after_record, quiz_attempt_submit
from courses.services.evaluation import EvaluationAlreadyGiven
from tests.courses.helpers import open_attempt, right_answers
from tests.courses.test_races import run_together
from tests.factories import UserFactory, make_course

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL"),
]


def test_concurrent_submits_of_a_required_evaluation_issue_one_certificate():
    course = make_course()
    course.evaluation_required = True
    course.save_revision().publish()
    attempt = open_attempt(learner=UserFactory(), course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    ratings = dict.fromkeys(course.competencies.values_list("pk", flat=True), 3)
    results, errors = run_together(
        *(
            lambda met_aims=met_aims: evaluation_after_record(
                enrolment=attempt.enrolment, ratings=ratings, met_aims=met_aims, relevant=3, useful=3
            )
            for met_aims in (1, 2, 3, 4)
        )
    )
    assert len(results) == 1
    assert len(errors) == 3
    assert all(isinstance(error, EvaluationAlreadyGiven) for error in errors)
    assert CourseEvaluation.objects.count() == 1
    assert ConfidenceRating.objects.count() == len(ratings)
    assert Certificate.objects.count() == 1
