"""Course evaluation services: confidence before and after, the validation questions, skipping,
and a course that holds the certificate until the learner has evaluated it."""

import pytest

from courses.authoring import competency_upsert
from courses.models import Certificate, ConfidenceRating, ConfidenceStage, CourseEvaluation
from courses.services import (
    enrolment_start,
    evaluation_after_record,
    evaluation_after_skip,
    evaluation_before_record,
    evaluation_before_skip,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from courses.services.evaluation import (
    EvaluationAlreadyGiven,
    EvaluationNotAvailable,
    EvaluationRequired,
    InvalidEvaluation,
)
from tests.courses.helpers import complete_lessons, open_attempt, right_answers, wrong_answers

pytestmark = pytest.mark.django_db

VALIDATION = {"met_aims": 4, "relevant": 3, "useful": 4, "action": "Tell my head teacher about the signs."}


def competency_ids(course) -> list[int]:
    return list(course.competencies.values_list("pk", flat=True))


def all_rated(course, rating: int) -> dict[int, int]:
    return dict.fromkeys(competency_ids(course), rating)


def pass_course(*, learner, course):
    attempt = open_attempt(learner=learner, course=course)
    return quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))


def test_it_records_confidence_per_competency_at_the_start(learner, course):
    enrolment = enrolment_start(learner=learner, course=course)
    evaluation = evaluation_before_record(enrolment=enrolment, ratings=all_rated(course, 2))
    assert evaluation.before_at is not None and evaluation.before_skipped_at is None
    rating = ConfidenceRating.objects.get()
    assert (rating.stage, rating.rating, rating.competency_id) == (ConfidenceStage.BEFORE, 2, competency_ids(course)[0])


def test_it_rejects_a_second_submit_of_the_confidence_check_and_keeps_the_first(learner, course):
    enrolment = enrolment_start(learner=learner, course=course)
    evaluation_before_record(enrolment=enrolment, ratings=all_rated(course, 2))
    with pytest.raises(EvaluationAlreadyGiven):
        evaluation_before_record(enrolment=enrolment, ratings=all_rated(course, 4))
    with pytest.raises(EvaluationAlreadyGiven):
        evaluation_before_skip(enrolment=enrolment)
    assert list(ConfidenceRating.objects.values_list("rating", flat=True)) == [2]
    assert CourseEvaluation.objects.get().before_skipped_at is None


def test_skipping_the_confidence_check_records_the_skip_and_nothing_else(learner, course):
    enrolment = enrolment_start(learner=learner, course=course)
    evaluation = evaluation_before_skip(enrolment=enrolment)
    assert evaluation.before_skipped_at is not None and evaluation.before_at is None
    assert not ConfidenceRating.objects.exists()
    with pytest.raises(EvaluationAlreadyGiven):
        evaluation_before_record(enrolment=enrolment, ratings=all_rated(course, 3))


def test_the_confidence_check_is_only_for_the_start_of_the_course(learner, course):
    enrolment = complete_lessons(learner=learner, course=course)
    with pytest.raises(EvaluationNotAvailable):
        evaluation_before_record(enrolment=enrolment, ratings=all_rated(course, 3))
    assert not CourseEvaluation.objects.exists()


@pytest.mark.parametrize("case", ["missing", "out_of_range", "zero", "foreign"])
def test_it_rejects_missing_out_of_range_and_foreign_ratings(learner, course, case):
    enrolment = enrolment_start(learner=learner, course=course)
    (competency_id,) = competency_ids(course)
    other = competency_upsert(slug="another", name="Another").pk
    given = {
        "missing": {},
        "out_of_range": {competency_id: 5},
        "zero": {competency_id: 0},
        "foreign": {competency_id: 3, other: 3},
    }[case]
    with pytest.raises(InvalidEvaluation):
        evaluation_before_record(enrolment=enrolment, ratings=given)
    assert not CourseEvaluation.objects.exists()
    assert not ConfidenceRating.objects.exists()


def test_the_evaluation_at_completion_waits_for_a_pass(learner, course):
    enrolment = complete_lessons(learner=learner, course=course)
    attempt = quiz_attempt_start(enrolment=enrolment)
    quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    with pytest.raises(EvaluationNotAvailable):
        evaluation_after_record(enrolment=enrolment, ratings=all_rated(course, 3), **VALIDATION)


def test_it_records_confidence_and_the_validation_questions_after_a_pass(learner, course):
    attempt = pass_course(learner=learner, course=course)
    evaluation = evaluation_after_record(enrolment=attempt.enrolment, ratings=all_rated(course, 4), **VALIDATION)
    assert (evaluation.met_aims, evaluation.relevant, evaluation.useful) == (4, 3, 4)
    assert evaluation.action == "Tell my head teacher about the signs."
    assert ConfidenceRating.objects.get().stage == ConfidenceStage.AFTER


@pytest.mark.parametrize(
    ("field", "value"), [("met_aims", 5), ("relevant", 0), ("useful", None), ("action", "x" * 2001)]
)
def test_it_rejects_validation_answers_off_the_scale(learner, course, field, value):
    attempt = pass_course(learner=learner, course=course)
    with pytest.raises(InvalidEvaluation) as raised:
        evaluation_after_record(
            enrolment=attempt.enrolment, ratings=all_rated(course, 4), **{**VALIDATION, field: value}
        )
    assert field in raised.value.errors
    assert not CourseEvaluation.objects.exclude(after_at=None).exists()


def test_a_course_that_does_not_require_the_evaluation_issues_the_certificate_at_once(learner, course):
    attempt = pass_course(learner=learner, course=course)
    assert Certificate.objects.filter(attempt=attempt).exists()
    evaluation_after_skip(enrolment=attempt.enrolment)
    assert Certificate.objects.count() == 1


def test_a_course_that_requires_the_evaluation_holds_the_certificate_until_it_is_answered(learner, course):
    course.evaluation_required = True
    course.save_revision().publish()
    attempt = pass_course(learner=learner, course=course)
    attempt.enrolment.refresh_from_db()
    assert attempt.enrolment.completed_at is not None, "the pass is recorded"
    assert not Certificate.objects.exists()
    with pytest.raises(EvaluationRequired):
        evaluation_after_skip(enrolment=attempt.enrolment)
    assert not Certificate.objects.exists()
    evaluation_after_record(enrolment=attempt.enrolment, ratings=all_rated(course, 3), **VALIDATION)
    certificate = Certificate.objects.get()
    assert certificate.attempt_id == attempt.pk
    assert certificate.score == attempt.score


def test_a_double_submit_of_the_required_evaluation_issues_one_certificate(learner, course):
    course.evaluation_required = True
    course.save_revision().publish()
    attempt = pass_course(learner=learner, course=course)
    evaluation_after_record(enrolment=attempt.enrolment, ratings=all_rated(course, 3), **VALIDATION)
    with pytest.raises(EvaluationAlreadyGiven):
        evaluation_after_record(enrolment=attempt.enrolment, ratings=all_rated(course, 1), **VALIDATION)
    assert Certificate.objects.count() == 1
    assert list(ConfidenceRating.objects.values_list("rating", flat=True)) == [3]


def test_a_course_that_stops_requiring_the_evaluation_releases_a_held_certificate_on_skip(learner, course):
    course.evaluation_required = True
    course.save_revision().publish()
    attempt = pass_course(learner=learner, course=course)
    course.evaluation_required = False
    course.save_revision().publish()
    evaluation_after_skip(enrolment=attempt.enrolment)
    assert Certificate.objects.get().attempt_id == attempt.pk


def test_a_course_made_to_require_the_evaluation_later_lets_certificate_holders_skip(learner, course):
    attempt = pass_course(learner=learner, course=course)
    course.evaluation_required = True
    course.save_revision().publish()
    evaluation = evaluation_after_skip(enrolment=attempt.enrolment)
    assert evaluation.after_skipped_at is not None
    assert Certificate.objects.count() == 1
