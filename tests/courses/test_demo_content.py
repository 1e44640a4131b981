"""The demo courses are the product most users see: every one must work end to end."""

from io import StringIO

import pytest
from django.core.management import call_command

from courses.models import Choice, CoursePage, Question
from courses.services import quiz_attempt_submit
from tests.courses.helpers import open_attempt, right_answers, wrong_answers
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_data", stdout=StringIO())


def test_every_quiz_can_be_passed_with_the_right_answers_and_failed_otherwise(demo):
    courses = list(CoursePage.objects.live())
    assert len(courses) == 5
    for course in courses:
        passing = open_attempt(learner=UserFactory(), course=course)
        assert passing.answers.count() == 10, course.title
        assert quiz_attempt_submit(attempt=passing, answers=right_answers(passing)).passed, course.title
        failing = open_attempt(learner=UserFactory(), course=course)
        assert not quiz_attempt_submit(attempt=failing, answers=wrong_answers(failing)).passed, course.title


def test_every_question_has_feedback_on_every_choice_and_an_explanation(demo):
    assert Question.objects.count() >= 60
    assert not Choice.objects.filter(feedback__regex=r"^\s*$").exists()
    assert not Question.objects.filter(explanation__regex=r"^\s*$").exists()


def test_some_questions_are_shared_between_audiences_so_knowledge_can_be_compared(demo):
    shared = [question for question in Question.objects.all() if len(question.audiences) >= 2]
    assert len(shared) >= 10


def test_each_course_pool_has_enough_questions_for_its_quiz(demo):
    for course in CoursePage.objects.live():
        pool = [q for q in Question.objects.filter(live=True) if course.audience in q.audiences]
        assert len(pool) >= course.quiz_question_count, course.title
