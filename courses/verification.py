"""Other kinds of verifiable document, without courses importing the apps that issue them.

An app registers a lookup in its AppConfig.ready(): given a canonical code (16 characters, no
dashes), it returns a VerificationResult or None. /verify/<code>/ looks for a course certificate
first, then asks each registered lookup in turn, and renders the template the result names."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class VerificationResult:
    template: str  # rendered with {"result": this, **context}
    context: dict = field(default_factory=dict)


Lookup = Callable[[str], VerificationResult | None]

_lookups: list[Lookup] = []


def register_lookup(lookup: Lookup) -> None:
    """Add a lookup; registering the same function twice is harmless."""
    if lookup not in _lookups:
        _lookups.append(lookup)


def lookup_code(code: str) -> VerificationResult | None:
    for lookup in _lookups:
        if (result := lookup(code)) is not None:
            return result
    return None
