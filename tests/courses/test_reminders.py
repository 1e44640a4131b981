"""send_reminders, by time travel: each learner hears 30 days before expiry and on the day."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from courses.models import Certificate, CertificateReminder
from courses.services import certificate_reminders_send, certificate_revoke
from tests.courses.test_certificates import pass_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, course):
    pass_course(learner, course)
    return Certificate.objects.get()


def days_before_expiry(certificate, days):
    return certificate.expires_on - timedelta(days=days)


@pytest.mark.parametrize(
    ("days_left", "kind"),
    [(31, None), (30, "due"), (29, "due"), (0, "expired"), (-1, "expired")],
)
def test_it_reminds_from_30_days_before_and_on_expiry(certificate, days_left, kind):
    sent = certificate_reminders_send(today=days_before_expiry(certificate, days_left))
    assert sent == (0 if kind is None else 1)
    assert list(CertificateReminder.objects.values_list("kind", flat=True)) == ([] if kind is None else [kind])
    assert len(mail.outbox) == sent
    if kind:
        message = mail.outbox[0]
        assert message.to == [certificate.learner.email]
        assert certificate.course_title in message.subject
        assert certificate.course.url in message.body


def test_a_certificate_gets_each_reminder_once_through_its_life(certificate):
    kinds = []
    for days_left in (31, 30, 29, 15, 1, 0, -1, -3):
        certificate_reminders_send(today=days_before_expiry(certificate, days_left))
        kinds.append(sorted(CertificateReminder.objects.values_list("kind", flat=True)))
    assert kinds[-1] == ["due", "expired"]
    assert len(mail.outbox) == 2


def test_running_twice_on_the_same_day_sends_nothing_new(certificate):
    today = days_before_expiry(certificate, 30)
    assert certificate_reminders_send(today=today) == 1
    assert certificate_reminders_send(today=today) == 0
    assert len(mail.outbox) == 1


def test_long_expired_certificates_are_left_in_peace(certificate):
    assert certificate_reminders_send(today=days_before_expiry(certificate, -8)) == 0


def test_learners_who_opted_out_get_nothing(certificate):
    certificate.learner.reminder_emails = False
    certificate.learner.save()
    assert certificate_reminders_send(today=days_before_expiry(certificate, 30)) == 0
    assert mail.outbox == []


def test_revoked_and_renewed_certificates_get_nothing(certificate, superuser, learner, course):
    renewed = Certificate.objects.create(
        attempt=certificate.attempt.enrolment.attempts.create(
            number=2, pass_mark=75, started_at=timezone.now(), submitted_at=timezone.now(), score=100, passed=True
        ),
        learner=learner,
        course=course,
        holder_name="x",
        course_title="x",
        audience="x",
        score=100,
        issued_on=certificate.issued_on + timedelta(days=1),
        expires_on=certificate.expires_on + timedelta(days=300),
        code="ABCDEFGHJKLMNPQR",
    )
    assert certificate_reminders_send(today=days_before_expiry(certificate, 30)) == 0
    certificate_revoke(certificate=renewed, user=superuser, reason="test")
    assert certificate_reminders_send(today=days_before_expiry(certificate, 30)) == 1
    certificate_revoke(certificate=certificate, user=superuser, reason="test")
    assert certificate_reminders_send(today=days_before_expiry(certificate, 0)) == 0


def test_the_command_reports_what_it_sent(certificate, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: days_before_expiry(certificate, 30))
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "Sent 1 reminder."
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "Sent 0 reminders."
