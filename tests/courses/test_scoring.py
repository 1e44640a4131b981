from itertools import chain, combinations

import pytest

from courses.scoring import AskedQuestion, score_quiz


def subsets(items):
    return [frozenset(c) for c in chain.from_iterable(combinations(items, r) for r in range(len(items) + 1))]


CHOICES = [1, 2, 3, 4]


@pytest.mark.parametrize("chosen", subsets(CHOICES))
def test_it_marks_a_single_answer_question_right_only_for_the_one_correct_choice(chosen):
    result = score_quiz([AskedQuestion(key="q", correct=frozenset({3}))], {"q": chosen}, pass_mark=100)
    assert result.correct["q"] is (chosen == {3})


@pytest.mark.parametrize("correct", [s for s in subsets(CHOICES) if s])
@pytest.mark.parametrize("chosen", subsets(CHOICES))
def test_it_marks_a_multiple_answer_question_right_only_for_exactly_the_correct_set(correct, chosen):
    result = score_quiz([AskedQuestion(key="q", correct=correct)], {"q": chosen}, pass_mark=100)
    assert result.correct["q"] is (chosen == correct)


def test_it_gives_no_credit_for_a_partly_right_multiple_answer():
    result = score_quiz([AskedQuestion(key="q", correct=frozenset({1, 2}))], {"q": [1]}, pass_mark=1)
    assert result.correct == {"q": False}
    assert result.score == 0
    assert result.passed is False


def test_it_treats_an_unanswered_question_as_wrong():
    result = score_quiz(
        [AskedQuestion(key="a", correct=frozenset({1})), AskedQuestion(key="b", correct=frozenset({2}))],
        {"a": [1]},
        pass_mark=50,
    )
    assert result.correct == {"a": True, "b": False}
    assert (result.correct_count, result.total, result.score, result.passed) == (1, 2, 50, True)


@pytest.mark.parametrize(
    ("right", "total", "pass_mark", "score", "passed"),
    [
        (8, 10, 80, 80, True),
        (7, 10, 80, 70, False),
        (2, 3, 67, 66, False),  # 66.7% is below a 67% pass mark, and is shown rounded down
        (2, 3, 66, 66, True),
        (0, 5, 1, 0, False),
        (5, 5, 100, 100, True),
        (1, 1, 100, 100, True),
    ],
)
def test_it_scores_the_share_right_rounded_down_and_passes_at_the_pass_mark(right, total, pass_mark, score, passed):
    questions = [AskedQuestion(key=n, correct=frozenset({1})) for n in range(total)]
    answers = {n: [1] if n < right else [2] for n in range(total)}
    result = score_quiz(questions, answers, pass_mark=pass_mark)
    assert (result.correct_count, result.score, result.passed) == (right, score, passed)


def test_it_refuses_an_empty_quiz():
    with pytest.raises(ValueError, match="at least one question"):
        score_quiz([], {}, pass_mark=50)
