"""Finding the words of any content: text fields, rich text, nested StreamField blocks and inline
children such as question choices, each with where it is."""

import pytest

from courses.models import Choice, Competency, LessonPage, Question
from elearning.language.extraction import SEPARATOR, instance_segments
from elearning.language.matching import Rule, build_matchers
from elearning.language.selectors import language_matches_for

MATCHERS = build_matchers(
    [
        Rule(phrase="child prostitute", suggestion="child who is being sexually exploited"),
        Rule(phrase="absconded", suggestion="went missing"),
    ]
)


def path(*parts):
    return SEPARATOR.join(parts)


def lesson(**fields):
    defaults = {"title": "A lesson", "slug": "a-lesson", "summary": "", "body": []}
    return LessonPage(**{**defaults, **fields})


def where_found(instance, **kwargs):
    return [(m.where, m.found) for m in language_matches_for(instance, matchers=MATCHERS, **kwargs)]


def test_it_finds_text_in_plain_fields_with_the_field_label():
    page = lesson(title="Absconded children", summary="About a child prostitute")
    assert where_found(page) == [("Title", "Absconded"), ("Summary", "child prostitute")]


def test_it_finds_text_in_rich_text_with_the_tags_removed():
    page = lesson(body=[{"type": "rich_text", "value": "<p>A child <b>prostitute</b> is a child.</p>"}])
    assert where_found(page) == [(path("Body", "Block 1: Rich text"), "child prostitute")]


def test_it_finds_text_inside_nested_streamfield_blocks():
    page = lesson(
        body=[
            {"type": "rich_text", "value": "<p>Nothing to see.</p>"},
            {"type": "callout", "value": {"style": "warning", "heading": "She absconded", "body": "<p>Fine.</p>"}},
            {
                "type": "accordion",
                "value": {
                    "sections": [
                        {"heading": "One", "body": "<p>Fine.</p>"},
                        {"heading": "Two", "body": "<p>He absconded.</p>"},
                    ]
                },
            },
            {
                "type": "scenario",
                "value": {
                    "title": "What would you do?",
                    "situation": "<p>A pupil tells you something.</p>",
                    "options": [
                        {"text": "Listen", "is_best": True, "feedback": "Right."},
                        {"text": "Call her a child prostitute", "is_best": False, "feedback": "Never."},
                    ],
                },
            },
            {
                "type": "case_study",
                "value": {
                    "title": "A case",
                    "story": "<p>Fine.</p>",
                    "learning_points": ["Fine", "Records said she absconded"],
                    "source": "",
                },
            },
        ]
    )
    assert where_found(page) == [
        (path("Body", "Block 2: Callout (warning signs)", "Heading"), "absconded"),
        (path("Body", "Block 3: Accordion", "Sections", "Item 2", "Body"), "absconded"),
        (path("Body", "Block 4: Scenario: what would you do?", "Options", "Item 2", "Option"), "child prostitute"),
        (path("Body", "Block 5: Case study", "What we learn", "Item 2"), "absconded"),
    ]


def test_it_finds_text_in_question_choices_and_their_feedback():
    question = Question(text="What do you say?", explanation="Name the abuse.")
    question.choices = [
        Choice(text="Say she was exploited", is_correct=True, feedback="Right."),
        Choice(text="Say she absconded", is_correct=False, feedback="No: never call her a child prostitute."),
    ]
    assert where_found(question) == [
        (path("Choice 2", "Text"), "absconded"),
        (path("Choice 2", "Feedback"), "child prostitute"),
    ]


def test_it_reads_the_would_be_children_of_an_edit_when_given():
    question = Question(text="What do you say?", explanation="Name the abuse.")
    question.choices = [Choice(text="She absconded", is_correct=False, feedback="No.")]
    children = {"choices": [Choice(text="Fine", is_correct=True, feedback="Fine.")]}
    assert where_found(question, children=children) == []


def test_it_skips_slugs_and_fields_with_fixed_choices():
    page = lesson(slug="absconded")
    competency = Competency(name="Signs", slug="absconded", description="")
    assert where_found(page) == []
    assert where_found(competency) == []


def test_it_marks_rich_text_as_html_and_plain_fields_as_text():
    page = lesson(summary="Plain", body=[{"type": "rich_text", "value": "<p>Rich</p>"}])
    segments = {segment.where: segment for segment in instance_segments(page)}
    assert not segments["Summary"].is_html
    assert segments[path("Body", "Block 1: Rich text")].is_html
    assert segments[path("Body", "Block 1: Rich text")].plain == "Rich"


@pytest.mark.django_db
def test_it_reads_choices_from_the_database_for_saved_questions(course):
    question = Question.objects.first()
    assert [segment.where for segment in instance_segments(question)] == [
        "Question",
        "Explanation",
        path("Choice 1", "Text"),
        path("Choice 1", "Feedback"),
        path("Choice 2", "Text"),
        path("Choice 2", "Feedback"),
        path("Choice 3", "Text"),
        path("Choice 3", "Feedback"),
    ]
