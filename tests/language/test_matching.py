# ruff: noqa: RUF001 - these tests are about curly single quotes and apostrophes
"""Matching phrases to avoid: whole words and phrases, any case, plurals and simple inflections,
never inside a longer word, never inside quotation marks. Pure functions: no database."""

import pytest

from elearning.language.matching import (
    Rule,
    build_matchers,
    find_matches,
    html_to_text,
    match_keys,
    quoted_spans,
    word_forms,
)

RULES = [
    Rule(phrase="child prostitute", suggestion="child who is being sexually exploited"),
    Rule(phrase="absconded", suggestion="went missing"),
    Rule(phrase="chooses to go missing", suggestion="went missing"),
    Rule(phrase="consent", suggestion="was groomed"),
    Rule(phrase="willing", suggestion="was coerced"),
    Rule(phrase="sex with", suggestion="sexually abused"),
    Rule(phrase="putting herself/himself/themselves at risk", suggestion="is at risk of exploitation"),
    Rule(phrase="risky behaviour", suggestion="is being exploited"),
    Rule(phrase="selling sex", suggestion="is being sexually exploited", exceptions=("cannot sell sex",)),
]


def found(text, *, rules=RULES, is_html=False):
    return [match.found for match in find_matches(text, build_matchers(rules), is_html=is_html)]


def phrases(text, **kwargs):
    return [match.rule.phrase for match in find_matches(text, build_matchers(RULES), **kwargs)]


@pytest.mark.parametrize(
    "text",
    [
        "Staff called her a child prostitute.",
        "Staff called her a CHILD PROSTITUTE.",
        "Staff called her a Child Prostitute.",
    ],
)
def test_it_matches_a_phrase_in_any_letter_case(text):
    assert [m.lower() for m in found(text)] == ["child prostitute"]


def test_it_reports_the_words_as_the_editor_wrote_them():
    assert found("They were Child Prostitutes, the report said.") == ["Child Prostitutes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("children were called child prostitutes", "child prostitutes"),
        ("the girl absconded", "absconded"),
        ("the girl absconds", "absconds"),
        ("the girl abscond", "abscond"),
        ("she keeps absconding", "absconding"),
        ("she consented", "consented"),
        ("consenting", "consenting"),
        ("consents", "consents"),
        ("the child chose to go missing", "chose to go missing"),
        ("the child choose to go missing", "choose to go missing"),
        ("children choosing to go missing", "choosing to go missing"),
        ("she puts herself at risk", "puts herself at risk"),
        ("they are putting themselves at risk", "putting themselves at risk"),
        ("he put himself at risk", "put himself at risk"),
        ("risky behaviours", "risky behaviours"),
        ("she sold sex", "sold sex"),
        ("she sells sex", "sells sex"),
    ],
)
def test_it_matches_plurals_and_simple_inflections(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She was unwilling to talk.",  # "willing" inside a longer word
        "He went to Essex without telling anyone.",  # "sex with" across "Essex without"
        "Sussex witness statement",
        "Childhood prostitute",  # not the phrase
    ],
)
def test_it_never_matches_inside_a_longer_word(text):
    assert found(text) == []


def test_it_matches_a_word_before_an_apostrophe_or_after_a_hyphen():
    assert found("the child prostitute's file") == ["child prostitute"]
    assert found("a self-willing child") == ["willing"]


@pytest.mark.parametrize(
    "text",
    [
        "Do not say “child prostitute”: say child who is being sexually exploited.",
        'Do not say "child prostitute".',
        "Do not say ‘child prostitute’.",
        "Do not say 'child prostitute'.",
        "Words like “absconded” and “chose to go missing” blame the child.",
        "“She keeps putting herself at risk.” is a phrase to avoid.",
    ],
)
def test_it_exempts_text_inside_quotation_marks(text):
    assert found(text) == []


def test_an_unclosed_quotation_mark_quotes_nothing():
    assert found("“Do not say this, she absconded\nagain") == ["absconded"]


def test_an_apostrophe_does_not_open_or_close_a_quotation():
    assert found("The abuser’s friend said she absconded, didn’t she") == ["absconded"]
    assert found("‘The abuser’s friend said she absconded’") == []


def test_only_the_quoted_occurrence_is_exempt():
    text = "We say “absconded” is wrong, yet the report said she absconded."
    assert found(text) == ["absconded"]


def test_it_matches_a_multiword_phrase_across_line_breaks_and_html_tags():
    assert found("had sex\nwith him") == ["sex\nwith"]
    assert found("<p>a child <b>prostitute</b></p>", is_html=True) == ["child prostitute"]
    assert found("<p>had sex</p><p>with him</p>", is_html=True) == ["sex\nwith"]
    assert found("<p>she&nbsp;absconded &amp; ran</p>", is_html=True) == ["absconded"]


def test_it_strips_html_so_attributes_and_tags_never_match():
    html = '<p><a href="/willing/" title="willing">A link</a> to the <b>policy</b></p>'
    assert found(html, is_html=True) == []


def test_it_skips_a_match_inside_one_of_the_rules_exceptions():
    assert found("A child cannot sell sex. It is abuse.") == []
    assert found("She was selling sex.") == ["selling sex"]


def test_a_rule_without_word_forms_matches_only_the_forms_it_lists():
    rules = [Rule(phrase="consented/consenting", word_forms=False)]
    assert found("She consented. Consenting. Healthy relationships and consent.", rules=rules) == [
        "consented",
        "Consenting",
    ]


def test_it_reports_matches_in_reading_order_with_an_excerpt_and_suggestion():
    text = "The report said she absconded. Later, staff said she chose to go missing from care again."
    matches = find_matches(text, build_matchers(RULES), where="Body")
    assert [m.found for m in matches] == ["absconded", "chose to go missing"]
    first = matches[0]
    assert first.where == "Body"
    assert first.suggestion == "went missing"
    assert "said she absconded" in first.excerpt
    assert first.excerpt.endswith("…")


def test_word_forms_cover_the_forms_the_guide_names():
    assert {"consent", "consents", "consented", "consenting"} <= word_forms("consent")
    assert {"abscond", "absconds", "absconded", "absconding"} <= word_forms("absconded")
    assert {"choose", "chooses", "chose", "choosing"} <= word_forms("chooses")
    assert word_forms("willing") >= {"willing"}
    assert "will" not in word_forms("willing"), "an -ing adjective is not traced back to a shorter word"
    assert word_forms("with") == {"with"}


def test_a_rule_with_no_words_matches_nothing():
    assert build_matchers([Rule(phrase="  “” ")]) == []


def test_html_to_text_keeps_one_line_per_block():
    assert html_to_text("<h2>Title</h2><p>One <i>two</i></p><ul><li>three</li></ul>") == "Title\nOne two\nthree"


def test_quoted_spans_pair_marks_on_one_line():
    text = 'a "b" c “d” e ‘f’'
    assert [text[start:end] for start, end in quoted_spans(text)] == ['"b"', "“d”", "‘f’"]


def test_match_keys_tell_apart_the_same_phrase_twice_in_one_place():
    matches = find_matches("absconded, then absconded again", build_matchers(RULES), where="Body")
    keys = match_keys(matches)
    assert len(keys) == len(set(keys)) == 2
    assert match_keys(matches) == keys, "stable"
