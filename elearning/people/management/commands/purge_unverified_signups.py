"""Remove sign-ups whose email address was never confirmed, 30 days after they were made.

Idempotent and safe from cron on any one host (daily is enough). See elearning/people/retention.py
for exactly who is removed and who is kept.
"""

from django.core.management.base import BaseCommand

from elearning.people.retention import UNVERIFIED_SIGNUP_DAYS, unverified_signups_purge


class Command(BaseCommand):
    help = f"Remove accounts whose email was never confirmed, {UNVERIFIED_SIGNUP_DAYS} days after sign-up."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be removed; remove nothing.")

    def handle(self, *args, **options):
        result = unverified_signups_purge(dry_run=options["dry_run"])
        verb = "Would remove" if options["dry_run"] else "Removed"
        self.stdout.write(
            f"{verb} {result.removed} unconfirmed sign-up(s) older than {UNVERIFIED_SIGNUP_DAYS} days. "
            f"Kept {result.kept_with_records} unconfirmed sign-up(s) that other records point to."
        )
