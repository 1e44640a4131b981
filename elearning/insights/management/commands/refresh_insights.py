"""Rebuild the insights rollups. Idempotent: run it from cron on any one host."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from elearning.insights.rollups import rollups_refresh


class Command(BaseCommand):
    help = "Rebuild the insights rollups: everything, or (--days N) the months touched in the last N days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            help="Incremental: rebuild only the months from N days ago (and the enrolments changed since).",
        )

    def handle(self, *args, days=None, **options):
        since = None
        if days is not None:
            if days < 0:
                raise CommandError("--days must be 0 or more.")
            since = timezone.localdate() - datetime.timedelta(days=days)
        result = rollups_refresh(since=since)
        scope = "all months" if result.full else f"months from {result.since:%B %Y}"
        self.stdout.write(f"Insights rollups refreshed ({scope}) at {result.finished_at:%Y-%m-%d %H:%M:%S %Z}.")
