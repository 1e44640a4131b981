"""Reading time and reading ease: figures on known text, and the panel in the lesson editor."""

import pytest
from django.urls import reverse

from courses.models import LessonPage
from elearning.language.readability import (
    count_sentences,
    count_syllables,
    lesson_reading_stats,
    reading_minutes,
    reading_stats,
)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("cat", 1), ("made", 1), ("happy", 2), ("little", 2), ("wanted", 2), ("abuse", 2), ("exploitation", 4)],
)
def test_it_counts_syllables(word, syllables):
    assert count_syllables(word) == syllables


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (1, 1), (200, 1), (201, 2), (450, 3)])
def test_it_rounds_reading_time_up_to_whole_minutes_at_200_words_a_minute(words, minutes):
    assert reading_minutes(words) == minutes


def test_headings_and_list_items_end_a_sentence_without_a_full_stop():
    assert count_sentences("A heading\nOne. Two! Three?\n- a list item") == 5


def test_it_scores_a_known_sentence():
    # 10 words, 1 sentence, 16 syllables: 206.835 - 1.015 * 10 - 84.6 * 1.6 = 61.3
    stats = reading_stats("Child sexual exploitation is a form of child sexual abuse.")
    assert (stats.words, stats.sentences, stats.syllables) == (10, 1, 16)
    assert stats.reading_ease == 61
    assert stats.band == "plain English"
    assert stats.minutes == 1


def test_short_everyday_words_score_very_easy_and_the_score_stays_within_0_to_100():
    stats = reading_stats("The cat sat on the mat. It was a sunny day.")
    assert stats.reading_ease == 100
    assert stats.band == "very easy"
    long_words = reading_stats(
        "Institutional multi-agency safeguarding arrangements necessitate comprehensive interdisciplinary "
        "documentation notwithstanding organisational considerations"
    )
    assert long_words.reading_ease == 0
    assert long_words.band == "very difficult"


def test_no_text_has_no_score():
    stats = reading_stats("")
    assert (stats.words, stats.reading_ease, stats.minutes) == (0, None, 1)


def test_it_reads_a_lessons_text_from_every_block():
    lesson = LessonPage(
        title="Lesson",
        slug="lesson",
        body=[
            {"type": "rich_text", "value": "<h2>Signs</h2><p>Look for gifts.</p>"},
            {"type": "callout", "value": {"style": "tip", "heading": "Tell someone", "body": "<p>Call 101.</p>"}},
        ],
    )
    stats = lesson_reading_stats(lesson)
    assert stats.words == 8
    assert stats.sentences == 4


@pytest.mark.django_db
def test_the_lesson_editor_shows_reading_time_and_reading_ease(editor_client, course):
    lesson = LessonPage.objects.child_of(course).first()
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "Reading time and reading ease" in html
    assert "About 1 minute to read" in html
    assert "Reading ease:" in html


@pytest.mark.django_db
def test_a_new_lesson_asks_for_text_before_showing_figures(editor_client, course):
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk])
    assert "Add some text to the lesson" in editor_client.get(url).content.decode()
