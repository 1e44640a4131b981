"""Changes to who is in which staff group, for the audit trail: the groups decide who reviews
evidence, reads the insights and edits what every learner reads.

Wagtail's user admin logs that a user was edited, not what changed; these hooks (registered in
wagtail_hooks.py) note a user's groups before the admin's add, edit and "assign role" views run
and log what was added and removed afterwards."""

from django.db import transaction
from wagtail.log_actions import log

from .models import User

GROUPS_ACTION = "people.user.groups"
_BEFORE = "_staff_groups_before"  # on the request: {user id: set of group names}


def _groups(user: User) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


@transaction.atomic
def staff_groups_change_log(*, user: User, by: User, before: set[str], after: set[str]) -> None:
    """Log which groups a user joined and left (nothing when none changed)."""
    added, removed = sorted(after - before), sorted(before - after)
    if not added and not removed:
        return
    log(
        instance=user,
        action=GROUPS_ACTION,
        user=by,
        title=f"User {user.pk}",
        data={"added": added, "removed": removed, "groups": sorted(after)},
    )


def note_groups_before(request, users) -> None:
    setattr(request, _BEFORE, {user.pk: _groups(user) for user in users})


def log_groups_after(request, users) -> None:
    before = getattr(request, _BEFORE, {})
    for user in users:
        staff_groups_change_log(user=user, by=request.user, before=before.get(user.pk, set()), after=_groups(user))
