"""`manage.py check_language` audits all live content; CI runs it on the demo content."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from courses.authoring import lesson_upsert
from courses.models import LessonPage, Question
from elearning.language.extraction import SEPARATOR
from elearning.language.models import LanguageConfirmation
from elearning.language.selectors import language_matches_for
from elearning.language.services import language_confirmation_record

pytestmark = pytest.mark.django_db


def path(*parts):
    return SEPARATOR.join(parts)


def run_check(*args) -> str:
    out = StringIO()
    call_command("check_language", *args, stdout=out)
    return out.getvalue()


def add_lesson(course, text, *, slug="flagged"):
    return lesson_upsert(
        course=course,
        spec={"title": "Flagged lesson", "slug": slug, "estimated_minutes": 3, "body": [("rich_text", text)]},
    )


def test_it_passes_on_the_demo_content():
    call_command("load_demo_data", stdout=StringIO())
    output = run_check()
    assert "No phrases to avoid in live content" in output


def test_it_passes_on_clean_content_and_says_how_much_it_checked(course):
    output = run_check()
    assert "No phrases to avoid in live content" in output
    assert "items checked" in output


def test_it_fails_on_a_live_page_with_a_phrase_to_avoid_and_says_where(course):
    add_lesson(course, "<p>She was described as a child prostitute by the officer.</p>")
    out = StringIO()
    with pytest.raises(CommandError, match="1 phrase"):
        call_command("check_language", stdout=out)
    output = out.getvalue()
    assert "Flagged lesson" in output
    assert path("Body", "Block 1: Rich text") in output
    assert "“child prostitute”" in output
    assert "child who is being sexually exploited" in output


def test_it_ignores_a_draft_that_is_not_live(course):
    lesson = LessonPage.objects.child_of(course).first()
    lesson.body = [("rich_text", "<p>She chose to go missing.</p>")]
    lesson.save_revision()  # a draft: the live page is unchanged
    assert "No phrases to avoid" in run_check()


def test_it_checks_live_bank_questions_and_their_choices(course):
    question = Question.objects.first()
    choice = question.choices.all()[1]
    choice.feedback = "No: she absconded from care."
    choice.save()
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_language", stdout=out)
    assert path("Choice 2", "Feedback: “absconded”") in out.getvalue()


def test_it_does_not_count_wording_an_editor_kept_unless_asked(course, editor):
    lesson = add_lesson(course, "<p>Police said she had absconded.</p>")
    language_confirmation_record(user=editor, instance=lesson, matches=language_matches_for(lesson))
    output = run_check()
    assert "1 phrase(s) kept by editors are not counted" in output
    with pytest.raises(CommandError):
        run_check("--include-confirmed")
    assert LanguageConfirmation.objects.count() == 1
