"""How long a lesson takes to read and how easy it is: pure functions on text, plus
lesson_reading_stats(lesson) for anything with a ``body`` StreamField.

Reading time is words / 200 words a minute, rounded up, at least one minute. Reading ease is the
Flesch score, 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words), shown from 0 to
100, with syllables counted by a vowel-group heuristic (textstat now needs a dictionary downloaded
at run time, which this service cannot do). Headings, list items and table cells end a sentence
even without a full stop.
"""

import math
import re
from dataclasses import dataclass

from .extraction import plain_text, stream_segments

WORDS_PER_MINUTE = 200
TARGET_READING_EASE = 70  # about a reading age of 11-12: see shared/content-guide.md

# (lowest score, band, what it means), highest first.
BANDS = (
    (90, "very easy", "An 11-year-old could read it easily."),
    (80, "easy", "Conversational English that almost everyone reads easily."),
    (70, "fairly easy", "Plain enough for readers with a reading age of 11 to 12."),
    (60, "plain English", "Most adults read it easily; some readers may slow down."),
    (50, "fairly difficult", "Harder for many readers: try shorter sentences and shorter words."),
    (30, "difficult", "Hard for many of the people who take these courses: use shorter sentences and everyday words."),
    (0, "very difficult", "Too hard for most readers: split long sentences and replace long words."),
)

_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")


@dataclass(frozen=True)
class ReadingStats:
    words: int
    sentences: int
    syllables: int
    minutes: int
    reading_ease: int | None  # None when there are no words
    band: str
    explanation: str
    words_per_minute: int = WORDS_PER_MINUTE
    target: int = TARGET_READING_EASE


def count_syllables(word: str) -> int:
    """Syllables in one English word, by counting groups of vowels with the usual corrections."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 1 if any(char.isdigit() for char in word) else 0
    if len(letters) <= 3:
        return 1
    if not letters.endswith(("ted", "ded")):
        letters = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", letters)
    letters = re.sub(r"^y", "", letters)
    return max(1, len(re.findall(r"[aeiouy]+", letters)))


def count_sentences(text: str) -> int:
    sentences = 0
    for line in text.split("\n"):
        # Every stretch of words that ends in a full stop, or ends the line, is a sentence.
        for part in _SENTENCE_END.split(line):
            if _WORD.search(part):
                sentences += 1
    return sentences


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def flesch_reading_ease(*, words: int, sentences: int, syllables: int) -> float:
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def band_for(score: float) -> tuple[str, str]:
    for lowest, band, explanation in BANDS:
        if score >= lowest:
            return band, explanation
    return BANDS[-1][1], BANDS[-1][2]


def reading_stats(text: str) -> ReadingStats:
    words = _WORD.findall(text)
    if not words:
        return ReadingStats(
            words=0, sentences=0, syllables=0, minutes=1, reading_ease=None, band="", explanation="No text yet."
        )
    sentences = max(1, count_sentences(text))
    syllables = sum(count_syllables(word) for word in words)
    score = flesch_reading_ease(words=len(words), sentences=sentences, syllables=syllables)
    score = min(100, max(0, round(score)))
    band, explanation = band_for(score)
    return ReadingStats(
        words=len(words),
        sentences=sentences,
        syllables=syllables,
        minutes=reading_minutes(len(words)),
        reading_ease=score,
        band=band,
        explanation=explanation,
    )


def lesson_text(lesson) -> str:
    """The words a learner reads in a lesson: every text in its body, one block per line."""
    return plain_text(stream_segments(getattr(lesson, "body", None), ["Body"]))


def lesson_reading_stats(lesson) -> ReadingStats:
    return reading_stats(lesson_text(lesson))
