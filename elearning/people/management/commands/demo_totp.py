"""Print the current two-factor code of the demo staff accounts (development only).

It also gives the demo staff the demo authenticator if they have none yet (a database loaded
before two-factor authentication existed), so `make run` users are never locked out of the admin.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from elearning.people.mfa import DEMO_TOTP_SECRET, demo_staff_totp_seed, totp_code


class Command(BaseCommand):
    help = "Print the code the demo staff accounts' authenticator shows now. Refused in production."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_DATA_ALLOWED", False):
            raise CommandError("demo_totp does not run under production settings.")
        seeded = demo_staff_totp_seed(users=get_user_model().objects.filter(email__endswith="@example.com"))
        if seeded:
            self.stdout.write(f"Set up the demo authenticator for {seeded} demo staff account(s).")
        code = totp_code(DEMO_TOTP_SECRET, at=time.time())
        self.stdout.write(f"{code}  (demo staff two-factor code; secret {DEMO_TOTP_SECRET}; it changes every 30 s)")
