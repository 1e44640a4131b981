"""Join codes and invitation tokens.

A join code is meant to be read out or typed: 8 characters from an alphabet without 0, 1, I and
O. It is not a secret (it works only while a manager keeps it switched on, and only leads to a
request a manager must approve). An invitation token is a secret: only its SHA-256 is stored."""

import hashlib
import re
import secrets

JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 8
_JOIN_CODE_RE = re.compile(rf"^[{JOIN_CODE_ALPHABET}]{{{JOIN_CODE_LENGTH}}}$")


def join_code_generate() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def join_code_normalise(typed) -> str | None:
    """The canonical code for what someone typed or followed, or None. Never raises."""
    if not isinstance(typed, str) or len(typed) > 32:
        return None
    code = re.sub(r"[\s-]+", "", typed).upper()
    return code if _JOIN_CODE_RE.match(code) else None


def token_generate() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token) -> str | None:
    """SHA-256 of a token as stored, or None for something that cannot be a token."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None
    return hashlib.sha256(token.encode()).hexdigest()
