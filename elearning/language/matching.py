"""Find phrases to avoid in text. Pure functions: no database, no Django.

A rule's phrase matches whole words only, in any letter case, across any run of spaces, line
breaks or a hyphen between its words. Each word also matches its plurals and simple inflections:

- from the word as written: -s, -es, -ed, -d, -ing, with e-dropping ("consent" matches
  "consented" and "consenting"), y to -ies/-ied, and a doubled last consonant ("stop", "stopped");
- back from a word written as a plural or past tense to its other forms ("absconded" matches
  "abscond", "absconds" and "absconding"; "chooses" matches "choose", "choosing");
- a few irregular verbs and plurals, as a group ("chose", "chosen", "sold", "put", "children").

A word written ending in -ing is not traced back to a shorter word, because many such words are
adjectives or nouns ("willing" is not "will", "missing" is not "miss"). Short words and function
words ("to", "with", "her", "themselves") match only as written. Alternatives can be given with a
slash: "putting herself/himself/themselves at risk". A rule can turn word forms off, so that
"consented/consenting" does not also find the noun "consent" (as in "healthy relationships and consent").

Nothing inside a longer word matches: "willing" does not match "unwilling", and "sex with" does
not match "Essex without". Text in quotation marks (straight or curly, double or single) is exempt, so
content that quotes a phrase to teach people not to use it passes. A rule may list exceptions:
phrases that contain a match but are fine ("cannot consent" for the rule "consented").
"""

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

# Words that never take inflections: the glue of a phrase.
_FIXED_WORDS = (
    "a an and as at be by for from he her hers herself him himself his in into is it its itself "
    "me my not of on or our she that the their them themselves they this to us was we who with "
    "you your yourself"
)
FIXED_WORDS = frozenset(_FIXED_WORDS.split())

# Irregular forms: a word in a group matches every word of its group.
IRREGULAR = (
    ("choose", "chooses", "chose", "chosen", "choosing"),
    ("go", "goes", "went", "gone", "going"),
    ("sell", "sells", "sold", "selling"),
    ("put", "puts", "putting"),
    ("have", "has", "had", "having"),
    ("give", "gives", "gave", "given", "giving"),
    ("take", "takes", "took", "taken", "taking"),
    ("get", "gets", "got", "gotten", "getting"),
    ("make", "makes", "made", "making"),
    ("run", "runs", "ran", "running"),
    ("leave", "leaves", "left", "leaving"),
    ("keep", "keeps", "kept", "keeping"),
    ("child", "children"),
    ("person", "people"),
    ("man", "men"),
    ("woman", "women"),
)
_IRREGULAR_BY_WORD = {word: group for group in IRREGULAR for word in group}

_VOWELS = "aeiou"
# Between the words of a phrase: any whitespace (line breaks and non-breaking spaces included),
# or a hyphen with optional spaces.
_SEPARATOR = r"(?:\s*[-\u2010\u2011]\s*|\s+)"
# Apostrophes are compared as one character; the replacement keeps every offset.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_BLOCK_ELEMENTS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
)
_BLOCK_TAGS = frozenset(_BLOCK_ELEMENTS.split())
EXCERPT_WIDTH = 40


@dataclass(frozen=True)
class Rule:
    """A phrase to avoid. Built from a LanguageRule row, or directly in tests."""

    phrase: str
    suggestion: str = ""
    why: str = ""
    exceptions: tuple[str, ...] = ()
    word_forms: bool = True  # False: each word matches only as written (alternatives still allowed)
    pk: int | None = None


@dataclass(frozen=True)
class Matcher:
    rule: Rule
    pattern: re.Pattern
    exception_patterns: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class Match:
    """One place where a rule's phrase was found."""

    found: str  # the words as the editor wrote them
    rule: Rule
    where: str  # "Title", "Body > Block 2: Callout > Heading", "Choice 2 > Feedback", with extraction.SEPARATOR
    excerpt: str  # a little of the text around it
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)

    @property
    def suggestion(self) -> str:
        return self.rule.suggestion

    @property
    def identity(self) -> tuple[str, str, str]:
        """What an editor's confirmation covers: this phrase, as written, in this place."""
        return (self.rule.phrase.lower(), self.where, " ".join(self.found.lower().split()))

    def as_dict(self) -> dict:
        return {
            "phrase": self.rule.phrase,
            "found": self.found,
            "where": self.where,
            "suggestion": self.rule.suggestion,
            "excerpt": self.excerpt,
        }


# ---------------------------------------------------------------------------------------------------
# Word forms
# ---------------------------------------------------------------------------------------------------


def _is_consonant(char: str) -> bool:
    return char.isalpha() and char not in _VOWELS


def _ends_consonant_vowel_consonant(word: str) -> bool:
    return (
        len(word) >= 3
        and _is_consonant(word[-1])
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and _is_consonant(word[-3])
    )


def _bases(word: str) -> set[str]:
    """The word itself and what it may be a plural or past tense of."""
    bases = {word}
    if len(word) > 4 and word.endswith(("ies", "ied")):
        bases.add(word[:-3] + "y")
    if len(word) > 4 and word.endswith("es"):
        bases.update({word[:-2], word[:-1]})
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        bases.add(word[:-1])
    if len(word) > 4 and word.endswith("ed"):
        stem = word[:-2]
        bases.update({stem, word[:-1]})  # "absconded" -> "abscond"; "agreed" -> "agree"
        if len(stem) > 2 and stem[-1] == stem[-2] and _is_consonant(stem[-1]):
            bases.add(stem[:-1])  # "stopped" -> "stop"
    return bases


def _inflections(base: str) -> set[str]:
    forms = {base, base + "s", base + "es"}
    if len(base) > 2 and base.endswith("y") and _is_consonant(base[-2]):
        forms.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
    elif base.endswith("e"):
        forms.update({base + "d", base + "ing" if base.endswith("ee") else base[:-1] + "ing"})
    else:
        forms.update({base + "ed", base + "ing"})
        if _ends_consonant_vowel_consonant(base):
            forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    return forms


def word_forms(word: str) -> set[str]:
    """Every form of one word of a phrase that counts as a match, in lower case."""
    word = word.lower().translate(_APOSTROPHES)
    if word in _IRREGULAR_BY_WORD:
        return set(_IRREGULAR_BY_WORD[word])
    if len(word) <= 2 or word in FIXED_WORDS or not word.isalpha():
        return {word}
    shorter = _bases(word) - {word}
    forms = {word}
    # A word written as a plural or past tense is not inflected again ("absconded", not "abscondeds").
    for base in shorter or {word}:
        forms |= _inflections(base)
    return forms


def phrase_pattern(phrase: str, *, with_word_forms: bool = True) -> re.Pattern | None:
    """A case-insensitive pattern for a phrase and its word forms; None if it has no words."""
    words = phrase.split()
    if not any(re.search(r"\w", word) for word in words):
        return None
    parts = []
    for word in words:
        forms = set()
        for alternative in filter(None, word.split("/")):
            forms |= word_forms(alternative) if with_word_forms else {alternative.lower().translate(_APOSTROPHES)}
        alternatives = sorted(forms, key=lambda form: (-len(form), form))
        parts.append("(?:" + "|".join(re.escape(form) for form in alternatives) + ")")
    return re.compile(r"(?<!\w)" + _SEPARATOR.join(parts) + r"(?!\w)", re.IGNORECASE)


def build_matchers(rules: Iterable[Rule]) -> list[Matcher]:
    matchers = []
    for rule in rules:
        pattern = phrase_pattern(rule.phrase, with_word_forms=rule.word_forms)
        if pattern is None:
            continue
        exceptions = tuple(
            p for p in (phrase_pattern(text, with_word_forms=rule.word_forms) for text in rule.exceptions) if p
        )
        matchers.append(Matcher(rule=rule, pattern=pattern, exception_patterns=exceptions))
    return matchers


# ---------------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """The words of a piece of HTML: tags removed, entities decoded, one line per block."""
    if "<" not in html:
        return unescape(html)
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n\s*\n+", "\n", text).strip()


def _opens_single_quote(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([{\u201c"\u2014\u2013-') and (after.isalnum())


def _closes_single_quote(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?;:") and not after.isalnum()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text is inside quotation marks, as (start, end) offsets including the marks.

    A quotation closes on the same line or not at all; an unclosed mark quotes nothing, so a stray
    quotation mark cannot hide the rest of a lesson. A closing single quote inside a word is an apostrophe."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        double_open = single_open = None
        for i, char in enumerate(line):
            if char == '"':
                if double_open is None:
                    double_open = i
                else:
                    spans.append((offset + double_open, offset + i + 1))
                    double_open = None
            elif char == "\u201c":
                double_open = i if double_open is None else double_open
            elif char == "\u201d" and double_open is not None:
                spans.append((offset + double_open, offset + i + 1))
                double_open = None
            elif char in "'\u2018\u2019":
                if single_open is None:
                    if char in "'\u2018" and _opens_single_quote(line, i):
                        single_open = i
                elif char in "'\u2019" and _closes_single_quote(line, i):
                    spans.append((offset + single_open, offset + i + 1))
                    single_open = None
        offset += len(line) + 1
    return spans


def excerpt(text: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> str:
    """The match with a few words either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0 and " " in text[left:start]:
        left = text.index(" ", left) + 1
    if right < len(text) and " " in text[end:right]:
        right = text.rindex(" ", end, right)
    snippet = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def find_matches(text: str, matchers: Iterable[Matcher], *, where: str = "", is_html: bool = False) -> list[Match]:
    """Every match of every rule in one piece of text, in the order they appear."""
    if not text:
        return []
    plain = html_to_text(text) if is_html else text
    comparable = plain.translate(_APOSTROPHES)
    quotes = quoted_spans(plain)
    matches = []
    for matcher in matchers:
        allowed = [(m.start(), m.end()) for pattern in matcher.exception_patterns for m in pattern.finditer(comparable)]
        for m in matcher.pattern.finditer(comparable):
            start, end = m.start(), m.end()
            if any(qs <= start and end <= qe for qs, qe in quotes):
                continue
            if any(es <= start and end <= ee for es, ee in allowed):
                continue
            matches.append(
                Match(
                    found=plain[start:end],
                    rule=matcher.rule,
                    where=where,
                    excerpt=excerpt(plain, start, end),
                    start=start,
                    end=end,
                )
            )
    matches.sort(key=lambda match: (match.start, match.end))
    return matches


def match_keys(matches: Iterable[Match]) -> list[str]:
    """A short, stable key per match (the n-th time a phrase appears in a place counts apart), so a
    form can tell whether the editor confirmed exactly the matches it showed them."""
    seen: dict[tuple[str, str, str], int] = {}
    keys = []
    for match in matches:
        identity = match.identity
        seen[identity] = seen.get(identity, 0) + 1
        raw = "\x1f".join((*identity, str(seen[identity])))
        keys.append(hashlib.sha256(raw.encode()).hexdigest()[:12])
    return keys
