"""Scoring a quiz: one pure function, used by everything that needs a score."""

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class AskedQuestion:
    key: Hashable
    correct: frozenset[int]


@dataclass(frozen=True)
class QuizResult:
    correct: Mapping[Hashable, bool]
    correct_count: int
    total: int
    score: int
    passed: bool


def score_quiz(
    questions: Iterable[AskedQuestion], answers: Mapping[Hashable, Iterable[int]], *, pass_mark: int
) -> QuizResult:
    """Mark every question right when the chosen choices are exactly the correct ones (a
    "select all that apply" question earns nothing for a partial answer), and pass the quiz when
    the share right reaches pass_mark per cent. The score is the share right, rounded down, so a
    learner is never shown a score that rounds up to a pass they did not reach."""
    questions = list(questions)
    if not questions:
        raise ValueError("A quiz needs at least one question.")
    correct = {q.key: frozenset(answers.get(q.key, ())) == q.correct for q in questions}
    correct_count = sum(correct.values())
    total = len(questions)
    return QuizResult(
        correct=correct,
        correct_count=correct_count,
        total=total,
        score=correct_count * 100 // total,
        passed=correct_count * 100 >= pass_mark * total,
    )
