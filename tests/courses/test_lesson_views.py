from urllib.parse import quote

import pytest
from django.urls import reverse
from django.utils.html import escape

from courses.models import LessonCompletion
from courses.selectors import live_lessons_of
from courses.services import enrolment_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(course):
    return live_lessons_of(course)


def test_the_course_page_is_public_and_invites_people_to_start(anonymous_client, course, lessons):
    html = anonymous_client.get(course.url).content.decode()
    assert course.title in html
    assert "Sign in to start the course" in html
    assert all(lesson.title in html for lesson in lessons)


def test_signing_in_from_the_course_page_comes_back_to_it(anonymous_client, learner, course):
    """Visitors get a link, not a form: a form's target answers only POST, so a sign-in that
    returned to it would end on a 405. The page carries no CSRF token, so it can be cached."""
    html = anonymous_client.get(course.url).content.decode()
    assert "csrfmiddlewaretoken" not in html
    login_url = f"{reverse('account_login')}?next={quote(course.url)}"
    assert escape(login_url) in html
    response = anonymous_client.post(login_url, {"login": learner.email, "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert response.url == course.url


def test_starting_enrols_and_opens_the_first_lesson(learner, learner_client, course, lessons):
    response = learner_client.post(reverse("courses:course_start", args=[course.pk]))
    assert response.url == lessons[0].url
    assert learner.enrolments.get().course_id == course.pk


def test_a_lesson_sends_anonymous_visitors_to_sign_in(anonymous_client, lessons):
    response = anonymous_client.get(lessons[0].url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_lesson_sends_a_learner_who_has_not_started_to_the_course_page(learner_client, course, lessons):
    response = learner_client.get(lessons[1].url)
    assert response.status_code == 302
    assert response.url == course.url


def test_a_lesson_asks_for_the_profile_first(learner, learner_client, lessons):
    learner.full_name = ""
    learner.save()
    response = learner_client.get(lessons[0].url)
    assert response.url.startswith(reverse("people:profile"))


def test_completing_lessons_moves_on_and_resumes_where_the_learner_left_off(learner, learner_client, course, lessons):
    learner_client.post(reverse("courses:course_start", args=[course.pk]))
    response = learner_client.post(reverse("courses:lesson_complete", args=[lessons[0].pk]))
    assert response.url == lessons[1].url
    # Coming back later, "start" takes them to the first lesson they have not completed.
    response = learner_client.post(reverse("courses:course_start", args=[course.pk]))
    assert response.url == lessons[1].url
    html = learner_client.get(course.url).content.decode()
    assert "You have completed 1 of 3 lessons" in html
    assert f"Continue: {lessons[1].title}" in html


def test_completing_the_last_lesson_offers_the_quiz(learner, learner_client, course, lessons):
    enrolment_start(learner=learner, course=course)
    for lesson in lessons:
        response = learner_client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    assert response.url == course.url
    html = learner_client.get(course.url).content.decode()
    assert "Take the quiz" in html
    assert LessonCompletion.objects.count() == 3


def test_completing_a_lesson_twice_records_it_once(learner, learner_client, course, lessons):
    enrolment_start(learner=learner, course=course)
    url = reverse("courses:lesson_complete", args=[lessons[0].pk])
    learner_client.post(url)
    learner_client.post(url)
    assert LessonCompletion.objects.count() == 1


def test_completing_a_lesson_of_a_course_not_started_records_nothing(learner_client, course, lessons):
    response = learner_client.post(reverse("courses:lesson_complete", args=[lessons[0].pk]))
    assert response.url == course.url
    assert not LessonCompletion.objects.exists()


def test_completing_an_unknown_lesson_is_404(learner_client, course):
    assert learner_client.post(reverse("courses:lesson_complete", args=[course.pk])).status_code == 404


def test_report_it_here_shows_the_learners_own_district_contacts(learner, learner_client, course, lessons):
    enrolment_start(learner=learner, course=course)
    html = learner_client.get(lessons[0].url).content.decode()
    district = learner.district
    assert escape(district.childrens_social_care_name) in html
    assert district.childrens_social_care_phone in html
    assert district.out_of_hours_phone in html
    assert "Operation Makesafe" in html
    assert "999" in html


def test_report_it_here_differs_for_a_learner_in_another_district(
    learner, other_learner, other_learner_client, course, lessons
):
    enrolment_start(learner=other_learner, course=course)
    html = other_learner_client.get(lessons[0].url).content.decode()
    assert escape(other_learner.district.childrens_social_care_name) in html
    assert escape(learner.district.childrens_social_care_name) not in html
