"""quality_mark_daily: expires awards and sends reminders, and running it again does nothing new."""

from datetime import datetime, time, timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from quality_mark.models import Application, ApplicationEvent, ApplicationStatus, Award, AwardReminder
from tests.quality_mark.test_review_views import application_at, make_assessor, make_school, make_standards

S = ApplicationStatus


@pytest.fixture
def award(db):
    make_standards()
    organisation, manager = make_school()
    application = application_at(S.AWARDED, school=organisation, manager=manager, assessor=make_assessor())
    mail.outbox.clear()
    return application.award


def run_on(day) -> str:
    """Run the command as if today were `day`."""
    out = StringIO()
    moment = timezone.make_aware(datetime.combine(day, time(9)))
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("quality_mark_daily", stdout=out)
    return out.getvalue()


def test_it_does_nothing_while_the_award_is_far_from_expiry(award):
    output = run_on(award.expires_on - timedelta(days=200))

    assert "Expired 0 awards." in output
    assert "Sent 0 award reminders." in output
    assert mail.outbox == []


def test_it_sends_the_90_day_reminder_once(award):
    first = run_on(award.expires_on - timedelta(days=90))
    second = run_on(award.expires_on - timedelta(days=89))

    assert "Sent 1 award reminder." in first
    assert "Sent 0 award reminders." in second
    assert len(mail.outbox) == 1
    assert AwardReminder.objects.filter(award=award, kind="90_days").count() == 1


def test_it_sends_the_30_day_reminder_once(award):
    run_on(award.expires_on - timedelta(days=90))
    first = run_on(award.expires_on - timedelta(days=30))
    second = run_on(award.expires_on - timedelta(days=30))

    assert "Sent 1 award reminder." in first
    assert "Sent 0 award reminders." in second
    assert len(mail.outbox) == 2
    assert set(AwardReminder.objects.filter(award=award).values_list("kind", flat=True)) == {"90_days", "30_days"}


def test_it_expires_the_award_on_its_expiry_date_once(award):
    output = run_on(award.expires_on)
    again = run_on(award.expires_on + timedelta(days=1))

    assert "Expired 1 award." in output
    assert "Expired 0 awards." in again
    application = Application.objects.get(pk=award.application_id)
    assert application.status == S.EXPIRED
    assert ApplicationEvent.objects.filter(application=application, action="expire").count() == 1
    assert Award.objects.get(pk=award.pk).status_on(award.expires_on) == "expired"


def test_running_it_twice_the_same_day_changes_nothing(award):
    day = award.expires_on - timedelta(days=30)
    run_on(day)
    events = ApplicationEvent.objects.count()
    reminders = AwardReminder.objects.count()
    emails = len(mail.outbox)

    output = run_on(day)

    assert "Expired 0 awards." in output and "Sent 0 award reminders." in output
    assert (ApplicationEvent.objects.count(), AwardReminder.objects.count(), len(mail.outbox)) == (
        events,
        reminders,
        emails,
    )
