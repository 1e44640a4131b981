from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from courses.errors import CourseError
from courses.models import TrainingReminder
from courses.organisations.services import training_reminder_send
from elearning.people.models import OrganisationKind
from tests.courses.organisation_data import certify, enrol, require
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def school_course(course):
    require(OrganisationKind.SCHOOL, course)
    return course


@pytest.fixture
def people(organisation_a, manager_a, school_course):
    """The manager is up to date; three members are overdue in different ways and one is not."""
    certify(manager_a, school_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=365))
    late = MembershipFactory(organisation=organisation_a, user__full_name="Nat Notstarted").user
    started = MembershipFactory(organisation=organisation_a, user__full_name="Ian Inprogress").user
    enrol(started, school_course)
    expiring = MembershipFactory(organisation=organisation_a, user__full_name="Eve Expiring").user
    certify(expiring, school_course, issued_on=TODAY - timedelta(days=340), expires_on=TODAY + timedelta(days=10))
    done = MembershipFactory(organisation=organisation_a, user__full_name="Don Done").user
    certify(done, school_course, issued_on=TODAY, expires_on=TODAY + timedelta(days=365))
    return {"late": late, "started": started, "expiring": expiring, "done": done}


def remind_url(organisation):
    return reverse("courses:organisation_training_remind", args=[organisation.pk])


def test_it_reminds_one_overdue_member_and_records_it(manager_a_client, organisation_a, manager_a, people):
    response = manager_a_client.post(remind_url(organisation_a), {"member": people["late"].pk}, follow=True)
    assert "Reminder sent to Nat Notstarted" in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [people["late"].email]
    assert "Course test-course" in mail.outbox[0].body
    reminder = TrainingReminder.objects.get()
    assert (reminder.organisation, reminder.member, reminder.sender, reminder.bulk) == (
        organisation_a,
        people["late"],
        manager_a,
        False,
    )


def test_it_refuses_a_second_reminder_to_the_same_member_within_a_day(manager_a_client, organisation_a, people):
    manager_a_client.post(remind_url(organisation_a), {"member": people["late"].pk})
    response = manager_a_client.post(remind_url(organisation_a), {"member": people["late"].pk}, follow=True)
    assert "reminded in the last 24 hours" in response.content.decode()
    assert len(mail.outbox) == 1
    assert TrainingReminder.objects.count() == 1


def test_a_member_can_be_reminded_again_the_next_day(organisation_a, manager_a, people):
    now = timezone.now()
    training_reminder_send(
        organisation=organisation_a, sender=manager_a, member=people["late"], now=now - timedelta(hours=25)
    )
    training_reminder_send(organisation=organisation_a, sender=manager_a, member=people["late"], now=now)
    assert TrainingReminder.objects.count() == 2


def test_it_refuses_to_remind_someone_up_to_date(manager_a_client, organisation_a, people):
    response = manager_a_client.post(remind_url(organisation_a), {"member": people["done"].pk}, follow=True)
    assert "up to date" in response.content.decode()
    assert not mail.outbox
    assert not TrainingReminder.objects.exists()


def test_remind_everyone_overdue_reaches_only_the_overdue(manager_a_client, organisation_a, people):
    response = manager_a_client.post(remind_url(organisation_a), follow=True)
    assert "Reminder sent to 3 members" in response.content.decode()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        people[key].email for key in ("late", "started", "expiring")
    )
    assert TrainingReminder.objects.filter(bulk=True).count() == 3


def test_remind_everyone_skips_people_reminded_today_and_is_limited_per_day(organisation_a, manager_a, people):
    training_reminder_send(organisation=organisation_a, sender=manager_a, member=people["late"])
    assert training_reminder_send(organisation=organisation_a, sender=manager_a) == 2
    with pytest.raises(CourseError, match="Nobody overdue"):
        training_reminder_send(organisation=organisation_a, sender=manager_a)
    later = timezone.now() + timedelta(hours=25)
    assert training_reminder_send(organisation=organisation_a, sender=manager_a, now=later) == 3
    assert TrainingReminder.objects.count() == 1 + 2 + 3


def test_remind_everyone_runs_at_most_twice_a_day(organisation_a, manager_a, people):
    assert training_reminder_send(organisation=organisation_a, sender=manager_a) == 3
    MembershipFactory(organisation=organisation_a, user__full_name="New Joiner")
    assert training_reminder_send(organisation=organisation_a, sender=manager_a) == 1
    MembershipFactory(organisation=organisation_a, user__full_name="Newer Joiner")
    with pytest.raises(CourseError, match="2 times in 24 hours"):
        training_reminder_send(organisation=organisation_a, sender=manager_a)
    assert TrainingReminder.objects.count() == 4
    assert len(mail.outbox) == 4


def test_it_never_reminds_someone_outside_the_organisation(organisation_a, manager_a, people, other_learner):
    with pytest.raises(CourseError, match="not a member"):
        training_reminder_send(organisation=organisation_a, sender=manager_a, member=other_learner)
    assert not TrainingReminder.objects.exists()
