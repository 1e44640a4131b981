"""Benchmark: how long one certificate PDF takes to draw. Prints figures; asserts nothing.

Run with `make bench`. Uses the test settings and a throwaway SQLite database in memory."""

import os
import statistics
import sys
import time
from types import SimpleNamespace

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.test")

import django

django.setup()

from datetime import date  # noqa: E402

from courses.certificate_pdf import certificate_pdf  # noqa: E402


def main(runs: int = 50) -> dict:
    certificate = SimpleNamespace(
        holder_name="Zoë Łukasz-Ó Súilleabháin",
        course_title="Child sexual exploitation: awareness for all school staff",
        audience="School staff",
        score=90,
        issued_on=date(2026, 11, 22),
        expires_on=date(2027, 11, 22),
        display_code="K7QM-2XPD-9HRT-4WCA",
    )
    url = "https://learn.example.org/verify/K7QM-2XPD-9HRT-4WCA/"
    certificate_pdf(certificate=certificate, verify_url=url)  # warm the font cache
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        certificate_pdf(certificate=certificate, verify_url=url)
        timings.append((time.perf_counter() - start) * 1000)
    figures = {
        "runs": runs,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(sorted(timings)[int(runs * 0.95) - 1], 1),
        "target_median_ms": 100,
    }
    verdict = "meets" if figures["median_ms"] <= 100 else "MISSES"
    print(
        f"certificate PDF   median {figures['median_ms']:>6} ms   p95 {figures['p95_ms']:>6} ms   "
        f"({runs} runs; target median <= 100 ms: {verdict})"
    )
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
