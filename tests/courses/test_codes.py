import math

import pytest

from courses.codes import ALPHABET, LENGTH, code_display, code_generate, code_normalise


def test_a_code_carries_at_least_80_random_bits_in_unambiguous_characters():
    assert LENGTH * math.log2(len(ALPHABET)) >= 80
    assert not set("01IO") & set(ALPHABET)
    codes = {code_generate() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(code) == 16 and set(code) <= set(ALPHABET) for code in codes)


def test_it_is_shown_in_four_groups_of_four():
    assert code_display("K7QM2XPD9HRT4WCA") == "K7QM-2XPD-9HRT-4WCA"


@pytest.mark.parametrize(
    "typed",
    [
        "K7QM-2XPD-9HRT-4WCA",
        "k7qm2xpd9hrt4wca",
        " k7qm 2xpd 9hrt 4wca ",
        "K7QM\u20132XPD\u20139HRT\u20134WCA",
        "k7qm-2xpd9hrt-4wca",
    ],
)
def test_typed_codes_are_accepted_in_any_case_with_or_without_dashes(typed):
    assert code_normalise(typed) == "K7QM2XPD9HRT4WCA"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "K7QM-2XPD-9HRT-4WC",
        "K7QM-2XPD-9HRT-4WCAA",
        "K7QM-2XPD-9HRT-4WC0",
        "O7QM-2XPD-9HRT-4WCA",
        "x" * 10_000,
        "<script>",
        None,
        42,
    ],
)
def test_anything_else_is_not_a_code(typed):
    assert code_normalise(typed) is None
