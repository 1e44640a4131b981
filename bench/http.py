"""Benchmark: the platform over HTTP under gunicorn with production settings, beside two
calibration targets served in the same run. Prints a table with the issue's targets and writes
the figures as JSON to bench/results/<timestamp>.json. Asserts nothing.

    python -m bench.http                 # a county: 20,000 learners
    python -m bench.http --national      # 100,000 learners and 1,000,000 attempts
    python -m bench.http --learners 500 --duration 4 --think-scale 0.02   # a quick dev run

It drops and makes the PostgreSQL database cse_bench_http (BENCH_HTTP_DATABASE_URL) and empties
Redis database 5 (BENCH_REDIS_URL), and touches no other but its seeded copies (cse_bench_seed_*,
kept for the next run). See bench/README.md."""

import argparse
import hashlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = BASE_DIR / "bench" / "results"
DATABASE_URL = os.environ.get("BENCH_HTTP_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cse_bench_http")
# A tenth of the data, for the insights dashboards' growth: made, measured and dropped in the run.
SMALL_DATABASE_URL = os.environ.get(
    "BENCH_SMALL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cse_bench_http_small"
)
GROWTH_TARGET = 3.0
# The growth target is defined from 100,000 to 1,000,000 attempts (--national). From a tenth of a
# county the rollups are still filling in (a district's month with no answer to a question has no
# row yet), so that figure is printed for information only.
GROWTH_TARGET_FROM = 90_000  # generated attempts land near the number asked for, not on it
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
# The seeded data depends on these apps' code (models, migrations, services, the generator).
DATA_CODE = ("elearning", "courses", "quality_mark", "home")
SEED_PREFIX = "cse_bench_seed_"
SEEDED_SQL = "SELECT datname FROM pg_database WHERE starts_with(datname, 'cse_bench_seed_')"
SIZES = {"county": {"learners": 20_000, "attempts": None}, "national": {"learners": 100_000, "attempts": 1_000_000}}
BARE = "/bench/bare-django/"
PLAIN = "/bench/plain-wagtail-page/"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--national", action="store_true", help="100,000 learners and 1,000,000 attempts")
    parser.add_argument("--learners", type=int, help="learners to generate (overrides the size)")
    parser.add_argument("--attempts", type=int, help="attempts to generate (overrides the size)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--duration", type=float, default=15, help="seconds each throughput scenario counts")
    parser.add_argument("--warmup", type=float, default=3, help="seconds before counting starts")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--quiz-learners", type=int, default=300)
    parser.add_argument(
        "--think-scale", type=float, default=1.0, help="multiply the 30-90 s think time (0.02 for a dev run)"
    )
    parser.add_argument("--lesson-learners", type=int, default=200, help="signed-in learners opening lessons")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--rebuild-data", action="store_true", help="build the data even if an earlier run kept a copy of it"
    )
    return parser.parse_args(argv)


def prepare_environment(args) -> dict:
    static_root = tempfile.mkdtemp(prefix="cse-bench-static-")
    environment = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MFA_ENCRYPTION_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "SECURE_SSL_REDIRECT": "false",
        "BENCH_STATIC_ROOT": static_root,
        "QUALITY_MARK_EVIDENCE_ROOT": tempfile.mkdtemp(prefix="cse-bench-evidence-"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    os.environ.update(environment)
    return environment


def _psql(*statements: str) -> str:
    """Run statements on the server's maintenance database; their output, unaligned."""
    parts = urlsplit(DATABASE_URL)
    admin_url = parts._replace(path="/postgres").geturl()
    arguments = [argument for statement in statements for argument in ("-c", statement)]
    run = subprocess.run(  # noqa: S603 - our own
        [shutil.which("psql") or "psql", admin_url, "-qAt", *arguments], check=True, capture_output=True, text=True
    )
    return run.stdout


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def recreate_database(url: str, *, create: bool = True, template: str = "") -> None:
    """Drop the bench's own database at `url` (and make it again, empty or as a copy of
    `template`, unless create=False)."""
    name = database_name(url)
    statements = [f'DROP DATABASE IF EXISTS "{name}"']
    if create:
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        statements.append(f'CREATE DATABASE "{name}"{copy}')
    _psql(*statements)


def data_fingerprint(arguments: list[str]) -> str:
    """What the seeded data depends on: generate_activity's arguments, today's date (the history
    ends today) and the apps' Python code. Any change to one of them builds the data again."""
    digest = hashlib.sha256(f"{' '.join(arguments)} {date.today().isoformat()}".encode())
    for path in sorted(path for app in DATA_CODE for path in (BASE_DIR / app).rglob("*.py")):
        digest.update(path.relative_to(BASE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def seed_database(url: str, *, learners: int, attempts: int | None, seed: int, rebuild: bool = False) -> dict:
    """Make the database at `url` hold the demo content and generate_activity's population.

    Building a county takes minutes, so the built database is kept as cse_bench_seed_<size>_<hash>
    and the next run with the same arguments, date and code copies it (seconds) instead. One copy
    is kept per size; `rebuild` builds it again anyway."""
    arguments = ["--learners", str(learners), "--seed", str(seed)]
    if attempts:
        arguments += ["--attempts-per-learner", str(attempts / learners)]
    size = f"{SEED_PREFIX}{learners}_{attempts or 0}_"
    template = f"{size}{data_fingerprint(arguments)}"
    started = time.monotonic()
    kept = _psql(SEEDED_SQL).split()
    if template in kept and not rebuild:
        recreate_database(url, template=template)
        return {
            "population": "generate_activity " + " ".join(arguments),
            "copied_from": template,
            "seconds": round(time.monotonic() - started),
        }
    print(f"building the data: generate_activity {' '.join(arguments)} ...", flush=True)
    recreate_database(url)
    environment = {**os.environ, "DATABASE_URL": url}
    for command, quiet in ((["migrate"], True), (["load_demo_data"], True), (["generate_activity", *arguments], False)):
        subprocess.run(  # noqa: S603 - our own command line
            [sys.executable, "manage.py", *command, "-v", "0"],
            cwd=BASE_DIR,
            env=environment,
            check=True,
            stdout=subprocess.DEVNULL if quiet else None,
        )
    if stale := [name for name in kept if name.startswith(size)]:
        _psql(*(f'DROP DATABASE IF EXISTS "{name}"' for name in stale))
    _psql(f'CREATE DATABASE "{template}" TEMPLATE "{database_name(url)}" STRATEGY FILE_COPY')
    return {
        "population": "generate_activity " + " ".join(arguments),
        "built_and_kept_as": template,
        "seconds": round(time.monotonic() - started),
    }


def reset_cache() -> None:
    """An empty Redis database: only the bench's own."""
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def pinning() -> tuple[list[str], list[str], str]:
    """taskset prefixes for the server and the load generator, and what to say about them."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) >= 2 and shutil.which("taskset"):
        server, load = cpus[0], cpus[1]
        return (
            ["taskset", "-c", str(server)],
            ["taskset", "-c", str(load)],
            f"server pinned to CPU {server}, load generator to CPU {load}",
        )
    why = "taskset is missing" if len(cpus) >= 2 else f"only {len(cpus)} CPU available"
    return [], [], f"NOT PINNED ({why}): server and load generator share the CPUs"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, *, port: int, workers: int, prefix: list[str], environment: dict):
        self.port = port
        self.log = tempfile.NamedTemporaryFile(prefix="cse-bench-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
        command = [
            *prefix,
            str(Path(sys.executable).parent / "gunicorn"),
            "elearning.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--backlog",
            "2048",
            "--timeout",
            "60",
        ]
        self.process = subprocess.Popen(  # noqa: S603 - our own command line
            command, cwd=BASE_DIR, env={**os.environ, **environment}, stdout=self.log, stderr=subprocess.STDOUT
        )

    def wait_ready(self, timeout: float = 60) -> None:
        import urllib.request

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn stopped; see {self.log.name}")
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{self.port}{BARE}", headers={"X-Forwarded-Proto": "https"}
                )
                with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"gunicorn did not answer within {timeout} s; see {self.log.name}")

    def worker_rss_mb(self) -> list[float]:
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        sizes = []
        for child in children:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(round(int(line.split()[1]) / 1024, 1))
        return sizes

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def run_load(spec: dict, prefix: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="cse-bench-load-") as folder:
        spec_path, result_path = Path(folder) / "spec.json", Path(folder) / "result.json"
        spec_path.write_text(json.dumps(spec))
        subprocess.run([*prefix, sys.executable, "-m", "bench.loadgen", str(spec_path), str(result_path)], check=True)  # noqa: S603
        return json.loads(result_path.read_text())


def actor(a) -> dict:
    return {"email": a.email, "session": a.session, "csrf": a.csrf}


def query_counts(data) -> dict:
    """Queries per page, in process with Django's test client, as each scenario's user sees it."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from courses.models import QuizAttempt
    from elearning.pagecache.invalidation import page_cache_clear
    from elearning.people.models import User

    def count(client, method, url, **kwargs):
        with CaptureQueriesContext(connection) as queries:
            response = getattr(client, method)(url, secure=True, **kwargs)
        return len(queries), response

    def signed_in(a) -> Client:
        client = Client()
        client.cookies[settings.SESSION_COOKIE_NAME] = a.session
        return client

    page_cache_clear()
    counts = {}
    anonymous = Client()
    for url in [*data.public_urls, data.course_url]:
        first, _ = count(anonymous, "get", url)
        hit, response = count(anonymous, "get", url)
        counts[f"anonymous {url}"] = {"miss": first, "hit": hit, "cached": response.get("X-Page-Cache") == "hit"}
    reader = signed_in(data.lesson_learners[0])
    for url in data.lesson_urls[:2]:
        count(reader, "get", url)
        counts[f"signed-in lesson {url}"] = {"queries": count(reader, "get", url)[0]}
    counts["signed-in course page"] = {"queries": count(reader, "get", data.course_url)[0]}
    counts["my learning"] = {"queries": count(reader, "get", "/my-learning/")[0]}

    taker = data.quiz_learners[-1]
    client = signed_in(taker)
    start_queries, response = count(client, "post", f"/learn/courses/{data.course_id}/quiz/")
    attempt_url = response["Location"]
    quiz_queries, response = count(client, "get", attempt_url)
    user = User.objects.get(email=taker.email)
    attempt = QuizAttempt.objects.filter(enrolment__learner=user).latest("pk")
    answers = {f"answer-{row.pk}": str(row.choices[0]["id"]) for row in attempt.answers.all()}
    submit_queries, response = count(client, "post", attempt_url, data=answers)
    result_queries, _ = count(client, "get", response["Location"])
    counts["quiz start"] = {"queries": start_queries}
    counts["quiz page"] = {"queries": quiz_queries}
    counts["quiz submit"] = {"queries": submit_queries}
    counts["quiz result"] = {"queries": result_queries}
    data.quiz_learners = data.quiz_learners[:-1]

    counts["manager dashboard"] = {"queries": count(signed_in(data.manager), "get", data.manager_url)[0]}
    for label, url in data.insights_urls.items():
        counts[label] = {"queries": count(signed_in(data.analyst), "get", url)[0]}
    page_cache_clear()
    return counts


def http_scenarios(args, data, cached_urls: list[str], base: str, prefix: list[str]) -> dict:
    from django.conf import settings

    common = {
        "base": base,
        "origin": base.replace("http://", "https://"),
        "cookie_names": {"session": settings.SESSION_COOKIE_NAME, "csrf": settings.CSRF_COOKIE_NAME},
        "warmup": args.warmup,
        "duration": args.duration,
    }

    def closed(label, requests, connections=args.connections):
        print(f"  {label} ...", flush=True)
        return run_load({**common, "mode": "closed", "connections": connections, "requests": requests}, prefix)

    readers = [actor(a) for a in data.lesson_learners]
    results = {
        "calibration: bare Django view": closed("calibration: bare Django view", [{"url": BARE}]),
        "calibration: plain Wagtail page": closed("calibration: plain Wagtail page", [{"url": PLAIN}]),
        "anonymous public pages (cached)": closed("anonymous public pages", [{"url": url} for url in cached_urls]),
        "anonymous course page": closed("anonymous course page", [{"url": data.course_url}]),
        "signed-in learner opening lessons": closed(
            "signed-in learners opening lessons",
            [
                {"url": url, "actor": readers[n % len(readers)]}
                for n, url in enumerate(data.lesson_urls * max(1, len(readers)))
            ],
        ),
        "manager dashboard, 2,000 members": closed(
            "manager dashboard", [{"url": data.manager_url, "actor": actor(data.manager)}], connections=1
        ),
    }
    for label, url in data.insights_urls.items():
        results[label] = closed(label, [{"url": url, "actor": actor(data.analyst)}], connections=1)
    print(f"  quiz: {len(data.quiz_learners)} learners ...", flush=True)
    results["quiz load"] = run_load(
        {
            **common,
            "mode": "quiz",
            "learners": [actor(a) for a in data.quiz_learners],
            "course_url": data.course_url,
            "start_url": f"/learn/courses/{data.course_id}/quiz/",
            "think": [30, 90],
            "scale": args.think_scale,
            "ramp": 60 * args.think_scale,
        },
        prefix,
    )
    return results


def ratios(results: dict) -> None:
    bare = results["calibration: bare Django view"].get("rps") or 0
    plain = results["calibration: plain Wagtail page"].get("rps") or 0
    for figures in results.values():
        if figures.get("rps") and "connections" in figures:
            figures["x_bare_django"] = round(figures["rps"] / bare, 2) if bare else None
            figures["x_plain_wagtail"] = round(figures["rps"] / plain, 2) if plain else None


def verdicts(
    results: dict, counts: dict, pdf: dict, rss: list[float], insights: dict
) -> list[tuple[str, str, str, str]]:
    """(figure, measured, target, verdict) rows; a miss says by how much."""

    def at_least(value, target):
        if value is None:
            return "not measured"
        return "meets" if value >= target else f"MISSES by {(target - value) / target:.0%}"

    def at_most(value, target):
        if value is None:
            return "not measured"
        return "meets" if value <= target else f"MISSES by {(value - target) / target:.0%}"

    rows = []
    anon = results["anonymous public pages (cached)"]
    hits = [c["hit"] for label, c in counts.items() if label.startswith("anonymous /") and c["cached"]]
    rows.append(
        (
            "anonymous cached pages: req/s vs plain Wagtail",
            f"{anon.get('rps')} req/s = {anon.get('x_plain_wagtail')}x",
            ">= 3x",
            at_least(anon.get("x_plain_wagtail"), 3),
        )
    )
    rows.append(
        (
            "anonymous cached pages: queries on a hit",
            f"max {max(hits) if hits else '-'}",
            "0",
            at_most(max(hits) if hits else None, 0),
        )
    )
    course = counts.get(f"anonymous {results['_course_url']}", {})
    rows.append(
        (
            "anonymous course page cached",
            "yes" if course.get("cached") else "no (CSRF form)",
            "cached",
            "meets" if course.get("cached") else "MISSES",
        )
    )
    lesson = results["signed-in learner opening lessons"]
    lesson_queries = max(c["queries"] for label, c in counts.items() if label.startswith("signed-in lesson"))
    rows.append(
        (
            "signed-in lesson: req/s vs plain Wagtail",
            f"{lesson.get('rps')} req/s = {lesson.get('x_plain_wagtail')}x",
            ">= 1.0x",
            at_least(lesson.get("x_plain_wagtail"), 1.0),
        )
    )
    rows.append(
        (
            f"signed-in lesson: p95 at {lesson.get('connections')} connections",
            f"{lesson.get('p95_ms')} ms",
            "<= 150 ms",
            at_most(lesson.get("p95_ms"), 150),
        )
    )
    rows.append(("signed-in lesson: queries", str(lesson_queries), "<= 12", at_most(lesson_queries, 12)))
    quiz = results["quiz load"]
    rows.append(
        (
            f"quiz load, {quiz.get('learners')} learners: errors",
            str(quiz.get("errors")),
            "0",
            at_most(quiz.get("errors"), 0),
        )
    )
    submit = quiz.get("steps", {}).get("submit", {})
    rows.append(
        ("quiz load: p95 submit", f"{submit.get('p95_ms')} ms", "<= 1000 ms", at_most(submit.get("p95_ms"), 1000))
    )
    manager = results["manager dashboard, 2,000 members"]
    rows.append(
        (
            "manager dashboard, 2,000 members: median",
            f"{manager.get('median_ms')} ms",
            "<= 150 ms",
            at_most(manager.get("median_ms"), 150),
        )
    )
    for label in ("insights overview", "insights knowledge gaps"):
        figures = results.get(label)
        rows.append(
            (
                f"{label}: median",
                f"{figures.get('median_ms')} ms" if figures else "not built yet",
                "<= 500 ms",
                at_most(figures.get("median_ms"), 500) if figures else "not measured",
            )
        )
    medians, growth = insights.get("large", {}).get("median_ms", {}), insights.get("growth", {})
    if medians:
        slowest = max(medians, key=medians.get)
        rows.append(
            (
                f"insights, {insights['large']['attempts']:,} attempts: slowest median",
                f"{medians[slowest]} ms ({slowest})",
                "<= 500 ms",
                at_most(medians[slowest], 500),
            )
        )
    if growth:
        worst = max(growth, key=growth.get)
        if insights["small"]["attempts"] < GROWTH_TARGET_FROM:
            verdict = "for information: the target is from 100,000 attempts (--national)"
        elif growth[worst] < GROWTH_TARGET:
            verdict = "meets"
        else:
            verdict = f"MISSES by {growth[worst] / GROWTH_TARGET - 1:.0%}"
        rows.append(
            (
                f"insights growth {insights['small']['attempts']:,} -> {insights['large']['attempts']:,} attempts",
                f"{growth[worst]}x ({worst})",
                f"< {GROWTH_TARGET:.0f}x",
                verdict,
            )
        )
    rows.append(
        ("certificate PDF: median", f"{pdf.get('median_ms')} ms", "<= 100 ms", at_most(pdf.get("median_ms"), 100))
    )
    rows.append(
        (
            "memory: RSS per worker after the run",
            ", ".join(f"{r} MB" for r in rss) or "unknown",
            "<= 200 MB",
            at_most(max(rss) if rss else None, 200),
        )
    )
    return rows


# Why a target may be missed and what would fix it, printed under the table beside each miss.
HINTS = {
    "anonymous cached pages": "A hit is one Redis round trip under the outer middleware: below 3x, either the "
    "core was shared (see the load average) or pages were not hits (see the queries above).",
    "insights": "See the growth table above: a dashboard whose rollup grows with the learners rather than with "
    "the dimensions (elearning/insights/README.md, Rollup design).",
    "signed-in lesson": "Signed-in pages are never shared. The route, the course and its lessons come from the "
    "shared cache and the body is a cached fragment; what remains is the session, the learner, the enrolment, "
    "the completed lessons and the template around the body, on a core shared with PostgreSQL and Redis.",
    "quiz load": "Submitting marks the quiz and writes the answers and certificate in one transaction; on a shared "
    "core p95 grows with the queue in front of the 2 workers.",
    "manager dashboard": "See bench/dashboard.py's in-process figure: the gap is HTTP and template cost.",
    "certificate PDF": "xhtml2pdf draws the page in Python: the figure is CPU-bound and suffers most from a "
    "shared core.",
    "memory": "Fewer imports per worker, or gunicorn --max-requests to recycle workers.",
}


def print_http_table(results: dict) -> None:
    print()
    print(
        f"{'scenario':<38} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7} "
        f"{'x bare':>7} {'x Wagtail':>9}"
    )
    for label, f in results.items():
        if label.startswith("_") or label == "quiz load":
            continue
        print(
            f"{label:<38} {f.get('rps', '-'):>8} {f.get('p50_ms', '-'):>8} {f.get('p95_ms', '-'):>8} "
            f"{f.get('p99_ms', '-'):>8} {f.get('errors', '-'):>7} {f.get('x_bare_django', '-'):>7} "
            f"{f.get('x_plain_wagtail', '-'):>9}"
        )
    quiz = results["quiz load"]
    print(
        f"quiz load: {quiz['learners']} learners, "
        f"think {quiz['think_seconds'][0]:.1f}-{quiz['think_seconds'][1]:.1f} s,"
        f" {quiz['requests']} requests in {quiz.get('seconds')} s, errors {quiz['errors']}"
    )
    for step, f in quiz["steps"].items():
        print(f"  {step:<14} p50 {f['p50_ms']} ms  p95 {f['p95_ms']} ms  p99 {f['p99_ms']} ms")
    for label, f in results.items():
        if not label.startswith("_") and f.get("error_samples"):
            print(f"  errors in {label}: {f['error_samples']}")


def insights_medians(database_url: str, label: str) -> dict:
    """bench/insights.py (each dashboard under each filter, in process) on one database."""
    print(f"\ninsights dashboards, in process (bench/insights.py), {label}:", flush=True)
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        run = subprocess.run(  # noqa: S603 - our own command line
            [sys.executable, "-m", "bench.insights", "--json", out.name],
            cwd=BASE_DIR,
            env={**os.environ, "DATABASE_URL": database_url},
            capture_output=True,
            text=True,
        )
        print(run.stdout + (run.stderr[-2000:] if run.returncode else ""))
        return json.loads(Path(out.name).read_text() or "{}") if run.returncode == 0 else {}


def insights_growth(*, learners: int, attempts: int | None, seed: int, rebuild: bool) -> dict:
    """The dashboards on this run's data and on a tenth of it, generated the same way in a database
    of its own, and how much each figure grows between the two (target: under 3x)."""
    big = insights_medians(DATABASE_URL, "this run's data")
    small_learners = max(learners // 10, 100)
    small_attempts = round(attempts * small_learners / learners) if attempts else None
    print(f"a tenth of the data ({small_learners} learners) for the growth figure ...", flush=True)
    seed_database(SMALL_DATABASE_URL, learners=small_learners, attempts=small_attempts, seed=seed, rebuild=rebuild)
    try:
        small = insights_medians(SMALL_DATABASE_URL, "a tenth of the data")
    finally:
        recreate_database(SMALL_DATABASE_URL, create=False)
    growth = {
        key: round(big["median_ms"][key] / small["median_ms"][key], 2)
        for key in big.get("median_ms", {})
        if small.get("median_ms", {}).get(key)
    }
    if growth:
        print(f"growth of each dashboard's median from {small['attempts']:,} to {big['attempts']:,} attempts:")
        for key, factor in growth.items():
            verdict = "under" if factor < GROWTH_TARGET else "over"
            print(
                f"  {key:<34} {small['median_ms'][key]:8.1f} ms -> {big['median_ms'][key]:8.1f} ms  "
                f"{factor:5.2f}x  ({verdict} {GROWTH_TARGET:.0f}x)"
            )
    return {"large": big, "small": small, "growth": growth}


def main(argv=None) -> dict:
    args = parse_args(argv)
    size = SIZES["national" if args.national else "county"]
    learners = args.learners or size["learners"]
    attempts = args.attempts or size["attempts"]
    started = time.monotonic()
    environment = prepare_environment(args)
    server_prefix, load_prefix, pinned = pinning()
    print(f"HTTP benchmark: {learners} learners{f', {attempts} attempts' if attempts else ''}; {pinned}")
    reset_cache()
    seeded = seed_database(
        DATABASE_URL, learners=learners, attempts=attempts, seed=args.seed, rebuild=args.rebuild_data
    )
    how = f"copied from {seeded['copied_from']}" if "copied_from" in seeded else "built"
    print(f"  data {how} in {seeded['seconds']} s", flush=True)

    import django

    django.setup()
    from django.core.management import call_command

    from bench import certificate_pdf, scenario_data

    call_command("collectstatic", "--noinput", verbosity=0)
    data = scenario_data.build(
        population=seeded["population"],
        lesson_learners=args.lesson_learners,
        quiz_learners=args.quiz_learners + 1,  # one more for the in-process query count
    )
    print(f"  {data.learners} users; population: {data.population}; ready after {time.monotonic() - started:.0f} s")
    counts = query_counts(data)
    # Public addresses that another app answers with a Django view (the quality mark's pages) are
    # not Wagtail pages, so the page cache leaves them alone: counted, not in the cached scenario.
    cached_urls = [url for url in data.public_urls if counts[f"anonymous {url}"]["cached"]]
    uncached = sorted(set(data.public_urls) - set(cached_urls))
    print(f"  {len(cached_urls)} public pages served from the cache; not cached: {', '.join(uncached) or 'none'}")
    pdf = certificate_pdf.main(25)

    from django.db import connections

    connections.close_all()
    port = args.port or free_port()
    server = Server(port=port, workers=args.workers, prefix=server_prefix, environment=environment)
    try:
        server.wait_ready()
        print(f"gunicorn: {args.workers} workers on 127.0.0.1:{port}; running scenarios ...", flush=True)
        results = http_scenarios(args, data, cached_urls, f"http://127.0.0.1:{port}", load_prefix)
        rss = server.worker_rss_mb()
    finally:
        server.stop()
        shutil.rmtree(environment["BENCH_STATIC_ROOT"], ignore_errors=True)
        shutil.rmtree(environment["QUALITY_MARK_EVIDENCE_ROOT"], ignore_errors=True)
    ratios(results)
    results["_course_url"] = data.course_url
    insights = insights_growth(learners=learners, attempts=attempts, seed=args.seed, rebuild=args.rebuild_data)

    print_http_table(results)
    print()
    print("queries per page (in process):")
    for label, figures in counts.items():
        print(f"  {label:<60} {figures}")
    rows = verdicts(results, counts, pdf, rss, insights)
    print()
    print(f"{'figure':<52} {'measured':<28} {'target':<12} verdict")
    for figure, measured, target, verdict in rows:
        print(f"{figure:<52} {measured:<28} {target:<12} {verdict}")
    missed = {hint for figure, *_, verdict in rows if verdict.startswith("MISSES") for hint in HINTS if hint in figure}
    for hint in sorted(missed):
        print(f"  {hint}: {HINTS[hint]}")
    took = time.monotonic() - started
    print(f"\nwhole run: {took / 60:.1f} min; {pinned}")
    load = os.getloadavg()[0]
    if load > 2.5:  # the server, the load generator and a little more
        print(
            f"WARNING: load average {load:.1f} on {os.cpu_count()} CPUs: other work shared the cores, so "
            "every figure is pessimistic. Run it again on a quiet machine for figures to publish."
        )

    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "size": {"learners": learners, "attempts": attempts, "users": data.learners, "population": data.population},
        "data": seeded,
        "machine": {"cpus": os.cpu_count(), "pinning": pinned, "load_average": os.getloadavg()},
        "settings": {
            "workers": args.workers,
            "connections": args.connections,
            "duration": args.duration,
            "think_scale": args.think_scale,
        },
        "http": {k: v for k, v in results.items() if not k.startswith("_")},
        "queries": counts,
        "certificate_pdf": pdf,
        "worker_rss_mb": rss,
        "insights_dashboards": insights,
        "verdicts": [dict(zip(("figure", "measured", "target", "verdict"), row, strict=True)) for row in rows],
        "minutes": round(took / 60, 1),
    }
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps(report, indent=2))
    print(f"figures written to {path.relative_to(BASE_DIR)}")
    return report


if __name__ == "__main__":
    sys.path.insert(0, str(BASE_DIR))
    main()
