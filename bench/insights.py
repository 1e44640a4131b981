"""Benchmark: each insights dashboard's queries on the current DATABASE_URL, unfiltered and with a
few filters. Prints the median of N runs; asserts nothing.

Run it after generating history (and refreshing the rollups, which generate_activity does):

    DATABASE_URL=postgres://… python manage.py generate_activity --learners 100000 --seed 1
    DATABASE_URL=postgres://… python -m bench.insights [--runs 15]

The target (issue #6): every dashboard under 500 ms median server time at 100,000 learners and
1,000,000 attempts, and less than 3x growth from 100,000 to 1,000,000 attempts."""

import argparse
import datetime
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from courses.models import AttemptAnswer, QuizAttempt  # noqa: E402
from elearning.insights.filters import Filters  # noqa: E402
from elearning.insights.selectors import DASHBOARDS  # noqa: E402
from elearning.people.models import Membership, Partnership, Sector, User  # noqa: E402

TARGET_MS = 500


def filter_cases() -> list[tuple[str, Filters]]:
    cases = [("all", Filters()), ("sector", Filters(sector=Sector.SCHOOL))]
    if partnership := Partnership.objects.order_by("pk").first():
        cases.append(("partnership", Filters(partnership=partnership.pk)))
    busiest = (
        Membership.objects.values("organisation", "organisation__kind")
        .order_by()
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    if busiest:
        cases.append(("organisation", Filters(organisation=busiest["organisation"])))
        cases.append(("org kind", Filters(organisation_kind=busiest["organisation__kind"])))
    # The last 12 whole months: a period with a start, the hardest case for active learners.
    latest = QuizAttempt.objects.filter(submitted_at__isnull=False).order_by("-submitted_at").first()
    if latest:
        end = timezone.localtime(latest.submitted_at).date().replace(day=1)
        start = (end - datetime.timedelta(days=335)).replace(day=1)
        cases.append(("12 months", Filters(date_from=start, date_to=end)))
    if partnership:
        cases.append(("scoped", Filters(scope=(partnership.pk,), sector=Sector.SCHOOL)))
    return cases


def main(runs: int, json_path: str | None = None) -> dict:
    """Prints each dashboard's median per filter case; returns (and writes to `json_path`) the
    attempts and those medians, which bench/http.py compares between two sizes."""
    attempts = QuizAttempt.objects.count()
    print(
        f"insights dashboards on {connection.vendor}: {User.objects.count():,} users, "
        f"{attempts:,} attempts, {AttemptAnswer.objects.count():,} answers"
    )
    figures = {"attempts": attempts, "median_ms": {}}
    cases = filter_cases()
    for label, dashboard in DASHBOARDS.values():
        for case, filters in cases:
            dashboard(filters)  # warm up
            timings = []
            for _ in range(runs):
                start = time.perf_counter()
                dashboard(filters)
                timings.append((time.perf_counter() - start) * 1000)
            with CaptureQueriesContext(connection) as queries:
                dashboard(filters)
            median = statistics.median(timings)
            figures["median_ms"][f"{label} / {case}"] = round(median, 1)
            verdict = "meets" if median <= TARGET_MS else "MISSES"
            print(
                f"  {label:<18} {case:<13} median {median:8.1f} ms  max {max(timings):8.1f} ms  "
                f"{len(queries):>3} queries  ({verdict} {TARGET_MS} ms)"
            )
    if json_path:
        Path(json_path).write_text(json.dumps(figures))
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", help="also write the medians to this file")
    arguments = parser.parse_args()
    main(arguments.runs, arguments.json)
