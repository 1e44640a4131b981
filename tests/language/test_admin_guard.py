"""The language guard in the admin: saving, submitting or publishing wording that can blame a child
is refused once with each phrase, where it is and what to say instead; ticking the box and saving
again keeps exactly what the editor wrote and records who kept it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.authoring import competency_upsert
from courses.models import Competency, LessonPage, Question
from elearning.language.extraction import SEPARATOR
from elearning.language.forms import CONFIRM_FIELD, CONFIRM_LABEL, REVIEWED_FIELD
from elearning.language.matching import html_to_text
from elearning.language.models import LanguageConfirmation
from tests.factories import UserFactory
from tests.mfa import give_totp

pytestmark = pytest.mark.django_db

FLAGGED = "Staff called her a child prostitute."
SUGGESTION = "child who is being sexually exploited"


def path(*parts):
    return SEPARATOR.join(parts)


def lesson_form(lesson, *, body_text, **extra):
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "estimated_minutes": lesson.estimated_minutes,
            "body": streamfield([("rich_text", rich_text(f"<p>{body_text}</p>"))]),
        }
    )
    data.update(extra)
    return data


def confirmed(response, data):
    """The same submission again, with the box ticked for the matches the editor was shown."""
    form = response.context["form"]
    return {**data, CONFIRM_FIELD: "on", REVIEWED_FIELD: form[REVIEWED_FIELD].value()}


def body_text(lesson):
    return html_to_text(lesson.body[0].value.source)


def draft_text(lesson):
    """The body text of the newest revision, live or draft."""
    return body_text(LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object())


@pytest.fixture
def lesson(course):
    return LessonPage.objects.child_of(course).first()


@pytest.fixture
def moderator_client(db):
    user = UserFactory(email="mo@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    give_totp(user)  # staff reach the admin only with two-factor authentication
    client = Client()
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_it_shows_the_phrase_where_it_is_and_the_suggestion_and_saves_nothing(editor_client, lesson):
    revisions = lesson.revisions.count()
    response = editor_client.post(edit_url(lesson), lesson_form(lesson, body_text=FLAGGED))

    assert response.status_code == 200
    html = response.content.decode()
    assert "“child prostitute”" in html
    assert path("Body", "Block 1: Rich text") in html
    assert SUGGESTION in html
    assert CONFIRM_LABEL in html
    assert f'name="{CONFIRM_FIELD}"' in html
    lesson.refresh_from_db()
    assert lesson.revisions.count() == revisions
    assert draft_text(lesson) == "Lesson 1 text."
    assert not LanguageConfirmation.objects.exists()


def test_ticking_the_box_saves_exactly_what_the_editor_wrote_and_records_it(editor, editor_client, lesson):
    data = lesson_form(lesson, body_text=FLAGGED)
    first = editor_client.post(edit_url(lesson), data)

    response = editor_client.post(edit_url(lesson), confirmed(first, data))

    assert response.status_code == 302
    assert draft_text(lesson) == FLAGGED
    confirmation = LanguageConfirmation.objects.get()
    assert confirmation.user == editor
    assert confirmation.object_id == str(lesson.pk)
    assert confirmation.content_type.model_class() is LessonPage
    assert confirmation.matches == [
        {
            "phrase": "child prostitute",
            "found": "child prostitute",
            "where": path("Body", "Block 1: Rich text"),
            "suggestion": SUGGESTION,
            "excerpt": FLAGGED,
        }
    ]


def test_it_does_not_ask_again_about_wording_already_kept_in_the_same_place(editor_client, lesson):
    data = lesson_form(lesson, body_text=FLAGGED)
    editor_client.post(edit_url(lesson), confirmed(editor_client.post(edit_url(lesson), data), data))

    again = editor_client.post(edit_url(lesson), lesson_form(lesson, body_text=FLAGGED, summary="New summary"))

    assert again.status_code == 302
    assert LanguageConfirmation.objects.count() == 1


def test_ticking_the_box_does_not_cover_a_phrase_added_after_the_check(editor_client, lesson):
    data = lesson_form(lesson, body_text=FLAGGED)
    first = editor_client.post(edit_url(lesson), data)
    data_with_more = {**confirmed(first, data), "summary": "She absconded from care."}

    response = editor_client.post(edit_url(lesson), data_with_more)

    assert response.status_code == 200
    html = response.content.decode()
    assert "“absconded”" in html
    assert "Summary" in html
    assert not LanguageConfirmation.objects.exists()


def test_ticking_the_box_without_having_seen_the_check_is_not_enough(editor_client, lesson):
    data = {**lesson_form(lesson, body_text=FLAGGED), CONFIRM_FIELD: "on"}
    assert editor_client.post(edit_url(lesson), data).status_code == 200
    assert not LanguageConfirmation.objects.exists()


def test_clean_wording_saves_first_time_without_the_checkbox(editor_client, lesson):
    response = editor_client.post(edit_url(lesson), lesson_form(lesson, body_text="A child is being exploited."))
    assert response.status_code == 302
    assert draft_text(lesson) == "A child is being exploited."
    page = editor_client.get(edit_url(lesson)).content.decode()
    assert CONFIRM_LABEL not in page


def test_quoted_wording_is_not_flagged(editor_client, lesson):
    text = "Do not say “child prostitute”: it blames the child."
    assert editor_client.post(edit_url(lesson), lesson_form(lesson, body_text=text)).status_code == 302


@pytest.mark.parametrize("action", ["action-submit", "action-publish"])
def test_submitting_and_publishing_go_through_the_check(request, lesson, action):
    client = request.getfixturevalue("editor_client" if action == "action-submit" else "moderator_client")
    data = lesson_form(lesson, body_text=FLAGGED, **{action: action})

    first = client.post(edit_url(lesson), data)
    assert first.status_code == 200
    assert "“child prostitute”" in first.content.decode()

    assert client.post(edit_url(lesson), confirmed(first, data)).status_code == 302
    lesson.refresh_from_db()
    if action == "action-publish":
        assert body_text(lesson) == FLAGGED, "published as written"
    else:
        assert body_text(lesson) == "Lesson 1 text.", "submitted for moderation, not yet live"
    assert LanguageConfirmation.objects.count() == 1


def test_creating_a_page_goes_through_the_check(editor_client, course):
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk])
    data = nested_form_data(
        {
            "title": "New lesson",
            "slug": "new-lesson",
            "summary": "",
            "estimated_minutes": 3,
            "body": streamfield([("rich_text", rich_text(f"<p>{FLAGGED}</p>"))]),
        }
    )
    first = editor_client.post(url, data)
    assert first.status_code == 200
    assert not LessonPage.objects.filter(slug="new-lesson").exists()

    assert editor_client.post(url, confirmed(first, data)).status_code == 302
    new = LessonPage.objects.get(slug="new-lesson")
    assert LanguageConfirmation.objects.get().object_id == str(new.pk)


# ---------------------------------------------------------------------------------------------------
# Snippets: the question bank and competencies
# ---------------------------------------------------------------------------------------------------


def question_form(competency, *, feedback="Feedback 1", extra_choices=(), **extra):
    data = nested_form_data(
        {
            "text": "What do you write in the record?",
            "allows_multiple": False,
            "explanation": "Name the abuse.",
            "competency": competency.pk,
            "key": "",
            "choices": inline_formset(
                [
                    {"text": "She is being sexually exploited", "is_correct": True, "feedback": "Right."},
                    {"text": "Something else", "is_correct": False, "feedback": feedback},
                    *extra_choices,
                ],
                min=2,
            ),
        }
    )
    data["audiences"] = ["school"]
    data.update(extra)
    return data


@pytest.mark.parametrize("action", [{}, {"action-publish": "action-publish"}])
def test_an_editor_creating_a_question_confirms_a_phrase_in_a_choice(editor, editor_client, action):
    competency = competency_upsert(slug="language", name="Language")
    url = reverse("wagtailsnippets_courses_question:add")
    data = question_form(competency, feedback="No: never write child prostitute.", **action)

    first = editor_client.post(url, data)

    assert first.status_code == 200
    html = first.content.decode()
    assert "“child prostitute”" in html
    assert path("Choice 2", "Feedback") in html
    assert SUGGESTION in html
    assert not Question.objects.exists()

    response = editor_client.post(url, confirmed(first, data))
    assert response.status_code == 302
    question = Question.objects.get()
    assert [choice.feedback for choice in question.choices.all()] == ["Right.", "No: never write child prostitute."]
    assert question.live is bool(action)
    confirmation = LanguageConfirmation.objects.get()
    assert (confirmation.user, confirmation.object_id) == (editor, str(question.pk))
    assert confirmation.matches[0]["where"] == path("Choice 2", "Feedback")


def test_a_question_keeps_its_own_checks_on_choices(editor_client):
    competency = competency_upsert(slug="language", name="Language")
    data = question_form(competency)
    data["choices-0-is_correct"] = ""
    response = editor_client.post(reverse("wagtailsnippets_courses_question:add"), data)
    assert response.status_code == 200
    assert "Mark exactly one choice as correct" in response.content.decode()


def test_a_deleted_choice_is_not_checked(editor_client):
    competency = competency_upsert(slug="language", name="Language")
    third = {"text": "Third", "is_correct": False, "feedback": "No."}
    data = question_form(competency, feedback="She absconded.", extra_choices=[third])
    data["choices-1-DELETE"] = "1"
    response = editor_client.post(reverse("wagtailsnippets_courses_question:add"), data)
    assert response.status_code == 302
    assert [choice.text for choice in Question.objects.get().choices.all()] == [
        "She is being sexually exploited",
        "Third",
    ]


def test_editing_a_competency_goes_through_the_check(editor_client):
    competency = competency_upsert(slug="missing", name="Missing children")
    url = reverse("wagtailsnippets_courses_competency:edit", args=[competency.pk])
    data = {"name": "Missing children", "slug": "missing", "description": "Why children abscond.", "sort_order": 0}

    first = editor_client.post(url, data)
    assert first.status_code == 200
    assert "“abscond”" in first.content.decode()
    assert Competency.objects.get().description == ""

    assert editor_client.post(url, confirmed(first, data)).status_code == 302
    assert Competency.objects.get().description == "Why children abscond."
    assert LanguageConfirmation.objects.get().object_id == str(competency.pk)


def test_an_autosave_waits_for_the_confirmation_and_saves_nothing(editor_client, lesson):
    revisions = lesson.revisions.count()
    response = editor_client.post(
        edit_url(lesson), lesson_form(lesson, body_text=FLAGGED), headers={"Accept": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "validation_error"
    assert lesson.revisions.count() == revisions
