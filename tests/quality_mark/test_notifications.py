"""Who gets which quality mark email, and what it tells them; and that a mail server that fails
never undoes, or turns into an error page, the step the email reports."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from wagtail.models import ModelLogEntry

from elearning.people.models import MembershipRole
from quality_mark.models import ApplicationEvent, ApplicationStatus, AwardReminder
from quality_mark.services import (
    application_award,
    application_not_award,
    application_request_information,
    application_submit,
    award_reminders_send,
    section_assess,
    section_save,
)
from tests.factories import MembershipFactory, UserFactory
from tests.quality_mark.helpers import FAILING_EMAIL
from tests.quality_mark.test_review_views import (
    application_at,
    assess_every_standard,
    client_for,
    make_assessor,
    make_school,
    make_standards,
    review_url,
)

S = ApplicationStatus


@pytest.fixture
def standards(db):
    return make_standards()


@pytest.fixture
def assessors(db):
    return [make_assessor(), make_assessor(name="Bea Second", email="bea@example.org")]


@pytest.fixture
def school(standards):
    organisation, manager = make_school(manager_email="head@ashdown.example.org")
    MembershipFactory(organisation=organisation, role=MembershipRole.MANAGER, user__email="deputy@ashdown.example.org")
    MembershipFactory(organisation=organisation, role=MembershipRole.MEMBER, user__email="teacher@ashdown.example.org")
    return organisation, manager


SCHOOL_MANAGERS = ["deputy@ashdown.example.org", "head@ashdown.example.org"]


def sent(callback, capture):
    """Run a service step, its after-commit emails included; return the emails sent."""
    before = len(mail.outbox)
    with capture(execute=True):
        callback()
    return mail.outbox[before:]


def test_a_submission_emails_every_assessor_when_nobody_is_assigned(
    school, assessors, django_capture_on_commit_callbacks
):
    organisation, manager = school
    application = application_at(S.DRAFT, school=organisation, manager=manager, assessor=assessors[0])
    for section in application.sections.all():
        section_save(section=section, user=manager, self_level=3, commentary="Our work.")

    emails = sent(lambda: application_submit(application=application, user=manager), django_capture_on_commit_callbacks)

    assert len(emails) == 1
    assert sorted(emails[0].to) == ["ari@example.org", "bea@example.org"]
    assert "Ashdown Primary School" in emails[0].subject
    assert "submitted an application" in emails[0].body
    assert f"http://testserver{reverse('quality_mark_review:review', args=[application.pk])}" in emails[0].body
    assert "No assessor is assigned yet" in emails[0].body
    assert not any("head@ashdown" in address for email in emails for address in email.to)


def test_a_resubmission_emails_only_the_assigned_assessor(school, assessors, django_capture_on_commit_callbacks):
    organisation, manager = school
    application = application_at(S.MORE_INFORMATION, school=organisation, manager=manager, assessor=assessors[0])

    emails = sent(lambda: application_submit(application=application, user=manager), django_capture_on_commit_callbacks)

    assert [email.to for email in emails] == [["ari@example.org"]]  # starting the review assigned Ari
    assert "resubmitted" in emails[0].subject
    assert "with the more information you asked for" in emails[0].body
    assert "assigned to Ari Assessor" in emails[0].body


def test_a_request_for_information_emails_the_schools_managers_with_the_comments(
    school, assessors, django_capture_on_commit_callbacks
):
    organisation, manager = school
    application = application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessors[0])
    section = application.sections.get(standard__slug="leadership")
    section_assess(section=section, user=assessors[0], agreed_level=2, comment="Name your deputy DSL.")

    emails = sent(
        lambda: application_request_information(
            application=application, user=assessors[0], comment="Two commentaries are too short."
        ),
        django_capture_on_commit_callbacks,
    )

    assert len(emails) == 1
    assert sorted(emails[0].to) == SCHOOL_MANAGERS  # managers only, not ordinary members
    body = emails[0].body
    assert "Two commentaries are too short." in body
    assert "Leadership and policy:\nName your deputy DSL." in body
    assert reverse("quality_mark:application", args=[organisation.pk, application.pk]) in body


def test_an_award_emails_the_managers_with_the_expiry_code_and_certificate(
    school, assessors, django_capture_on_commit_callbacks
):
    organisation, manager = school
    application = assess_every_standard(
        application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessors[0]), assessors[0]
    )
    awards = []

    emails = sent(
        lambda: awards.append(application_award(application=application, user=assessors[0], comment="A model school.")),
        django_capture_on_commit_callbacks,
    )

    award = awards[0]
    assert len(emails) == 1
    assert sorted(emails[0].to) == SCHOOL_MANAGERS
    assert "has been awarded" in emails[0].subject
    body = emails[0].body
    assert f"valid until {award.expires_on:%-d %B %Y}" in body
    assert reverse("quality_mark:award_certificate", args=[organisation.pk, award.pk]) in body
    assert award.display_code in body
    assert reverse("quality_mark:register") in body
    assert "A model school." in body


def test_not_yet_awarded_emails_the_managers_the_actions_to_take(school, assessors, django_capture_on_commit_callbacks):
    organisation, manager = school
    application = assess_every_standard(
        application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessors[0]), assessors[0]
    )

    emails = sent(
        lambda: application_not_award(application=application, user=assessors[0], comment="Train lunchtime staff."),
        django_capture_on_commit_callbacks,
    )

    assert len(emails) == 1
    assert sorted(emails[0].to) == SCHOOL_MANAGERS
    assert "not yet awarded" in emails[0].subject
    assert "The actions to take before you apply again:" in emails[0].body
    assert "Train lunchtime staff." in emails[0].body
    assert "certificate" not in emails[0].body.lower()


def test_award_reminders_go_to_the_managers_90_and_30_days_before_expiry(school, assessors):
    organisation, manager = school
    application = application_at(S.AWARDED, school=organisation, manager=manager, assessor=assessors[0])
    award = application.award
    mail.outbox.clear()

    assert award_reminders_send(today=award.expires_on - timedelta(days=91)) == 0
    assert award_reminders_send(today=award.expires_on - timedelta(days=90)) == 1
    assert award_reminders_send(today=award.expires_on - timedelta(days=30)) == 1

    assert [sorted(email.to) for email in mail.outbox] == [SCHOOL_MANAGERS, SCHOOL_MANAGERS]
    assert "90 days" in mail.outbox[0].subject
    assert "30 days" in mail.outbox[1].subject
    assert f"expires on {award.expires_on:%-d %B %Y}" in mail.outbox[0].body
    assert reverse("quality_mark:school", args=[organisation.pk]) in mail.outbox[1].body


def test_a_deactivated_manager_gets_nothing(school, assessors, django_capture_on_commit_callbacks):
    organisation, manager = school
    gone = UserFactory(email="gone@ashdown.example.org", is_active=False)
    MembershipFactory(organisation=organisation, role=MembershipRole.MANAGER, user=gone)
    application = assess_every_standard(
        application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessors[0]), assessors[0]
    )

    emails = sent(
        lambda: application_not_award(application=application, user=assessors[0], comment="Not yet."),
        django_capture_on_commit_callbacks,
    )

    assert "gone@ashdown.example.org" not in emails[0].to


# ---------------------------------------------------------------------------------------------------
# The mail server fails
# ---------------------------------------------------------------------------------------------------


def _failures(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_decision_is_kept_and_the_assessor_gets_the_review_page_when_the_mail_server_fails(settings, caplog):
    """Committed for real (no test transaction around it), so the email runs after the commit inside
    the request, as in production."""
    make_standards()
    organisation, manager = make_school(manager_email="head@ashdown.example.org")
    assessor = make_assessor()
    application = assess_every_standard(
        application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessor), assessor
    )
    settings.EMAIL_BACKEND = FAILING_EMAIL
    assert not connection.in_atomic_block

    response = client_for(assessor).post(
        review_url(application, "decide"), {"decision": "not_award", "comment": "Train lunchtime staff."}
    )

    assert response.status_code == 302
    assert response.url == review_url(application)
    application.refresh_from_db()
    assert (application.status, application.decision_comment) == (S.NOT_AWARDED, "Train lunchtime staff.")
    assert ApplicationEvent.objects.filter(application=application, action="not_award").count() == 1
    assert _failures(caplog) == [
        f"The quality mark email decision_made for application {application.pk} could not be sent; "
        "the step it reports is saved."
    ]


@pytest.mark.parametrize("step", ["submit", "request_information", "award"])
def test_every_step_that_emails_is_saved_when_the_mail_server_fails(
    step, school, assessors, settings, caplog, django_capture_on_commit_callbacks
):
    organisation, manager = school
    status = {"submit": S.DRAFT, "request_information": S.UNDER_REVIEW, "award": S.UNDER_REVIEW}[step]
    application = application_at(status, school=organisation, manager=manager, assessor=assessors[0])
    if step == "submit":
        for section in application.sections.all():
            section_save(section=section, user=manager, self_level=3, commentary="Our work.")
    if step == "award":
        assess_every_standard(application, assessors[0])
    settings.EMAIL_BACKEND = FAILING_EMAIL
    run = {
        "submit": lambda: application_submit(application=application, user=manager),
        "request_information": lambda: application_request_information(
            application=application, user=assessors[0], comment="Say more."
        ),
        "award": lambda: application_award(application=application, user=assessors[0]),
    }[step]

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        run()  # no exception: the failure is caught after the commit

    assert len(callbacks) == 1
    application.refresh_from_db()
    assert (
        application.status
        == {"submit": S.SUBMITTED, "request_information": S.MORE_INFORMATION, "award": S.AWARDED}[step]
    )
    assert len(_failures(caplog)) == 1
    assert f"for application {application.pk} could not be sent" in _failures(caplog)[0]


def test_a_reminder_that_cannot_be_sent_is_not_recorded_and_is_tried_again(school, assessors, settings, caplog):
    organisation, manager = school
    award = application_at(S.AWARDED, school=organisation, manager=manager, assessor=assessors[0]).award
    day = award.expires_on - timedelta(days=90)
    settings.EMAIL_BACKEND = FAILING_EMAIL

    assert award_reminders_send(today=day) == 0

    assert not AwardReminder.objects.exists()
    assert not ModelLogEntry.objects.filter(action="quality_mark.award.reminder").exists()
    assert _failures(caplog) == [f"The 90_days reminder for award {award.pk} could not be emailed; it will be retried."]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    assert award_reminders_send(today=day + timedelta(days=1)) == 1
    assert [sorted(email.to) for email in mail.outbox] == [SCHOOL_MANAGERS]


def test_each_reminder_sent_is_in_the_audit_log(school, assessors):
    organisation, manager = school
    award = application_at(S.AWARDED, school=organisation, manager=manager, assessor=assessors[0]).award

    award_reminders_send(today=award.expires_on - timedelta(days=90))
    award_reminders_send(today=award.expires_on - timedelta(days=30))

    entries = ModelLogEntry.objects.filter(action="quality_mark.award.reminder").order_by("pk")
    assert [entry.data["kind"] for entry in entries] == ["90_days", "30_days"]
    assert all(entry.object_id == str(award.pk) and entry.user is None for entry in entries)
    assert entries[0].data["expires_on"] == award.expires_on.isoformat()
    assert entries[0].data["emails"] == 1  # one email, to both managers
