import pytest
from django.urls import reverse

from courses.services import enrolment_start, quiz_attempt_submit
from tests.courses.helpers import open_attempt, right_answers, wrong_answers
from tests.factories import make_course

pytestmark = pytest.mark.django_db


def test_it_lists_courses_in_progress_and_completed_with_dates_and_scores(learner, learner_client, course):
    other = make_course(slug="second")
    enrolment_start(learner=learner, course=other)
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    retake = open_attempt(learner=learner, course=course)
    passed = quiz_attempt_submit(attempt=retake, answers=right_answers(retake))

    response = learner_client.get(reverse("courses:my_learning"))
    in_progress, completed = response.context["in_progress"], response.context["completed"]
    assert [row.course.pk for row in in_progress] == [other.pk]
    assert (in_progress[0].lessons_done, in_progress[0].lessons_total) == (0, 3)
    assert [row.course.pk for row in completed] == [course.pk]
    assert completed[0].enrolment.best_score == 100
    html = response.content.decode()
    assert passed.submitted_at.strftime("%-d %B %Y") in html
    assert "100%" in html


def test_it_shows_only_the_learners_own_courses(learner, other_learner_client, course):
    enrolment_start(learner=learner, course=course)
    response = other_learner_client.get(reverse("courses:my_learning"))
    assert response.context["in_progress"] == [] and response.context["completed"] == []
    assert "You have no courses in progress" in response.content.decode()


def test_it_asks_a_new_learner_to_complete_their_profile_first(db, client):
    from tests.factories import UserFactory

    user = UserFactory(full_name="", sector="", job_role="", district=None)
    client.force_login(user)
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302
    assert response.url == f"{reverse('people:profile')}?next=%2Fmy-learning%2F"
