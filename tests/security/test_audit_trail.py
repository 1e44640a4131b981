"""The audit trail: staff decisions, role, membership and staff group changes, certificate
revocations, exports, report and evidence downloads, and erasures are logged with who, when and
what (Wagtail's audit log); the log is append-only (on PostgreSQL the database refuses to change or
delete an entry, except the erasure's scrub of a person's name; no one may, even in the admin);
superusers read it in Reports → Site history, and the entries about people are theirs alone."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import DatabaseError, connection, transaction
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

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the append-only trigger is PostgreSQL's (migration people 0007)"
)


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


def _refused(change) -> str:
    with pytest.raises(DatabaseError, match="append-only") as refused, transaction.atomic():
        change()
    return str(refused.value)


@postgres_only
def test_the_database_refuses_to_change_or_delete_a_log_entry(learner, superuser):
    entry = ModelLogEntry.objects.log_action(learner, "people.account.export", user=superuser)
    entries = ModelLogEntry.objects.filter(pk=entry.pk)
    _refused(lambda: entries.update(label="rewritten"))
    _refused(lambda: entries.update(data={"reason": "rewritten"}))
    _refused(lambda: entries.update(user_id=learner.pk))
    _refused(entries.delete)
    _refused(lambda: ModelLogEntry.objects.all().delete())
    with connection.cursor() as cursor:
        _refused(lambda: cursor.execute("UPDATE wagtailcore_modellogentry SET action = 'x'"))
    kept = entries.values_list("label", "action", "user_id").get()
    assert kept == (str(learner), "people.account.export", superuser.pk)


@postgres_only
def test_the_erasure_scrub_may_change_only_the_label_and_data_and_only_while_it_runs(learner, superuser):
    from elearning.people.audit import _scrub_allowed, audit_log_scrub

    entry = ModelLogEntry.objects.log_action(learner, "wagtail.edit", user=superuser)  # labelled "Lee Learner"
    entries = ModelLogEntry.objects.filter(pk=entry.pk)
    with transaction.atomic():
        assert audit_log_scrub(user=learner, identifiers=["Lee Learner", "lee@example.org"]) == 1
        # Lifted for the scrub's own statements only: straight after it, in the same transaction,
        # the trigger refuses again.
        _refused(lambda: entries.update(label="rewritten"))
    assert entries.values_list("label", flat=True).get() == f"User {learner.pk}"
    with transaction.atomic(), _scrub_allowed():
        _refused(lambda: entries.update(action="rewritten"))
        _refused(lambda: entries.update(timestamp=entry.timestamp.replace(year=2000)))
        _refused(entries.delete)


def test_no_admin_view_changes_a_log_entry(superuser_client, learner, superuser):
    """Everywhere, SQLite included: the only admin views of log entries are Wagtail's reports and
    history listings, which read; none of them accepts a POST."""
    ModelLogEntry.objects.log_action(learner, "people.account.export", user=superuser)
    before = list(ModelLogEntry.objects.values_list("pk", "label", "action", "data"))
    response = superuser_client.post(reverse("wagtailadmin_reports:site_history"), {"label": "x", "action": "x"})
    assert response.status_code == 405
    page = superuser_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Personal data downloaded" in page
    assert list(ModelLogEntry.objects.values_list("pk", "label", "action", "data")) == before


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


def test_evidence_and_certificate_check_downloads_are_logged(
    client, assessor, manager_a, organisation_a, manager_a_client, settings, tmp_path
):
    from types import SimpleNamespace

    from tests.security import world_quality_mark

    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "evidence"
    world = world_quality_mark.build(
        SimpleNamespace(), organisation_a=organisation_a, manager_a=manager_a, assessor=assessor
    )
    client.force_login(assessor)
    assert client.get(reverse("quality_mark:evidence_download", args=[world.evidence])).status_code == 200
    downloaded = _entry("quality_mark.application.evidence_download")
    assert (downloaded.user_id, downloaded.object_id, downloaded.data["evidence"]) == (
        assessor.pk,
        str(world.application),
        world.evidence,
    )

    response = manager_a_client.post(reverse("courses:bulk_verify"), {"codes": "ABCD-EFGH-JKMN-PQRS", "download": "1"})
    assert response["Content-Type"].startswith("text/csv")
    checked = _entry("courses.certificate.bulk_verify_download")
    assert (checked.user_id, checked.data) == (manager_a.pk, {"codes": 1, "found": 0})
    # Looking codes up on the page, without the download, is not an export.
    manager_a_client.post(reverse("courses:bulk_verify"), {"codes": "ABCD-EFGH-JKMN-PQRS"})
    assert ModelLogEntry.objects.filter(action="courses.certificate.bulk_verify_download").count() == 1


def _user_form(user, groups) -> dict:
    return {
        "email": user.email,
        "first_name": "Eve",
        "last_name": "Editor",
        "is_active": "on",
        "groups": [group.pk for group in groups],
    }


def test_staff_group_changes_in_the_admin_are_logged_with_what_changed(superuser_client, superuser, editor):
    editors, assessors = Group.objects.get(name="Editors"), Group.objects.get_or_create(name="Assessors")[0]
    url = reverse("wagtailusers_users:edit", args=[editor.pk])
    response = superuser_client.post(url, _user_form(editor, [assessors]))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert set(editor.groups.values_list("name", flat=True)) == {"Assessors"}
    changed = _entry("people.user.groups")
    assert (changed.user_id, changed.object_id) == (superuser.pk, str(editor.pk))
    assert (changed.data["added"], changed.data["removed"]) == (["Assessors"], ["Editors"])
    assert changed.label == f"User {editor.pk}"

    # Saving the same groups again is not a change.
    superuser_client.post(url, _user_form(editor, [assessors]))
    assert ModelLogEntry.objects.filter(action="people.user.groups").count() == 1

    # Nor is a role assigned in bulk left out.
    learner = UserFactory()
    bulk = reverse("wagtail_bulk_action", args=[learner._meta.app_label, learner._meta.model_name, "assign_role"])
    response = superuser_client.post(f"{bulk}?id={learner.pk}", {"role": editors.pk})
    assert response.status_code == 302
    assigned = ModelLogEntry.objects.filter(action="people.user.groups", object_id=str(learner.pk)).get()
    assert assigned.data["added"] == ["Editors"]
