"""Benchmark: a manager's training tab for a school of 2,000 members, beside 20,000 members of
another organisation, on PostgreSQL. Prints figures; asserts nothing.

`make bench` runs it against a throwaway database `cse_bench` (dropped and made again each run)."""

import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.test")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from courses.models import RequiredCourse  # noqa: E402
from elearning.people.models import MembershipRole, OrganisationKind  # noqa: E402
from tests.courses.organisation_data import bulk_members  # noqa: E402
from tests.factories import MembershipFactory, OrganisationFactory, make_course  # noqa: E402


def build():
    call_command("migrate", verbosity=0)
    course = make_course(slug="bench-course")
    RequiredCourse.objects.get_or_create(kind=OrganisationKind.SCHOOL, course=course)
    school = OrganisationFactory(name="Bench School", kind=OrganisationKind.SCHOOL, declared_headcount=2100)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER).user
    bulk_members(school, 1999, course=course, prefix=f"bench{school.pk}-")
    bulk_members(OrganisationFactory(kind=OrganisationKind.SCHOOL), 20000, course=course, prefix="noise-")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return school, manager


def main(runs: int = 25) -> None:
    if connection.vendor != "postgresql":
        print("manager dashboard: skipped (set DATABASE_URL to a PostgreSQL database)")
        return
    school, manager = build()
    client = Client()
    client.force_login(manager)
    url = f"/organisations/{school.pk}/training/"
    for label, params in (("first page", {}), ("page 20", {"page": "20"}), ("search", {"q": "member 01"})):
        client.get(url, params)
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
        with CaptureQueriesContext(connection) as queries:
            client.get(url, params)
        median = statistics.median(timings)
        verdict = "meets" if median <= 150 else "MISSES"
        print(
            f"manager dashboard, 2,000 members, {label:<10}  median {median:6.1f} ms  "
            f"queries {len(queries)}  (target median <= 150 ms: {verdict})"
        )


if __name__ == "__main__":
    main()
