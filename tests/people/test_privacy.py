"""Your data: a learner downloads everything we hold about them, and erases their account."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses.models import Certificate, CourseEvaluation, Enrolment, LessonCompletion, QuizAttempt
from courses.services import quiz_attempt_submit
from elearning.people.models import Invitation, JoinRequest, Membership, MembershipRole, User
from elearning.people.organisations.errors import LastManager
from elearning.people.privacy import ERASE_ACTION, EXPORT_ACTION, account_erase, personal_data_for
from tests.courses.helpers import open_attempt, right_answers
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.security.fingerprint import changed_tables, fingerprint

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def trained_learner(learner, course, organisation_a):
    """A learner with a certificate, an evaluation with free text, a membership and an open join request."""
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    CourseEvaluation.objects.create(enrolment=attempt.enrolment, action="Talk to our DSL about taxis at the gate")
    MembershipFactory(organisation=organisation_a, user=learner)
    JoinRequest.objects.create(
        organisation=OrganisationFactory(join_code="ABCD"), user=learner, created_at=attempt.started_at
    )
    learner.badge_number = "B123"
    learner.save()
    return learner


def _download(client) -> dict:
    response = client.post(reverse("people:your_data_download"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    return json.loads(response.content)


def test_it_sends_anonymous_visitors_to_sign_in(client):
    for name in ("people:your_data", "people:account_erase"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    assert client.post(reverse("people:your_data_download")).status_code == 302


def test_the_profile_links_to_your_data(learner_client):
    assert reverse("people:your_data") in learner_client.get(reverse("people:profile")).content.decode()


def test_the_download_has_the_learners_profile_learning_and_certificates(client, trained_learner):
    client.force_login(trained_learner)
    data = _download(client)
    sections = data["sections"]
    assert data["user_id"] == trained_learner.pk
    assert sections["account"]["full_name"] == "Lee Learner"
    assert sections["account"]["badge_number"] == "B123"
    assert sections["account"]["email_addresses"][0]["email"] == "lee@example.org"
    assert sections["memberships"][0]["organisation"] == "Ashdown Primary School"
    assert sections["join_requests"][0]["decision"] == "waiting"
    learning = sections["learning"][0]
    assert learning["course"] == "Course test-course"
    assert len(learning["lessons_completed"]) == 3
    assert learning["quiz_attempts"][0]["passed"] is True
    assert learning["quiz_attempts"][0]["answers"][0]["your_answer"]
    assert sections["certificates"][0]["holder_name"] == "Lee Learner"
    assert sections["course_evaluations"][0]["what_you_will_do"] == "Talk to our DSL about taxis at the gate"


def test_the_download_never_holds_another_learners_data(client, trained_learner, other_learner, course):
    attempt = open_attempt(learner=other_learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    client.force_login(trained_learner)
    text = json.dumps(_download(client))
    assert "Olive Other" not in text
    assert "olive@example.org" not in text


def test_the_download_is_a_post_and_is_logged(learner_client, learner):
    assert learner_client.get(reverse("people:your_data_download")).status_code == 405
    _download(learner_client)
    entry = ModelLogEntry.objects.get(action=EXPORT_ACTION)
    assert (entry.user_id, entry.object_id) == (learner.pk, str(learner.pk))


def test_erasing_needs_the_password(client, trained_learner):
    client.force_login(trained_learner)
    response = client.post(reverse("people:account_erase"), {"password": "wrong-password"})
    assert response.status_code == 200
    assert "The password is not right" in response.content.decode()
    trained_learner.refresh_from_db()
    assert trained_learner.is_active
    assert trained_learner.full_name == "Lee Learner"


def test_erasing_removes_personal_data_keeps_records_and_signs_out_everywhere(client, trained_learner):
    other_session = Client()
    other_session.force_login(trained_learner)
    client.force_login(trained_learner)
    records = (Enrolment.objects.count(), LessonCompletion.objects.count(), QuizAttempt.objects.count())

    response = client.post(reverse("people:account_erase"), {"password": PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("people:account_erased")
    assert "has been erased" in client.get(response.url).content.decode()
    user = User.objects.get(pk=trained_learner.pk)
    assert user.email == f"erased-{user.pk}@erased.invalid"
    assert (user.full_name, user.job_role, user.badge_number, user.licensing_authority) == ("", "", "", None)
    assert not user.is_active
    assert not user.has_usable_password()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not Membership.objects.filter(user=user).exists()
    assert not JoinRequest.objects.filter(user=user, decided_at__isnull=True).exists()
    certificate = Certificate.objects.get(learner=user)
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "account erased"
    assert "Lee Learner" not in certificate.holder_name
    assert CourseEvaluation.objects.get(enrolment__learner=user).action == ""
    # learning records and aggregates stay
    assert (Enrolment.objects.count(), LessonCompletion.objects.count(), QuizAttempt.objects.count()) == records
    # signed out here and in the other browser
    my_learning = reverse("courses:my_learning")
    assert client.get(my_learning).url.startswith(reverse("account_login"))
    assert other_session.get(my_learning).url.startswith(reverse("account_login"))
    # nobody can sign in as them again
    assert not Client().login(email="lee@example.org", password=PASSWORD)
    # and it is in the audit trail
    entry = ModelLogEntry.objects.get(action=ERASE_ACTION)
    assert entry.object_id == str(user.pk)
    assert "Lee" not in entry.label
    assert ModelLogEntry.objects.filter(action="courses.certificate.revoke", object_id=str(certificate.pk)).exists()


def test_erasing_twice_changes_nothing(trained_learner):
    assert account_erase(user=trained_learner) is True
    before = fingerprint()
    assert account_erase(user=User.objects.get(pk=trained_learner.pk)) is False
    assert changed_tables(before, fingerprint()) == []


def test_the_last_manager_of_an_organisation_is_told_to_hand_over_first(client, manager_a):
    client.force_login(manager_a)
    page = client.get(reverse("people:your_data")).content.decode()
    assert "You are the only manager of Ashdown Primary School" in page
    response = client.post(reverse("people:account_erase"), {"password": PASSWORD})
    assert response.status_code == 200
    assert "You are the only manager of Ashdown Primary School" in response.content.decode()
    manager_a.refresh_from_db()
    assert manager_a.is_active
    assert Membership.objects.filter(user=manager_a, role=MembershipRole.MANAGER).exists()
    with pytest.raises(LastManager):
        account_erase(user=manager_a)


def test_a_manager_with_a_co_manager_can_erase(manager_a, organisation_a):
    MembershipFactory(organisation=organisation_a, role=MembershipRole.MANAGER)
    assert account_erase(user=manager_a) is True
    assert not Membership.objects.filter(user=manager_a).exists()


def test_invitations_to_the_erased_address_go(learner, organisation_a, manager_a):
    from django.utils import timezone

    now = timezone.now()
    Invitation.objects.create(
        organisation=organisation_a, email="lee@example.org", token_hash="x" * 64, created_at=now, expires_at=now
    )
    account_erase(user=learner)
    assert not Invitation.objects.filter(email__iexact="lee@example.org").exists()


def test_the_export_after_erasure_names_nobody(trained_learner):
    account_erase(user=trained_learner)
    text = json.dumps(personal_data_for(User.objects.get(pk=trained_learner.pk)), default=str)
    assert "Lee" not in text
    assert "lee@example.org" not in text
    assert "Talk to our DSL" not in text


def test_sessions_of_the_erased_user_do_not_survive(client, learner):
    client.force_login(learner)
    client.post(reverse("people:account_erase"), {"password": PASSWORD})
    for session in Session.objects.all():
        assert session.get_decoded().get("_auth_user_id") != str(learner.pk)


def test_a_stranger_cannot_erase_another_account(client, learner, other_learner):
    client.force_login(other_learner)
    client.post(reverse("people:account_erase"), {"password": PASSWORD})
    learner.refresh_from_db()
    assert learner.is_active
    assert learner.full_name == "Lee Learner"


def test_guessing_the_password_is_rate_limited(client, learner):
    client.force_login(learner)
    codes = [client.post(reverse("people:account_erase"), {"password": f"guess-{n}"}).status_code for n in range(7)]
    assert codes[:5] == [200] * 5
    assert codes[-1] == 429
    assert UserFactory._meta.model.objects.get(pk=learner.pk).is_active


def test_survey_answers_stay_in_the_figures_without_the_comment_or_the_person(learner):
    import datetime

    from django.utils import timezone

    from elearning.insights.models import Survey, SurveyResponse

    today = timezone.localdate()
    survey = Survey.objects.create(
        title="Workforce survey", slug="workforce", opens_on=today, closes_on=today + datetime.timedelta(days=9)
    )
    SurveyResponse.objects.create(
        survey=survey, respondent=learner, submitted_at=timezone.now(), sector="school", comments="Ask Lee about it"
    )
    assert personal_data_for(learner)["sections"]["survey_responses"][0]["comments"] == "Ask Lee about it"
    account_erase(user=learner)
    response = SurveyResponse.objects.get()
    assert (response.respondent, response.comments, response.sector) == (None, "", "school")


# --- the audit trail after erasure ------------------------------------------------------------

ZOE = {"full_name": "Zoë Zebrafish", "email": "zoe.zebrafish@example.org"}


def _entries_text() -> list[str]:
    return [
        f"{entry.label} {json.dumps(entry.data, ensure_ascii=False)}".lower()
        for entry in ModelLogEntry.objects.order_by("pk")
    ]


def test_audit_log_labels_name_records_by_id_not_people(manager_a, organisation_a, course, superuser):
    from courses.services import certificate_revoke
    from elearning.people.organisations import services

    zoe = UserFactory(**ZOE)
    invitation, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=zoe.email)
    membership = services.invitation_accept(token=token, user=zoe)
    services.membership_set_role(membership=membership, by=manager_a, role=MembershipRole.MANAGER)
    attempt = open_attempt(learner=zoe, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    certificate_revoke(certificate=Certificate.objects.get(learner=zoe), user=superuser, reason="Issued in error")

    labels = dict(ModelLogEntry.objects.values_list("action", "label"))
    assert labels["people.invitation.create"] == f"Invitation {invitation.pk}"
    assert labels["people.membership.join"] == labels["people.membership.role"] == f"Membership {membership.pk}"
    assert labels["courses.certificate.revoke"].startswith("Certificate ")
    assert not [text for text in _entries_text() if "zebrafish" in text]


def test_after_erasure_no_audit_log_entry_holds_the_name_or_the_email(
    client, manager_a, organisation_a, course, superuser, other_learner
):
    """Entries written before labels named nobody, Wagtail's own entry for a user edited in the
    admin, free text a moderator typed, and the revocation the erasure itself writes."""
    from wagtail.log_actions import log

    from courses.services import certificate_revoke
    from elearning.people.organisations import services

    zoe = UserFactory(**ZOE)
    MembershipFactory(organisation=organisation_a, role=MembershipRole.MANAGER)  # so manager_a may go too
    _, token = services.invitation_create(organisation=organisation_a, invited_by=manager_a, email=zoe.email)
    membership = services.invitation_accept(token=token, user=zoe)
    attempt = open_attempt(learner=zoe, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    first = Certificate.objects.get(learner=zoe)
    certificate_revoke(certificate=first, user=superuser, reason="ZOË ZEBRAFISH asked for a reissue under a new name")
    # As an older version wrote them: labelled with str(), which names her.
    log(instance=membership, action="people.membership.role", user=manager_a, data={"member": zoe.pk})
    log(instance=first, action="courses.certificate.revoke", user=superuser, data={"reason": "x"})
    log(instance=zoe, action="wagtail.edit", user=superuser)  # Wagtail's, when a superuser edits her
    # Someone else's entry, which must stay as it was.
    log(instance=other_learner, action="wagtail.edit", user=superuser)
    about_olive = ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(other_learner.pk))
    olive_before = about_olive.values_list("label", "data").get()
    assert [text for text in _entries_text() if "zebrafish" in text or "zoe.zebrafish@" in text]

    client.force_login(zoe)
    assert client.post(reverse("people:account_erase"), {"password": PASSWORD}).status_code == 302

    leaks = [text for text in _entries_text() if "zebrafish" in text or "zoe.zebrafish@" in text or "zoë" in text]
    assert not leaks, leaks
    # What happened, who did it and when are all still there.
    assert ModelLogEntry.objects.filter(action="courses.certificate.revoke", user_id=superuser.pk).count() == 2
    assert ModelLogEntry.objects.filter(action="people.membership.join", data__member=zoe.pk).exists()
    reason = ModelLogEntry.objects.filter(action="courses.certificate.revoke").order_by("pk").first().data["reason"]
    assert reason == "[erased] asked for a reissue under a new name"
    assert ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(zoe.pk)).label == f"User {zoe.pk}"
    olive_after = about_olive.values_list("label", "data").get()
    assert olive_after == olive_before == ("Olive Other", {})
