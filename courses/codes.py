"""Verification codes: 80 random bits written for people, e.g. K7QM-2XPD-9HRT-4WCA.

The alphabet has 32 characters (2^5, so 16 of them carry exactly 80 bits) and leaves out 0, 1, I
and O, which are easily mistaken for each other. Typed codes are accepted in any case, with or
without dashes and spaces."""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
LENGTH = 16
GROUP = 4
# Spaces, hyphens and the dashes a word processor substitutes for them (U+2010 to U+2015).
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


def code_generate() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def code_normalise(typed: str) -> str | None:
    """The canonical code (16 characters, no dashes) for what someone typed, or None if it cannot
    be a code. Never raises, whatever it is given."""
    if not isinstance(typed, str) or len(typed) > 64:
        return None
    code = _SEPARATORS.sub("", typed).upper()
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return None
    return code


def code_display(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
