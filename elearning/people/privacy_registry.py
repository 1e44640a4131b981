"""Where every app says what it holds about a person: what goes into their download, and what
erasing their account does to it.

`people` imports no product app, so the product apps fill this registry from their
AppConfig.ready() (courses, quality_mark, insights). `elearning.people.privacy` reads it.

A section exports rows as plain JSON-able dicts and may erase (blank free text, revoke, delete).
`models` lists every model the section covers; a test walks all installed models and fails for a
model that references a person (directly, or through a chain of records that belong to one) and
is neither covered by a section nor in EXCLUDED with a reason."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ErasureContext:
    """What an eraser gets besides the user: when, and who asked (the user, or a superuser)."""

    now: datetime
    by: Any


@dataclass(frozen=True)
class PersonalDataSection:
    name: str
    models: tuple[str, ...]  # "app_label.ModelName"
    export: Callable[[Any], Any]
    erase: Callable[[Any, ErasureContext], None] | None = None
    # Erasers run in this order (lower first): records that need the person's name run before the
    # profile is scrubbed.
    erase_order: int = 100
    description: str = ""


_sections: dict[str, PersonalDataSection] = {}
_excluded: dict[str, str] = {}


def register_personal_data(
    *,
    name: str,
    models: tuple[str, ...] | list[str],
    export: Callable[[Any], Any],
    erase: Callable[[Any, ErasureContext], None] | None = None,
    erase_order: int = 100,
    description: str = "",
) -> None:
    """Register (or re-register, on a second ready()) a section of the download."""
    _sections[name] = PersonalDataSection(
        name=name,
        models=tuple(models),
        export=export,
        erase=erase,
        erase_order=erase_order,
        description=description,
    )


def exclude_from_personal_data(model_label: str, reason: str) -> None:
    """A model that references a person but is deliberately left out of the download: say why."""
    if not reason.strip():
        raise ValueError("Give a reason for leaving a model out of the personal data download.")
    _excluded[model_label] = reason


def sections() -> list[PersonalDataSection]:
    return sorted(_sections.values(), key=lambda section: section.name)


def erasers() -> list[PersonalDataSection]:
    return sorted((s for s in _sections.values() if s.erase), key=lambda s: (s.erase_order, s.name))


def covered_models() -> dict[str, str]:
    """{model label: section name}."""
    return {label: section.name for section in _sections.values() for label in section.models}


def excluded_models() -> dict[str, str]:
    return dict(_excluded)
