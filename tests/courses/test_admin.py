"""Editors build courses and the question bank in the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.authoring import competency_upsert
from courses.models import CourseIndexPage, CoursePage, LessonPage, Question
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def test_the_page_tree_keeps_courses_and_lessons_in_their_place(course):
    home = HomePage.objects.get()
    index = CourseIndexPage.objects.get()
    assert LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(home)
    assert not LessonPage.can_create_at(index)
    assert CoursePage.can_create_at(index)
    assert not CoursePage.can_create_at(home)
    assert not CourseIndexPage.can_create_at(home), "only one course index"
    assert ContentPage.can_create_at(home)


def question_form(competency, *, correct=(True, False), multiple=False):
    data = nested_form_data(
        {
            "text": "Which of these is a sign of exploitation?",
            "allows_multiple": multiple,
            "explanation": "Gifts from older people can be grooming.",
            "competency": competency.pk,
            "key": "",
            "choices": inline_formset(
                [
                    {"text": f"Choice {n}", "is_correct": is_correct, "feedback": f"Feedback {n}"}
                    for n, is_correct in enumerate(correct)
                ],
                min=2,
            ),
        }
    )
    data["audiences"] = ["school", "taxi"]
    return data


def test_an_editor_adds_a_bank_question_with_feedback_on_each_choice(editor_client):
    competency = competency_upsert(slug="recognising-signs", name="Recognising signs")
    response = editor_client.post(reverse("wagtailsnippets_courses_question:add"), question_form(competency))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    question = Question.objects.get()
    assert question.audiences == ["school", "taxi"]
    assert [(c.text, c.is_correct, c.feedback) for c in question.choices.all()] == [
        ("Choice 0", True, "Feedback 0"),
        ("Choice 1", False, "Feedback 1"),
    ]
    assert question.revisions.count() == 1


@pytest.mark.parametrize(
    ("correct", "multiple", "message"),
    [
        ((False, False), False, "Mark exactly one choice as correct"),
        ((True, True), False, "Mark exactly one choice as correct"),
        ((False, False), True, "Mark at least one choice as correct"),
    ],
)
def test_a_question_without_a_valid_right_answer_is_refused(editor_client, correct, multiple, message):
    competency = competency_upsert(slug="recognising-signs", name="Recognising signs")
    response = editor_client.post(
        reverse("wagtailsnippets_courses_question:add"), question_form(competency, correct=correct, multiple=multiple)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_editors_can_open_the_course_editor(editor_client, course):
    assert editor_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200
    lesson = LessonPage.objects.child_of(course).first()
    assert editor_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 200


def test_an_editor_previews_a_lesson_without_being_enrolled(editor_client, course):
    lesson = LessonPage.objects.child_of(course).first()
    response = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    assert "Lesson 1 text." in response.content.decode()


@pytest.mark.parametrize("persona", ["learner_client", "anonymous_client"])
def test_learners_and_visitors_cannot_open_the_bank(request, persona):
    response = request.getfixturevalue(persona).get(reverse("wagtailsnippets_courses_question:list"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login")) or not response.url.startswith("/admin/snippets")
