"""The load generator: an asyncio HTTP client (aiohttp) that the harness runs pinned to its own
core. It imports nothing of the project, so it costs the server nothing but the requests.

    python -m bench.loadgen SPEC.json RESULT.json

SPEC "mode" is "closed" (a fixed number of connections, each sending its next request as soon as
the last one answers, for a fixed time after a warm-up) or "quiz" (simulated learners with think
time: open the course, start the quiz, read it, think, answer, submit, read the result).
Every request says it came through HTTPS (X-Forwarded-Proto), as production's TLS proxy would.
"""

import asyncio
import json
import random
import re
import statistics
import sys
import time

import aiohttp

# ruff: noqa: S311 - random think times and answers, not secrets

ANSWER_RE = re.compile(r'name="(answer-\d+)"[^>]*?value="([^"]+)"')


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(timings: list[float], errors: int, seconds: float | None = None) -> dict:
    figures = {
        "requests": len(timings) + errors,
        "errors": errors,
        "p50_ms": _ms(percentile(timings, 0.50)),
        "p95_ms": _ms(percentile(timings, 0.95)),
        "p99_ms": _ms(percentile(timings, 0.99)),
        "median_ms": _ms(statistics.median(timings)) if timings else None,
    }
    if seconds:
        figures["rps"] = round(len(timings) / seconds, 1)
        figures["seconds"] = round(seconds, 1)
    return figures


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


class Client:
    def __init__(self, spec: dict, session: aiohttp.ClientSession):
        self.base = spec["base"]
        self.origin = spec["origin"]
        self.session = session
        self.cookie_names = spec["cookie_names"]

    def headers(self, actor: dict | None, *, post: bool = False) -> dict:
        headers = {"X-Forwarded-Proto": "https"}
        if actor:
            headers["Cookie"] = (
                f"{self.cookie_names['session']}={actor['session']}; {self.cookie_names['csrf']}={actor['csrf']}"
            )
        if post:
            headers["Origin"] = self.origin
        return headers

    async def get(self, url: str, actor: dict | None = None) -> tuple[int, str, str]:
        async with self.session.get(self.base + url, headers=self.headers(actor), allow_redirects=False) as response:
            body = await response.text()
            return response.status, response.headers.get("Location", ""), body

    async def post(self, url: str, actor: dict, data: dict) -> tuple[int, str]:
        form = {"csrfmiddlewaretoken": actor["csrf"], **data}
        async with self.session.post(
            self.base + url, headers=self.headers(actor, post=True), data=form, allow_redirects=False
        ) as response:
            await response.read()
            return response.status, response.headers.get("Location", "")


async def closed(spec: dict) -> dict:
    """`connections` loops, each sending one of `requests` (cycled, from a random start) after
    another for `warmup` + `duration` seconds; only the last `duration` counts."""
    requests = spec["requests"]
    timings: list[float] = []
    errors: list[str] = []
    connector = aiohttp.TCPConnector(limit=spec["connections"], force_close=False)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar()) as session:
        client = Client(spec, session)
        start = time.perf_counter()
        counting_from = start + spec["warmup"]
        stop = counting_from + spec["duration"]

        async def loop(offset: int):
            n = offset
            while (now := time.perf_counter()) < stop:
                request = requests[n % len(requests)]
                n += 1
                try:
                    status, _, _ = await client.get(request["url"], request.get("actor"))
                    ok = status == spec.get("expect", 200)
                except (TimeoutError, aiohttp.ClientError) as error:
                    status, ok = repr(error), False
                took = time.perf_counter() - now
                if now >= counting_from:
                    if ok:
                        timings.append(took)
                    else:
                        errors.append(f"{request['url']}: {status}")

        await asyncio.gather(*(loop(random.randrange(len(requests))) for _ in range(spec["connections"])))
    figures = summary(timings, len(errors), spec["duration"])
    figures["connections"] = spec["connections"]
    figures["error_samples"] = errors[:5]
    return figures


async def quiz(spec: dict) -> dict:
    """Each learner, starting at a random moment within `ramp` seconds: opens the course page,
    thinks, starts the quiz, reads it, thinks (answering), submits, reads the result. Think times
    are drawn from `think` seconds, times `scale` (1 is the real pace)."""
    steps = {name: [] for name in ("course page", "start quiz", "quiz page", "submit", "result page")}
    errors: list[str] = []
    low, high = spec["think"]
    scale = spec["scale"]
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(
        connector=connector, cookie_jar=aiohttp.DummyCookieJar(), timeout=timeout
    ) as session:
        client = Client(spec, session)

        async def timed(step: str, call):
            start = time.perf_counter()
            result = await call
            steps[step].append(time.perf_counter() - start)
            return result

        async def learner(actor: dict):
            await asyncio.sleep(random.uniform(0, spec["ramp"]))
            try:
                status, _, _ = await timed("course page", client.get(spec["course_url"], actor))
                _expect(status, 200, "course page")
                await asyncio.sleep(random.uniform(low, high) * scale)
                status, location = await timed("start quiz", client.post(spec["start_url"], actor, {}))
                _expect(status, 302, "start quiz")
                attempt_url = location.replace(spec["origin"], "")
                status, _, html = await timed("quiz page", client.get(attempt_url, actor))
                _expect(status, 200, f"quiz page {attempt_url}")
                choices: dict[str, list[str]] = {}
                for name, value in ANSWER_RE.findall(html):
                    choices.setdefault(name, []).append(value)
                if not choices:
                    raise RuntimeError("quiz page: no questions found")
                answers = {name: random.choice(values) for name, values in choices.items()}
                await asyncio.sleep(random.uniform(low, high) * scale)
                status, location = await timed("submit", client.post(attempt_url, actor, answers))
                _expect(status, 302, "submit")
                status, _, _ = await timed("result page", client.get(location.replace(spec["origin"], ""), actor))
                _expect(status, 200, "result page")
            except (TimeoutError, aiohttp.ClientError, RuntimeError) as error:
                errors.append(f"{actor['email']}: {error!r}")

        start = time.perf_counter()
        await asyncio.gather(*(learner(actor) for actor in spec["learners"]))
        seconds = time.perf_counter() - start
    every = [t for timings in steps.values() for t in timings]
    figures = summary(every, len(errors), seconds)
    figures["learners"] = len(spec["learners"])
    figures["think_seconds"] = [low * scale, high * scale]
    figures["steps"] = {name: summary(timings, 0) for name, timings in steps.items()}
    figures["error_samples"] = errors[:5]
    return figures


def _expect(status, expected: int, what: str) -> None:
    if status != expected:
        raise RuntimeError(f"{what} answered {status}, not {expected}")


def main() -> None:
    spec_path, result_path = sys.argv[1], sys.argv[2]
    with open(spec_path) as handle:
        spec = json.load(handle)
    runner = {"closed": closed, "quiz": quiz}[spec["mode"]]
    result = asyncio.run(runner(spec))
    with open(result_path, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main()
