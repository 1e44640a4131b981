"""The pages learners hit most run a fixed number of queries, whatever the size of the course or
the learner's history."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.selectors import live_lessons_of
from courses.services import enrolment_start, quiz_attempt_start, quiz_attempt_submit
from tests.courses.helpers import complete_lessons, open_attempt, wrong_answers
from tests.factories import UserFactory, make_course

pytestmark = pytest.mark.django_db

# One of each is the two-factor check every signed-in request runs (elearning/people/mfa.py: staff
# without an authenticator are sent to set one up wherever they go).
LESSON_PAGE_MAX_QUERIES = 13
QUIZ_PAGE_MAX_QUERIES = 10


def count_queries(client, url) -> int:
    client.get(url)  # warm the caches every request shares (site root paths), not the learner's
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def learner_with_history(*, attempts: int, course):
    """A learner who has failed a practice quiz `attempts` times, then started this course."""
    learner = UserFactory()
    if attempts:
        practice = make_course(slug="practice", lessons=1, questions=1)
        enrolment = complete_lessons(learner=learner, course=practice)
        for _ in range(attempts):
            attempt = quiz_attempt_start(enrolment=enrolment)
            quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    enrolment_start(learner=learner, course=course)
    return learner


def test_the_lesson_page_runs_the_same_queries_for_3_and_30_lessons(client):
    small, large = make_course(slug="small", lessons=3), make_course(slug="large", lessons=30)
    learner = UserFactory()
    client.force_login(learner)
    enrolment_start(learner=learner, course=small)
    enrolment_start(learner=learner, course=large)
    counts = {count_queries(client, live_lessons_of(course)[1].url) for course in (small, large)}
    assert len(counts) == 1
    assert counts.pop() <= LESSON_PAGE_MAX_QUERIES


def test_the_lesson_page_runs_the_same_queries_with_no_history_and_with_50_attempts(client, course):
    lesson_url = live_lessons_of(course)[0].url
    counts = []
    for history in (0, 50):
        learner = learner_with_history(attempts=history, course=course)
        client.force_login(learner)
        counts.append(count_queries(client, lesson_url))
    assert counts[0] == counts[1] <= LESSON_PAGE_MAX_QUERIES


def test_the_quiz_page_runs_the_same_queries_for_a_short_and_a_long_quiz(client):
    counts = []
    for slug, size in (("short", 3), ("long", 30)):
        course = make_course(slug=slug, lessons=3, questions=size)
        learner = UserFactory()
        attempt = open_attempt(learner=learner, course=course)
        client.force_login(learner)
        counts.append(count_queries(client, f"/learn/attempts/{attempt.pk}/"))
    assert counts[0] == counts[1] <= QUIZ_PAGE_MAX_QUERIES


def test_the_quiz_page_runs_the_same_queries_with_no_history_and_with_50_attempts(client, course):
    counts = []
    for history in (0, 50):
        learner = learner_with_history(attempts=history, course=course)
        complete_lessons(learner=learner, course=course)
        attempt = open_attempt(learner=learner, course=course)
        client.force_login(learner)
        counts.append(count_queries(client, f"/learn/attempts/{attempt.pk}/"))
    assert counts[0] == counts[1] <= QUIZ_PAGE_MAX_QUERIES


def test_my_learning_runs_the_same_queries_for_1_and_12_courses(client):
    counts = []
    for n_courses in (1, 12):
        learner = UserFactory()
        for n in range(n_courses):
            enrolment_start(learner=learner, course=make_course(slug=f"c{n}", lessons=2, questions=1))
        client.force_login(learner)
        counts.append(count_queries(client, "/my-learning/"))
    assert counts[0] == counts[1]
