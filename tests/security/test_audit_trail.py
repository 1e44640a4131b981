"""The audit trail: staff decisions, role and membership changes, certificate revocations, exports
and report downloads, and erasures are logged with who, when and what (Wagtail's audit log); the
log is append-only (no code of ours edits or deletes an entry, and no one may, even in the admin);
superusers read it in Reports → Site history, and the entries about people are theirs alone."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.urls import get_resolver, reverse
from wagtail.models import ModelLogEntry

from courses.models import Certificate
from courses.services import certificate_revoke, quiz_attempt_submit
from elearning.people.models import Membership, MembershipRole
from elearning.people.organisations import services
from elearning.people.privacy import ERASE_ACTION, EXPORT_ACTION, account_erase
from tests.courses.helpers import open_attempt, right_answers
from tests.factories import MembershipFactory, UserFactory
from tests.security.matrix import _walk

pytestmark = pytest.mark.django_db

OUR_CODE = ("elearning", "courses", "home", "quality_mark")


def _entry(action: str) -> ModelLogEntry:
    entries = list(ModelLogEntry.objects.filter(action=action))
    assert len(entries) == 1, f"{action}: {len(entries)} entries"
    entry = entries[0]
    assert entry.timestamp is not None
    return entry


def test_role_and_membership_changes_are_logged_with_who_and_what(manager_a, member_a, organisation_a):
    membership = Membership.objects.get(user=member_a, organisation=organisation_a)
    services.membership_set_role(membership=membership, by=manager_a, role=MembershipRole.MANAGER)
    entry = _entry("people.membership.role")
    assert entry.user_id == manager_a.pk
    assert entry.data["member"] == member_a.pk
    assert (entry.data["role"], entry.data["previous_role"]) == ("manager", "member")

    services.membership_leave(organisation=organisation_a, user=member_a)
    assert _entry("people.membership.leave").user_id == member_a.pk

    invited = UserFactory(email="invited@example.org")
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=invited.email)
    assert _entry("people.invitation.create").user_id == manager_a.pk
    services.invitation_accept(token=token, user=invited)
    assert _entry("people.membership.join").user_id == invited.pk

    membership = Membership.objects.get(user=invited, organisation=organisation_a)
    services.membership_remove(membership=membership, by=manager_a)
    removed = _entry("people.membership.remove")
    assert (removed.user_id, removed.data["member"]) == (manager_a.pk, invited.pk)


def test_a_join_request_decision_is_logged(manager_a, organisation_a, other_learner):
    code = services.join_code_set(organisation=organisation_a, by=manager_a)
    join_request = services.join_request_create(code=code, user=other_learner)
    services.join_request_decide(join_request=join_request, by=manager_a, approve=True)
    decision = _entry("people.join_request.decide")
    assert (decision.user_id, decision.data["decision"]) == (manager_a.pk, "approved")
    assert _entry("people.membership.join").data["member"] == other_learner.pk


def test_a_certificate_revocation_is_logged_with_its_reason(learner, course, superuser):
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    certificate_revoke(certificate=Certificate.objects.get(), user=superuser, reason="Issued in error")
    entry = _entry("courses.certificate.revoke")
    assert (entry.user_id, entry.data["reason"]) == (superuser.pk, "Issued in error")


def test_exports_and_downloads_are_logged(
    learner_client, learner, superuser_client, superuser, manager_a_client, manager_a, organisation_a
):
    learner_client.post(reverse("people:your_data_download"))
    assert _entry(EXPORT_ACTION).user_id == learner.pk

    response = superuser_client.get(reverse("certificates:index") + "?export=csv")
    assert response.status_code == 200
    assert _entry("courses.certificate.export").user_id == superuser.pk

    response = manager_a_client.get(reverse("courses:organisation_training_csv", args=[organisation_a.pk]))
    assert response.status_code == 200
    if response.streaming:
        b"".join(response.streaming_content)
    assert _entry("courses.training.export").user_id == manager_a.pk


def test_an_erasure_is_logged_without_the_name(learner):
    account_erase(user=learner)
    entry = _entry(ERASE_ACTION)
    assert entry.user_id == learner.pk
    assert "Lee" not in entry.label
    assert "lee@example.org" not in str(entry.data)


def test_no_code_of_ours_edits_or_deletes_a_log_entry():
    """Append-only by construction: our code only ever calls wagtail.log_actions.log, except the
    erasure's scrub of a person's identifiers (elearning/people/audit.py). (A database trigger
    would also block Wagtail's own data migrations, which rewrite log entries.)"""
    offenders = []
    root = Path(settings.BASE_DIR)
    for package in OUR_CODE:
        for path in (root / package).rglob("*.py"):
            if "migrations" in path.parts or path == root / "elearning" / "people" / "audit.py":
                continue
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and node.attr in {"delete", "update", "bulk_update", "save"}:
                    source = ast.get_source_segment(path.read_text(), node) or ""
                    if "LogEntry" in source or "log_entries" in source:
                        offenders.append(f"{path.relative_to(root)}:{node.lineno}: {source}")
    assert not offenders, offenders


def test_no_staff_group_may_change_or_delete_log_entries():
    log_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", content_type__model__in=["modellogentry", "pagelogentry"]
    ).exclude(codename__startswith="view_")
    assert not Group.objects.filter(permissions__in=log_permissions).exists()


def test_no_admin_url_deletes_or_edits_log_entries():
    names = [name for _route, name, _module in _walk(get_resolver().url_patterns) if "log" in name.lower()]
    assert not [name for name in names if any(word in name for word in ("delete", "edit", "remove"))]


def test_the_models_logged_about_people_are_out_of_every_staff_groups_reach():
    """Site history shows a non-superuser only entries of models they hold a permission on; no
    staff group holds one on users, memberships, invitations or join requests, so the entries about
    people are the superusers' alone."""
    people_models = ["user", "membership", "invitation", "joinrequest"]
    assert not Permission.objects.filter(
        content_type__app_label="people", content_type__model__in=people_models, group__isnull=False
    ).exists()


def test_superusers_read_people_entries_in_site_history_and_other_staff_do_not(
    superuser_client, editor_client, manager_a, member_a, organisation_a, learner, assessor, scoped_analyst
):
    from tests.conftest import _client_for

    membership = Membership.objects.get(user=member_a, organisation=organisation_a)
    services.membership_set_role(membership=membership, by=manager_a, role=MembershipRole.MANAGER)
    account_erase(user=learner)
    url = reverse("wagtailadmin_reports:site_history")

    page = superuser_client.get(url).content.decode()
    assert "Role changed" in page
    assert "Account erased" in page

    for client in (editor_client, _client_for(assessor), _client_for(scoped_analyst)):
        response = client.get(url)
        html = response.content.decode()
        assert "Role changed" not in html
        assert "Account erased" not in html


def test_a_co_managed_organisation_keeps_the_entries_of_an_erased_manager(manager_a, organisation_a, member_a):
    MembershipFactory(organisation=organisation_a, role=MembershipRole.MANAGER)
    services.membership_set_role(
        membership=Membership.objects.get(user=member_a, organisation=organisation_a), by=manager_a, role="manager"
    )
    before = ModelLogEntry.objects.count()
    account_erase(user=manager_a)
    assert ModelLogEntry.objects.filter(action="people.membership.role", user_id=manager_a.pk).exists()
    assert ModelLogEntry.objects.count() > before
