import re

import pytest
from django.urls import reverse

from courses.models import AttemptAnswer, QuizAttempt
from tests.courses.helpers import as_post, complete_lessons, open_attempt, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


def attempt_url(attempt):
    return reverse("courses:attempt", args=[attempt.pk])


def test_starting_the_quiz_opens_one_attempt_however_often_it_is_clicked(learner, learner_client, course):
    complete_lessons(learner=learner, course=course)
    url = reverse("courses:quiz_start", args=[course.pk])
    first = learner_client.post(url)
    second = learner_client.post(url)
    attempt = QuizAttempt.objects.get()
    assert first.url == second.url == attempt_url(attempt)


def test_the_quiz_page_never_says_which_answer_is_right(learner, learner_client, course):
    attempt = open_attempt(learner=learner, course=course)
    html = learner_client.get(attempt_url(attempt)).content.decode()
    for row in attempt.answers.all():
        assert row.prompt in html
        for choice in row.choices:
            assert choice["text"] in html
            assert choice["feedback"] not in html
        assert row.explanation not in html
    assert not re.search(r"correct|is_best", html, re.IGNORECASE)


def test_the_choices_appear_in_the_attempts_shuffled_order(learner, learner_client, course):
    attempt = open_attempt(learner=learner, course=course)
    html = learner_client.get(attempt_url(attempt)).content.decode()
    for row in attempt.answers.all():
        positions = [html.index(choice["text"]) for choice in row.choices]
        assert positions == sorted(positions)


def test_submitting_shows_the_result_with_feedback_on_each_choice_made(learner, learner_client, course):
    attempt = open_attempt(learner=learner, course=course)
    response = learner_client.post(attempt_url(attempt), as_post(wrong_answers(attempt)), follow=True)
    html = response.content.decode()
    assert "You did not pass this time" in html
    assert "You scored 0%" in html
    for row in attempt.answers.all():
        chosen = next(c for c in row.choices if not c["is_correct"])
        assert chosen["feedback"] in html
        assert row.explanation in html
    assert "Retake the quiz" in html


def test_a_double_submit_keeps_the_first_result(learner, learner_client, course):
    attempt = open_attempt(learner=learner, course=course)
    learner_client.post(attempt_url(attempt), as_post(wrong_answers(attempt)))
    again = learner_client.post(attempt_url(attempt), as_post(right_answers(attempt)))
    assert again.status_code == 302
    assert again.url == reverse("courses:attempt_result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (0, False)
    assert QuizAttempt.objects.count() == 1


def test_the_back_button_after_submitting_lands_on_the_result(learner, learner_client, course):
    attempt = open_attempt(learner=learner, course=course)
    learner_client.post(attempt_url(attempt), as_post(right_answers(attempt)))
    response = learner_client.get(attempt_url(attempt))
    assert response.status_code == 302
    assert response.url == reverse("courses:attempt_result", args=[attempt.pk])


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda post, rows: {k: v for k, v in post.items() if k != f"answer-{rows[1].pk}"}, "Select an answer"),
        (lambda post, rows: {**post, f"answer-{rows[1].pk}": ["99999999"]}, "Select from the answers shown"),
        (lambda post, rows: {**post, f"answer-{rows[1].pk}": ["not-a-number"]}, "Select from the answers shown"),
        (
            lambda post, rows: {**post, f"answer-{rows[1].pk}": [str(rows[2].choices[0]["id"])]},
            "Select from the answers shown",
        ),
        (lambda post, rows: {**post, f"answer-{rows[0].pk}": post[f"answer-{rows[0].pk}"] * 2}, "only once"),
        (lambda post, rows: {**post, f"answer-{rows[0].pk}": []}, "Select at least one answer"),
    ],
    ids=["missing", "forged", "malformed", "another-questions-choice", "duplicate", "none-of-several"],
)
def test_bad_answers_get_a_form_error_and_change_nothing(learner, learner_client, course, tamper, message):
    attempt = open_attempt(learner=learner, course=course)
    rows = list(attempt.answers.all())
    response = learner_client.post(attempt_url(attempt), tamper(as_post(right_answers(attempt)), rows))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    assert set(AttemptAnswer.objects.filter(attempt=attempt).values_list("chosen", flat=True)) == {None}


def test_answers_to_another_attempt_are_ignored(learner, other_learner, learner_client, course):
    mine = open_attempt(learner=learner, course=course)
    theirs = open_attempt(learner=other_learner, course=course)
    post = {**as_post(right_answers(mine)), **as_post(right_answers(theirs))}
    learner_client.post(attempt_url(mine), post)
    theirs.refresh_from_db()
    assert theirs.submitted_at is None


@pytest.mark.parametrize("name", ["courses:attempt", "courses:attempt_result"])
def test_another_learner_gets_404_for_an_attempt(learner, other_learner_client, course, name):
    attempt = open_attempt(learner=learner, course=course)
    assert other_learner_client.get(reverse(name, args=[attempt.pk])).status_code == 404
    response = other_learner_client.post(reverse(name, args=[attempt.pk]), as_post(right_answers(attempt)))
    assert response.status_code in {404, 405}
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_an_unknown_attempt_is_404(learner_client):
    assert learner_client.get(reverse("courses:attempt", args=[987654])).status_code == 404


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("courses:my_learning", "get"),
        ("courses:attempt", "get"),
        ("courses:attempt_result", "get"),
        ("courses:attempt", "post"),
        ("courses:quiz_start", "post"),
        ("courses:course_start", "post"),
        ("courses:lesson_complete", "post"),
    ],
)
def test_anonymous_users_are_sent_to_sign_in(anonymous_client, course, name, method):
    args = [] if name == "courses:my_learning" else [course.pk]
    response = getattr(anonymous_client, method)(reverse(name, args=args))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize("name", ["courses:quiz_start", "courses:course_start", "courses:lesson_complete"])
def test_writes_refuse_get(learner_client, course, name):
    assert learner_client.get(reverse(name, args=[course.pk])).status_code == 405


def test_the_quiz_cannot_start_before_the_lessons_are_done(learner_client, course):
    learner_client.post(reverse("courses:course_start", args=[course.pk]))
    response = learner_client.post(reverse("courses:quiz_start", args=[course.pk]), follow=True)
    assert "Complete every lesson before you take the quiz." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_starting_an_unpublished_course_is_404(learner_client, course):
    course.unpublish()
    assert learner_client.post(reverse("courses:course_start", args=[course.pk])).status_code == 404
