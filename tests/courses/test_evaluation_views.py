"""The evaluation pages in the course flow: offered at the start and after a pass, skippable,
required before the certificate when the course says so, and only ever the learner's own."""

import pytest
from django.urls import reverse

from courses.models import Certificate, ConfidenceRating, CourseEvaluation
from courses.selectors import live_lessons_of
from courses.services import enrolment_start, evaluation_before_skip, quiz_attempt_submit
from tests.courses.helpers import as_post, complete_lessons, open_attempt, right_answers

pytestmark = pytest.mark.django_db


def before_url(course):
    return reverse("courses:evaluation_before", args=[course.pk])


def after_url(course):
    return reverse("courses:evaluation_after", args=[course.pk])


def confidence_post(course, rating: int) -> dict[str, str]:
    return {f"confidence-{pk}": str(rating) for pk in course.competencies.values_list("pk", flat=True)}


def after_post(course, **overrides) -> dict[str, str]:
    data = {**confidence_post(course, 3), "met_aims": "4", "relevant": "3", "useful": "4", "action": "Tell my team."}
    return {**data, **overrides}


def pass_course(*, learner, course):
    attempt = open_attempt(learner=learner, course=course)
    return quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))


def require_evaluation(course):
    course.evaluation_required = True
    course.save_revision().publish()


def test_starting_a_course_offers_the_confidence_check_on_the_first_lesson(learner_client, course):
    response = learner_client.post(reverse("courses:course_start", args=[course.pk]), follow=True)
    html = response.content.decode()
    assert "Before you begin: how confident do you feel?" in html
    assert before_url(course) in html
    assert "Skip" in html


def test_the_offer_goes_once_the_first_lesson_is_completed(learner_client, course):
    learner_client.post(reverse("courses:course_start", args=[course.pk]))
    first, second = live_lessons_of(course)[:2]
    learner_client.post(reverse("courses:lesson_complete", args=[first.pk]))
    assert "Before you begin" not in learner_client.get(second.url).content.decode()


def test_the_confidence_page_asks_per_competency_with_four_point_radios(learner, learner_client, course):
    enrolment_start(learner=learner, course=course)
    html = learner_client.get(before_url(course)).content.decode()
    assert '<legend class="govuk-fieldset__legend">How confident do you feel about recognising signs?</legend>' in html
    for label in ("Very confident", "Fairly confident", "Not very confident", "Not confident"):
        assert label in html
    assert html.count('type="radio"') == 4
    assert 'name="skip"' in html


def test_answering_the_confidence_check_records_it_and_opens_the_first_lesson(learner, learner_client, course):
    enrolment_start(learner=learner, course=course)
    response = learner_client.post(before_url(course), confidence_post(course, 2))
    assert response.status_code == 302
    assert response.url == live_lessons_of(course)[0].url
    assert ConfidenceRating.objects.get().rating == 2
    assert "Before you begin" not in learner_client.get(response.url).content.decode()


def test_skipping_from_the_lesson_page_records_the_skip_and_stays_on_the_lesson(learner_client, course):
    learner_client.post(reverse("courses:course_start", args=[course.pk]))
    response = learner_client.post(before_url(course), {"skip": "1"})
    assert response.url == live_lessons_of(course)[0].url
    assert CourseEvaluation.objects.get().before_skipped_at is not None
    assert "Before you begin" not in learner_client.get(response.url).content.decode()


def test_a_confidence_check_without_answers_shows_the_error_summary_and_keeps_nothing(learner, learner_client, course):
    enrolment_start(learner=learner, course=course)
    response = learner_client.post(before_url(course), {})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Select how confident you feel about recognising signs" in html
    assert not CourseEvaluation.objects.exists()


@pytest.mark.parametrize("value", ["5", "0", "-1", "x", "999999999999999999999"])
def test_out_of_range_ratings_are_refused_with_a_message(learner, learner_client, course, value):
    enrolment_start(learner=learner, course=course)
    data = dict.fromkeys(confidence_post(course, 1), value)
    response = learner_client.post(before_url(course), data)
    assert response.status_code == 200
    assert "Select one of the answers shown" in response.content.decode()
    assert not ConfidenceRating.objects.exists()


def test_a_second_submit_of_the_confidence_check_is_answered_cleanly(learner, learner_client, course):
    enrolment_start(learner=learner, course=course)
    learner_client.post(before_url(course), confidence_post(course, 2))
    response = learner_client.post(before_url(course), confidence_post(course, 4), follow=True)
    assert response.status_code == 200
    assert "You have already told us how confident you feel." in response.content.decode()
    assert list(ConfidenceRating.objects.values_list("rating", flat=True)) == [2]


def test_the_result_page_of_a_pass_prompts_for_the_evaluation(learner, learner_client, course):
    attempt = pass_course(learner=learner, course=course)
    html = learner_client.get(reverse("courses:attempt_result", args=[attempt.pk])).content.decode()
    assert "How did the course go?" in html
    assert after_url(course) in html
    assert "Download your certificate (PDF)" in html


def test_the_evaluation_page_asks_the_validation_questions_and_can_be_skipped(learner, learner_client, course):
    pass_course(learner=learner, course=course)
    html = learner_client.get(after_url(course)).content.decode()
    for text in (
        "The course met its stated aims",
        "The content was relevant to me",
        "The course was useful to me",
        "What will you do as a result?",
        "Highly satisfied",
        "Unsatisfied",
    ):
        assert text in html
    assert 'name="skip"' in html


def test_answering_the_evaluation_records_it_and_returns_to_the_result(learner, learner_client, course):
    attempt = pass_course(learner=learner, course=course)
    response = learner_client.post(after_url(course), after_post(course), follow=True)
    assert response.redirect_chain[-1][0] == reverse("courses:attempt_result", args=[attempt.pk])
    assert "Thank you for evaluating the course." in response.content.decode()
    evaluation = CourseEvaluation.objects.get()
    assert (evaluation.met_aims, evaluation.relevant, evaluation.useful, evaluation.action) == (
        4,
        3,
        4,
        "Tell my team.",
    )
    assert "How did the course go?" not in response.content.decode()


def test_skipping_the_evaluation_stops_the_prompt(learner, learner_client, course):
    attempt = pass_course(learner=learner, course=course)
    learner_client.post(after_url(course), {"skip": "1"})
    assert CourseEvaluation.objects.get().after_skipped_at is not None
    html = learner_client.get(reverse("courses:attempt_result", args=[attempt.pk])).content.decode()
    assert "How did the course go?" not in html


def test_a_too_long_answer_to_what_will_you_do_is_refused(learner, learner_client, course):
    pass_course(learner=learner, course=course)
    response = learner_client.post(after_url(course), after_post(course, action="x" * 2001))
    assert "Write 2000 characters or fewer" in response.content.decode()
    assert not CourseEvaluation.objects.exclude(after_at=None).exists()


def test_the_evaluation_is_not_open_before_a_pass(learner, learner_client, course):
    complete_lessons(learner=learner, course=course)
    response = learner_client.post(after_url(course), after_post(course), follow=True)
    assert "You can evaluate the course once you have passed its quiz." in response.content.decode()
    assert not CourseEvaluation.objects.exists()


def test_a_required_evaluation_holds_the_certificate_and_issues_it_once_answered(learner, learner_client, course):
    require_evaluation(course)
    attempt = open_attempt(learner=learner, course=course)
    response = learner_client.post(reverse("courses:attempt", args=[attempt.pk]), as_post(right_answers(attempt)))
    html = learner_client.get(response.url).content.decode()
    assert "You passed" in html
    assert "Evaluate the course to get your certificate" in html
    assert "Download your certificate (PDF)" not in html
    assert not Certificate.objects.exists()
    assert "Evaluate the course to get your certificate" in learner_client.get(course.url).content.decode()

    page = learner_client.get(after_url(course)).content.decode()
    assert 'name="skip"' not in page
    response = learner_client.post(after_url(course), after_post(course), follow=True)
    html = response.content.decode()
    assert "Your certificate is ready." in html
    assert "Download your certificate (PDF)" in html
    assert Certificate.objects.get().attempt_id == attempt.pk


def test_a_double_submit_of_a_required_evaluation_issues_one_certificate(learner, learner_client, course):
    require_evaluation(course)
    pass_course(learner=learner, course=course)
    learner_client.post(after_url(course), after_post(course))
    response = learner_client.post(after_url(course), after_post(course, met_aims="1"), follow=True)
    assert response.status_code == 200
    assert "You have already evaluated this course." in response.content.decode()
    assert Certificate.objects.count() == 1
    assert CourseEvaluation.objects.get().met_aims == 4


def test_a_forged_skip_of_a_required_evaluation_is_refused(learner, learner_client, course):
    require_evaluation(course)
    pass_course(learner=learner, course=course)
    response = learner_client.post(after_url(course), {"skip": "1"}, follow=True)
    assert "This course issues its certificate once you have answered the evaluation." in response.content.decode()
    assert not Certificate.objects.exists()
    assert not CourseEvaluation.objects.exclude(after_skipped_at=None).exists()


@pytest.mark.parametrize("url", [before_url, after_url])
def test_another_learner_cannot_reach_an_evaluation_they_are_not_enrolled_for(
    learner, other_learner_client, course, url
):
    pass_course(learner=learner, course=course)
    assert other_learner_client.get(url(course)).status_code == 404
    assert other_learner_client.post(url(course), after_post(course)).status_code == 404
    assert not CourseEvaluation.objects.exists()


@pytest.mark.parametrize("url", [before_url, after_url])
def test_anonymous_visitors_are_sent_to_sign_in(anonymous_client, course, url):
    response = anonymous_client.get(url(course))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_an_unknown_course_is_not_found(learner_client):
    assert learner_client.get(reverse("courses:evaluation_after", args=[999999])).status_code == 404


def test_the_confidence_page_after_a_skip_moves_the_learner_on(learner, learner_client, course):
    enrolment = enrolment_start(learner=learner, course=course)
    evaluation_before_skip(enrolment=enrolment)
    response = learner_client.get(before_url(course), follow=True)
    assert response.redirect_chain[-1][0] == live_lessons_of(course)[0].url


def test_my_learning_lists_a_certificate_waiting_for_the_evaluation(learner, learner_client, course):
    require_evaluation(course)
    pass_course(learner=learner, course=course)
    html = learner_client.get(reverse("courses:my_learning")).content.decode()
    assert "Certificates waiting for your evaluation" in html
    assert after_url(course) in html
    learner_client.post(after_url(course), after_post(course))
    html = learner_client.get(reverse("courses:my_learning")).content.decode()
    assert "Certificates waiting for your evaluation" not in html


def test_editors_set_a_course_to_require_the_evaluation(editor_client, course):
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    assert 'name="evaluation_required"' in html
    assert "evaluation required before the certificate" in html.lower()
