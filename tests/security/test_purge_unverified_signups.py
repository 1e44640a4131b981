"""Retention: unconfirmed sign-ups are removed 30 days after sign-up, unless something else points
to the account; the command is idempotent and says what it did."""

from datetime import timedelta
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.utils import timezone

from courses.services.learning import enrolment_start
from elearning.people.models import User
from elearning.people.retention import unverified_signups_purge
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def signup(email: str, *, days_ago: int, verified: bool = False) -> User:
    user = UserFactory(email=email, verified=False)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=days_ago))
    return user


def purge() -> str:
    out = StringIO()
    call_command("purge_unverified_signups", stdout=out)
    return out.getvalue()


def test_it_removes_an_unconfirmed_sign_up_after_30_days_and_keeps_the_rest():
    stale = signup("stale@example.org", days_ago=31)
    recent = signup("recent@example.org", days_ago=29)
    confirmed = signup("confirmed@example.org", days_ago=400, verified=True)

    assert "Removed 1 unconfirmed sign-up(s) older than 30 days" in purge()

    assert not User.objects.filter(pk=stale.pk).exists()
    assert not EmailAddress.objects.filter(email="stale@example.org").exists()
    assert set(User.objects.values_list("pk", flat=True)) >= {recent.pk, confirmed.pk}


def test_it_is_idempotent():
    signup("stale@example.org", days_ago=45)
    assert "Removed 1 " in purge()
    assert "Removed 0 " in purge()


def test_it_keeps_an_unconfirmed_account_that_holds_learning_records_or_a_membership(course):
    learner = signup("learning@example.org", days_ago=60)
    enrolment_start(learner=learner, course=course)
    member = signup("member@example.org", days_ago=60)
    MembershipFactory(user=member)

    output = purge()

    assert "Removed 0 " in output
    assert "Kept 2 unconfirmed sign-up(s) that other records point to" in output
    assert User.objects.filter(pk__in=[learner.pk, member.pk]).count() == 2


def test_it_never_removes_staff_or_accounts_made_without_sign_up():
    staff = signup("staff@example.org", days_ago=90)
    User.objects.filter(pk=staff.pk).update(is_staff=True)
    made_in_the_admin = UserFactory(email="admin-made@example.org", verified=False)
    User.objects.filter(pk=made_in_the_admin.pk).update(date_joined=timezone.now() - timedelta(days=90))

    assert "Removed 0 " in purge()
    assert User.objects.filter(pk__in=[staff.pk, made_in_the_admin.pk]).count() == 2


def test_a_dry_run_counts_and_removes_nothing():
    stale = signup("stale@example.org", days_ago=31)
    out = StringIO()
    call_command("purge_unverified_signups", "--dry-run", stdout=out)
    assert "Would remove 1 " in out.getvalue()
    assert User.objects.filter(pk=stale.pk).exists()
    assert unverified_signups_purge(dry_run=True).removed == 1
