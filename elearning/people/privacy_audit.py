"""Audit trail actions of `people`: membership and role changes, and a person's own data export
and erasure. Registered from people/wagtail_hooks.py; the entries are Wagtail ModelLogEntry rows,
listed for superusers in Reports → Site history (see elearning/people/README.md)."""

from .organisations.services import (
    INVITATION_REVOKE_ACTION,
    INVITE_ACTION,
    JOIN_ACTION,
    JOIN_REQUEST_DECIDE_ACTION,
    MEMBER_LEAVE_ACTION,
    MEMBER_REMOVE_ACTION,
    MEMBER_ROLE_ACTION,
)
from .privacy import ERASE_ACTION, EXPORT_ACTION
from .staff_groups import GROUPS_ACTION


def register_people_audit_actions(actions) -> None:
    actions.register_action(INVITE_ACTION, "Invite to an organisation", "Invitation sent")
    actions.register_action(INVITATION_REVOKE_ACTION, "Cancel an invitation", "Invitation cancelled")
    actions.register_action(JOIN_ACTION, "Join an organisation", "Member joined")
    actions.register_action(JOIN_REQUEST_DECIDE_ACTION, "Decide a request to join", "Request to join decided")
    actions.register_action(MEMBER_REMOVE_ACTION, "Remove a member", "Member removed")
    actions.register_action(MEMBER_LEAVE_ACTION, "Leave an organisation", "Member left")
    actions.register_action(MEMBER_ROLE_ACTION, "Change a member's role", "Role changed")
    actions.register_action(EXPORT_ACTION, "Download own data", "Personal data downloaded")
    actions.register_action(ERASE_ACTION, "Erase account", "Account erased")
    actions.register_action(GROUPS_ACTION, "Change staff groups", "Staff groups changed")
