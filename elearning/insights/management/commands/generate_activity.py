"""Generate deterministic, realistic learning history for demos and benchmarks."""

import time
from datetime import date

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from elearning.insights.generate import ActivityError, activity_generate, activity_reset, generated_learners


def _today(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--today must be a date like 2026-11-22, not {value!r}.") from None


class Command(BaseCommand):
    help = (
        "Generate years of learning history for N learners: organisations, enrolments, quiz attempts with "
        "their answers, certificates, evaluations and survey responses. The same seed gives the same rows. "
        "Refused in production; --reset deletes what it generated before."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, required=True, help="How many learners to generate.")
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same history (default 1).")
        parser.add_argument(
            "--attempts-per-learner",
            type=float,
            default=10.0,
            help="Average quiz attempts per learner (default 10: 100,000 learners make about 1,000,000 attempts).",
        )
        parser.add_argument("--today", type=_today, help="The last day of the history, YYYY-MM-DD (default today).")
        parser.add_argument("--years", type=int, default=4, help="Years of history (default 4).")
        parser.add_argument("--batch-size", type=int, default=5000, help="Rows per insert (default 5,000).")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete previously generated activity first (only that: real learners and content stay). "
            "With --learners 0, only delete.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if generated activity is already here (used by `make run`).",
        )
        parser.add_argument("--no-refresh", action="store_true", help="Do not refresh the insights rollups afterwards.")
        parser.add_argument(
            "--force-i-know",
            action="store_true",
            help="Run even where DEMO_DATA_ALLOWED is off (a benchmark database under production settings).",
        )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_DATA_ALLOWED", False) and not options["force_i_know"]:
            raise CommandError(
                "generate_activity does not run under production settings. On a throwaway benchmark "
                "database, add --force-i-know."
            )
        learners = options["learners"]
        if learners < 0 or (learners == 0 and not options["reset"]):
            raise CommandError("--learners must be at least 1 (or 0 with --reset, to only delete).")
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        log = self.stdout.write
        if options["reset"]:
            deleted = activity_reset(log=log)
            for label, count in sorted(deleted.items()):
                log(f"  deleted {count:>12,}  {label}")
            if learners == 0:
                return
        elif generated_learners().exists():
            if options["if_empty"]:
                log("Generated activity is already here; none added.")
                return
            raise CommandError("Generated activity is already in this database. Run again with --reset to replace it.")
        if not CoursePage.objects.live().exists():
            if not getattr(settings, "DEMO_DATA_ALLOWED", False):
                raise CommandError("There are no live courses: run `python manage.py load_demo_data` first.")
            log("No courses yet: loading the demo content first.")
            call_command("load_demo_data", stdout=self.stdout)
        try:
            counts = activity_generate(
                learners=learners,
                seed=options["seed"],
                today=options["today"],
                attempts_per_learner=options["attempts_per_learner"],
                years=options["years"],
                batch_size=options["batch_size"],
                log=log,
            )
        except ActivityError as error:
            raise CommandError(str(error)) from error
        log("Rows written:")
        for label, count in counts.items():
            log(f"  {count:>12,}  {label}")
        if not options["no_refresh"]:
            started = time.monotonic()
            call_command("refresh_insights", stdout=self.stdout)
            log(f"Refreshed the insights rollups in {time.monotonic() - started:.1f} s.")
        self.stdout.write(self.style.SUCCESS("Generated activity is ready."))
