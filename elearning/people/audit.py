"""The audit trail and erasure: the one place that may rewrite an audit log entry.

Entries are written with labels that name records by id only (see the `title=` of every `log()`
call), so an entry written today names nobody. Older entries, Wagtail's own entries about a user
edited in the admin (labelled with the user's name), and free text staff typed (a revocation
reason, a comment) may still hold a person's name or email. Erasing the account runs
`audit_log_scrub`: every entry about the user row, and every entry whose label or data holds one of
the person's identifiers, keeps its who, when and what, with the identifiers replaced.

On PostgreSQL a trigger refuses any UPDATE or DELETE of wagtailcore_modellogentry (migration
people 0007); `audit_log_scrub` lifts it for its own statements only, inside its transaction, and
even then the trigger lets it change nothing but an entry's label and data."""

import re
from collections.abc import Iterable
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Q
from wagtail.models import ModelLogEntry

from .models import User

ERASED = "[erased]"
# Read by the append-only trigger (migration 0007); nothing else sets it.
SCRUB_SETTING = "elearning.audit_scrub"


def person_identifiers(user: User) -> list[str]:
    """What names this person in free text: their email addresses and their name. Read before
    the profile is scrubbed."""
    from allauth.account.models import EmailAddress

    found = {user.email, user.full_name, f"{user.first_name} {user.last_name}"}
    found.update(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    return sorted({value.strip() for value in found if len(value.strip()) >= 3}, key=len, reverse=True)


def _pattern(identifiers: Iterable[str]) -> re.Pattern:
    # Whole words only: erasing "Ann" must not touch "Annual". Longest first, so a full name wins
    # over a part of it.
    return re.compile(
        "|".join(rf"(?<!\w){re.escape(value)}(?!\w)" for value in identifiers),
        re.IGNORECASE,
    )


def _scrub(value, pattern: re.Pattern):
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, list):
        return [_scrub(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, pattern) for key, item in value.items()}
    return value


def _search_terms(identifiers: list[str]) -> set[str]:
    """What to look for in the database: each identifier, and each run of ASCII in it. SQLite
    compares only ASCII letters without case and keeps JSON with non-ASCII escaped ("Zo\\u00eb"),
    so "Zebrafish" finds "ZOË ZEBRAFISH" there; the whole-word pattern then decides."""
    terms = set(identifiers)
    for value in identifiers:
        terms.update(run.strip() for run in re.findall(r"[\x20-\x7e]+", value) if len(run.strip()) >= 3)
    return terms


def _mentions(identifiers: list[str]) -> Q:
    query = Q()
    for term in _search_terms(identifiers):
        query |= Q(label__icontains=term) | Q(data__icontains=term)
    return query


@contextmanager
def _scrub_allowed():
    """Lift the PostgreSQL trigger for this transaction, and put it back before anything else runs."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, 'on', true)", [SCRUB_SETTING])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, 'off', true)", [SCRUB_SETTING])


@transaction.atomic
def audit_log_scrub(*, user: User, identifiers: list[str]) -> int:
    """Replace the person's identifiers in every audit log entry that holds them, and label the
    entries about their user row by id. Returns how many entries changed."""
    user_type = ContentType.objects.get_for_model(User)
    about_user = Q(content_type=user_type, object_id=str(user.pk))
    query = about_user | _mentions(identifiers) if identifiers else about_user
    pattern = _pattern(identifiers) if identifiers else None
    changed = 0
    entries = list(ModelLogEntry.objects.filter(query).order_by("pk"))
    with _scrub_allowed():
        for entry in entries:
            label, data = entry.label, entry.data
            if pattern is not None:
                label, data = pattern.sub(ERASED, label), _scrub(data, pattern)
            if entry.content_type_id == user_type.pk and entry.object_id == str(user.pk):
                label = f"User {user.pk}"
            if (label, data) != (entry.label, entry.data):
                ModelLogEntry.objects.filter(pk=entry.pk).update(label=label, data=data)
                changed += 1
    return changed
