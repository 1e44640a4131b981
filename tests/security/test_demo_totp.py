"""The demo staff accounts come with a documented authenticator, and demo_totp prints its code."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from elearning.people.mfa import DEMO_TOTP_SECRET, has_totp
from elearning.people.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_it_sets_up_demo_staff_once_and_prints_a_six_digit_code():
    staff = UserFactory(email="editor@example.com", is_staff=True)
    learner = UserFactory(email="learner@example.com")

    out = StringIO()
    call_command("demo_totp", stdout=out)
    assert "for 1 demo staff account(s)" in out.getvalue()
    assert has_totp(staff)
    assert not has_totp(learner)
    code = out.getvalue().splitlines()[-1].split()[0]
    assert len(code) == 6 and code.isdigit()
    assert DEMO_TOTP_SECRET in out.getvalue()

    again = StringIO()
    call_command("demo_totp", stdout=again)
    assert "demo staff account(s)" not in again.getvalue()


def test_it_refuses_to_run_in_production(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="production"):
        call_command("demo_totp")
    assert not User.objects.exists()
