import random
from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from courses.authoring import question_upsert
from courses.errors import AttemptAlreadySubmitted, InvalidAnswers, QuizNotAvailable
from courses.models import AttemptAnswer, Enrolment, Question, QuizAttempt
from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete, quiz_attempt_start, quiz_attempt_submit
from tests.courses.helpers import complete_lessons, open_attempt, right_answers, wrong_answers
from tests.factories import make_course

pytestmark = pytest.mark.django_db


def test_it_enrols_a_learner_once_however_often_they_start(learner, course):
    first = enrolment_start(learner=learner, course=course)
    again = enrolment_start(learner=learner, course=course)
    assert first.pk == again.pk
    assert Enrolment.objects.filter(learner=learner).count() == 1


def test_the_database_refuses_a_second_enrolment(learner, course):
    enrolment_start(learner=learner, course=course)
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(learner=learner, course=course, started_at=timezone.now())


def test_it_records_a_lesson_once(learner, course):
    enrolment = enrolment_start(learner=learner, course=course)
    lesson = live_lessons_of(course)[0]
    lesson_complete(enrolment=enrolment, lesson=lesson)
    lesson_complete(enrolment=enrolment, lesson=lesson)
    assert enrolment.lesson_completions.count() == 1


def test_it_refuses_a_lesson_from_another_course(learner, course):
    other = make_course(slug="other")
    enrolment = enrolment_start(learner=learner, course=course)
    from courses.errors import LessonNotInCourse

    with pytest.raises(LessonNotInCourse):
        lesson_complete(enrolment=enrolment, lesson=live_lessons_of(other)[0])
    assert enrolment.lesson_completions.count() == 0


def test_the_quiz_waits_until_every_lesson_is_done(learner, course):
    enrolment = enrolment_start(learner=learner, course=course)
    lesson_complete(enrolment=enrolment, lesson=live_lessons_of(course)[0])
    with pytest.raises(QuizNotAvailable, match="Complete every lesson"):
        quiz_attempt_start(enrolment=enrolment)
    assert not QuizAttempt.objects.exists()


def test_starting_twice_returns_the_same_open_attempt(learner, course):
    enrolment = complete_lessons(learner=learner, course=course)
    first = quiz_attempt_start(enrolment=enrolment)
    second = quiz_attempt_start(enrolment=enrolment)
    assert first.pk == second.pk
    assert QuizAttempt.objects.count() == 1


def test_the_database_refuses_a_second_open_attempt(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    with pytest.raises(IntegrityError):
        QuizAttempt.objects.create(enrolment=attempt.enrolment, number=2, pass_mark=75, started_at=timezone.now())


def test_an_attempt_snapshots_every_question_with_its_choices_shuffled(learner, course):
    attempt = quiz_attempt_start(enrolment=complete_lessons(learner=learner, course=course), rng=random.Random(3))
    rows = list(attempt.answers.all())
    assert [row.prompt for row in rows] == [f"Question {n}?" for n in range(4)]
    assert all(len(row.choices) == 3 and row.chosen is None for row in rows)
    assert all(row.competency.slug == "recognising-signs" for row in rows)
    orders = {tuple(c["text"].split()[0] for c in row.choices) for row in rows}
    assert len(orders) > 1, "choices come in more than one order"


def test_passing_completes_the_course_with_the_score(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    result = quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    assert (result.score, result.passed, result.number) == (100, True, 1)
    enrolment = Enrolment.objects.get(pk=attempt.enrolment_id)
    assert enrolment.completed_at == result.submitted_at
    assert enrolment.best_score == 100
    assert set(AttemptAnswer.objects.filter(attempt=attempt).values_list("is_correct", flat=True)) == {True}


def test_failing_leaves_the_course_open_for_a_retake(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    result = quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    assert (result.score, result.passed) == (0, False)
    enrolment = Enrolment.objects.get(pk=attempt.enrolment_id)
    assert enrolment.completed_at is None
    retake = quiz_attempt_start(enrolment=enrolment)
    assert retake.number == 2
    assert retake.pk != attempt.pk


def test_a_second_submit_raises_with_the_first_result_and_writes_nothing(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    first = quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    with pytest.raises(AttemptAlreadySubmitted) as raised:
        quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    assert raised.value.attempt.score == first.score == 0
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed, attempt.submitted_at) == (0, False, first.submitted_at)
    assert not any(AttemptAnswer.objects.filter(attempt=attempt).values_list("is_correct", flat=True))


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda answers, rows: {**answers, rows[0].pk: []}, "Select"),
        (lambda answers, rows: {k: v for k, v in answers.items() if k != rows[0].pk}, "Select"),
        (lambda answers, rows: {**answers, rows[0].pk: [999_999]}, "Select from the answers shown"),
        (lambda answers, rows: {**answers, rows[0].pk: [rows[1].choices[0]["id"]]}, "Select from the answers shown"),
        (lambda answers, rows: {**answers, rows[1].pk: [c["id"] for c in rows[1].choices][:2]}, "Select one answer"),
        (lambda answers, rows: {**answers, rows[0].pk: answers[rows[0].pk] * 2}, "only once"),
    ],
    ids=["empty", "missing", "forged-id", "other-questions-choice", "two-for-single", "duplicate"],
)
def test_it_refuses_bad_answers_and_changes_nothing(learner, course, tamper, message):
    attempt = open_attempt(learner=learner, course=course)
    rows = list(attempt.answers.all())
    assert rows[0].allows_multiple and not rows[1].allows_multiple
    with pytest.raises(InvalidAnswers) as raised:
        quiz_attempt_submit(attempt=attempt, answers=tamper(right_answers(attempt), rows))
    assert any(message in text for text in raised.value.errors.values())
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.score is None
    assert set(AttemptAnswer.objects.filter(attempt=attempt).values_list("chosen", flat=True)) == {None}


def test_later_edits_to_the_bank_never_change_a_past_result(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    row = attempt.answers.first()
    question = row.question
    # An editor rewrites the question and flips which answer is right.
    question_upsert(
        key=question.key,
        text="Rewritten?",
        competency=question.competency,
        explanation="New",
        allows_multiple=False,
        choices=[
            {"text": "Now right", "correct": True, "feedback": "f"},
            {"text": "Now wrong", "correct": False, "feedback": "f"},
        ],
    )
    row.refresh_from_db()
    attempt.refresh_from_db()
    assert row.prompt == "Question 0?"
    assert row.is_correct is True
    assert attempt.score == 100


def test_the_cooldown_holds_back_a_retake_until_it_has_passed(learner):
    course = make_course(slug="cool", cooldown_minutes=60)
    attempt = open_attempt(learner=learner, course=course)
    submitted = quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    with pytest.raises(QuizNotAvailable, match="again from"):
        quiz_attempt_start(enrolment=attempt.enrolment, now=submitted.submitted_at + timedelta(minutes=59))
    retake = quiz_attempt_start(enrolment=attempt.enrolment, now=submitted.submitted_at + timedelta(minutes=60))
    assert retake.number == 2


def test_the_attempt_limit_stops_further_attempts(learner):
    course = make_course(slug="limited", max_attempts=1)
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    with pytest.raises(QuizNotAvailable, match="used all 1 attempts"):
        quiz_attempt_start(enrolment=attempt.enrolment)
    assert QuizAttempt.objects.count() == 1


def test_a_passed_course_offers_no_new_attempt(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    with pytest.raises(QuizNotAvailable, match="already passed"):
        quiz_attempt_start(enrolment=attempt.enrolment)


def test_a_random_quiz_draws_the_set_number_from_the_audiences_pool(learner):
    course = make_course(slug="random", questions=8, mode="random", count=5)
    attempt = open_attempt(learner=learner, course=course)
    prompts = [row.prompt for row in attempt.answers.all()]
    assert len(prompts) == len(set(prompts)) == 5


def test_a_quiz_with_no_questions_is_not_ready(learner):
    course = make_course(slug="empty", questions=0)
    with pytest.raises(QuizNotAvailable, match="not ready"):
        open_attempt(learner=learner, course=course)


def test_an_unpublished_question_is_never_asked(learner):
    course = make_course(slug="drafts", questions=4, mode="random", count=4)
    withdrawn = Question.objects.get(key="q-recognising-signs-0")
    withdrawn.unpublish()
    attempt = open_attempt(learner=learner, course=course)
    assert withdrawn.text not in [row.prompt for row in attempt.answers.all()]
    assert attempt.answers.count() == 3
