"""Three 500s the bad-input run (test_bad_input.py) found in the admin, now answered cleanly:
an inline row (a question's choices) whose hidden id was tampered with, missing or malformed
(django-modelcluster raised), and deleting something other records still need (the database's
PROTECT raised), both with a message; and a forged "create" through a snippet chooser that has no
creation form (Wagtail's view raised), a 404. Saving an untouched form is the admin tests'
(tests/courses/test_admin.py, tests/language/test_admin_guard.py)."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import Question
from elearning.admin_forms import TAMPERED
from tests.factories import make_course
from tests.security.fingerprint import changed_tables, fingerprint
from tests.security.test_bad_input import _page_form_fields

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("tampered", ["\x00", "abc", "1.5", None])
def test_a_tampered_inline_row_is_refused_with_a_message(editor, tampered):
    make_course()
    question = Question.objects.order_by("pk").first()
    client = Client(raise_request_exception=True)
    client.force_login(editor)
    url = reverse("wagtailsnippets_courses_question:edit", args=[question.pk])
    data = {name: values[0] if values else "" for name, values in _page_form_fields(client, url).items()}
    data["text"] = "A new question text"
    if tampered is None:
        del data["choices-0-id"]
    else:
        data["choices-0-id"] = tampered
    before = fingerprint("courses")

    response = client.post(url, data)

    assert response.status_code == 200
    assert TAMPERED in response.content.decode()
    assert changed_tables(before, fingerprint("courses")) == []


def test_deleting_a_question_a_course_still_asks_is_refused_with_a_message(editor):
    """Wagtail's usage check reads its reference index, which a course built outside the admin may
    not be in yet; the database's PROTECT then raised an unhandled error (a 500)."""
    from courses.models import CourseQuizQuestion

    make_course()
    used = CourseQuizQuestion.objects.select_related("question").first().question
    client = Client(raise_request_exception=True)
    client.force_login(editor)
    url = reverse("wagtailsnippets_courses_question:delete", args=[used.pk])

    response = client.post(url, follow=True)

    assert response.status_code == 200
    assert "This cannot be deleted" in response.content.decode()
    assert Question.objects.filter(pk=used.pk).exists()


def test_a_question_nothing_uses_is_still_deleted(editor):
    make_course()
    question = Question.objects.create(text="Unused?", competency=Question.objects.first().competency)
    client = Client(raise_request_exception=True)
    client.force_login(editor)
    response = client.post(reverse("wagtailsnippets_courses_question:delete", args=[question.pk]))
    assert response.status_code == 302
    assert not Question.objects.filter(pk=question.pk).exists()


def test_a_forged_create_through_a_snippet_chooser_is_a_404(editor):
    """Our choosers have no creation form; Wagtail's view then failed on a POST (a 500)."""
    client = Client(raise_request_exception=True)
    client.force_login(editor)
    before = fingerprint("courses")
    for method in ("get", "post"):
        response = getattr(client, method)(reverse("wagtailsnippetchoosers_courses_question:create"), {"text": "x"})
        assert response.status_code == 404
    assert changed_tables(before, fingerprint("courses")) == []


@pytest.mark.parametrize("forged", [" ", "abc", "9" * 30])
def test_a_forged_choice_in_a_chooser_is_refused_with_a_message(editor, organisation_a, forged):
    """The partnership of a district is chosen with Wagtail's chooser, which looked the forged id up
    again to show the form with its errors (a 500)."""
    district = organisation_a.district
    client = Client(raise_request_exception=True)
    client.force_login(editor)
    url = reverse("wagtailsnippets_people_district:edit", args=[district.pk])
    data = {name: values[0] if values else "" for name, values in _page_form_fields(client, url).items()}
    data["partnership"] = forged
    before = fingerprint("people")

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert changed_tables(before, fingerprint("people")) == []
