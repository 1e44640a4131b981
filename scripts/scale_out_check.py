"""Scale-out proof: two app servers, one PostgreSQL and one Redis, and nothing kept in a worker.

Run by .ci/run and `make drills`: `.venv/bin/python scripts/scale_out_check.py`. It

1. makes a throwaway PostgreSQL database (SCALE_OUT_DATABASE_URL, default `cse_sec_scale_out` on
   the local server) and empties its own Redis database (SCALE_OUT_REDIS_URL, default number 14);
2. migrates it, collects the static files into a temporary folder and makes one learner, all
   under `elearning.settings.production`;
3. starts two gunicorn servers on different local ports with those production settings, each
   told by X-Forwarded-Proto that the request came over HTTPS, as a TLS proxy does;
4. signs in on server A through the real login form (with its CSRF token), then carries on on
   server B with the same session cookie: B shows the learner's own profile;
5. sends wrong-password sign-ins for another account alternately to A and B: allauth's limit of
   5 failures per account is reached at the 6th attempt overall, although neither server has seen
   more than 3 on its own;
6. asks both servers alternately for certificate verifications: the 31st lookup in the minute
   (VERIFY_RATE_LIMIT is 30 a minute per address) is refused with 429;
7. stops the servers and drops the database, whatever happened. It exits non-zero on any failure.

Only addresses on this machine are used; every loop is bounded.
"""

import http.client
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
DATABASE_URL = os.environ.get("SCALE_OUT_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cse_sec_scale_out")
REDIS_URL = os.environ.get("SCALE_OUT_REDIS_URL", "redis://127.0.0.1:6379/14")
HOST = "learn.example.org"
PORTS = (int(os.environ.get("SCALE_OUT_PORT_A", "8771")), int(os.environ.get("SCALE_OUT_PORT_B", "8772")))
EMAIL = "scale.out@example.org"
NAME = "Skye Scaleout"
PASSWORD = secrets.token_urlsafe(16)
LOGIN_KEY_LIMIT = 5  # ACCOUNT_RATE_LIMITS["login_failed"]: 5 failures per account in 5 minutes
VERIFY_LIMIT = 30  # VERIFY_RATE_LIMIT: 30 lookups per address per minute
SESSION_COOKIE = "__Host-sessionid"
CSRF_COOKIE = "__Host-csrftoken"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def say(message: str) -> None:
    print(f"scale-out: {message}", flush=True)


def fail(message: str) -> None:
    raise SystemExit(f"scale-out check FAILED: {message}")


class Server:
    """One gunicorn on a local port; requests say they came through the TLS proxy for HOST."""

    def __init__(self, name: str, port: int, env: dict, log_dir: str):
        self.name, self.port = name, port
        self.log = Path(log_dir) / f"server-{name}.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own virtualenv's gunicorn
                [str(GUNICORN), "elearning.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "60"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def request(self, method: str, path: str, *, cookies: dict | None = None, form: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        set_cookies = {}
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            set_cookies.update({key: morsel.value for key, morsel in cookie.items()})
        connection.close()
        return response.status, response.headers, text, set_cookies

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail(f"server {self.name} exited with {self.process.returncode}")
            try:
                status, *_ = self.request("GET", "/accounts/login/")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        fail(f"server {self.name} did not answer within 60 seconds")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def database(action: str) -> None:
    url = urlsplit(DATABASE_URL)
    name = url.path.lstrip("/")
    if not re.fullmatch(r"cse_sec_\w+", name):
        fail(f"refusing to {action} a database not named cse_sec_*: {name}")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if action == "create":
            connection.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        fail(f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def sign_in(server: Server, email: str, password: str, csrf: dict) -> tuple[int, str, dict]:
    status, headers, text, cookies = server.request(
        "POST",
        "/accounts/login/",
        cookies={CSRF_COOKIE: csrf["cookie"]},
        form={"login": email, "password": password, "csrfmiddlewaretoken": csrf["token"]},
    )
    return status, text if status != 302 else headers["Location"], cookies


def main() -> None:
    static_root = tempfile.mkdtemp(prefix="cse-scale-out-static-")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MFA_ENCRYPTION_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": static_root,
        "QUALITY_MARK_EVIDENCE_ROOT": tempfile.mkdtemp(prefix="cse-scale-out-evidence-"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    redis.Redis.from_url(REDIS_URL).flushdb()
    database("create")
    servers: list[Server] = []
    try:
        started = time.monotonic()
        say("migrating a fresh database and collecting static files (production settings)")
        manage(env, "migrate", "--noinput", "-v0")
        say(f"migrated in {time.monotonic() - started:.0f} s")
        manage(env, "collectstatic", "--noinput", "-v0")
        say(f"static files collected in {time.monotonic() - started:.0f} s")
        manage(
            env,
            "shell",
            "-c",
            "from allauth.account.models import EmailAddress; from elearning.people.models import User; "
            f"u = User.objects.create_user(email={EMAIL!r}, password={PASSWORD!r}, full_name={NAME!r}); "
            f"EmailAddress.objects.create(user=u, email={EMAIL!r}, verified=True, primary=True); "
            "User.objects.create_user(email='target@example.org', password='x' * 20)",
        )
        servers = [Server("A", PORTS[0], env, static_root), Server("B", PORTS[1], env, static_root)]
        for server in servers:
            server.wait_until_up()
        a, b = servers
        say(f"two gunicorn servers up on ports {a.port} and {b.port}")

        # 1. Sign in on A through the real form, carry on on B.
        status, _, text, cookies = a.request("GET", "/accounts/login/")
        csrf = {"cookie": cookies.get(CSRF_COOKIE, ""), "token": (CSRF_FIELD.search(text) or [None, ""])[1]}
        if status != 200 or not csrf["cookie"] or not csrf["token"]:
            fail(f"A's login page: HTTP {status}, CSRF cookie or token missing")
        status, where, cookies = sign_in(a, EMAIL, PASSWORD, csrf)
        session = cookies.get(SESSION_COOKIE)
        if status != 302 or not session:
            fail(f"signing in on A: HTTP {status}, session cookie {'set' if session else 'missing'}")
        say(f"signed in on A (redirected to {where})")
        status, _, text, _ = b.request("GET", "/account/profile/", cookies={SESSION_COOKIE: session})
        if status != 200 or NAME not in text:
            fail(f"B did not carry on A's session: HTTP {status}")
        status, headers, _, _ = b.request("GET", "/account/profile/")
        if status != 302 or "/accounts/login/" not in headers.get("Location", ""):
            fail("B shows the profile without a session cookie")
        say(f"B shows {NAME}'s profile with the session cookie A set, and asks a stranger to sign in")

        # 2. Wrong passwords for one account, alternately on A and B.
        refused_at = None
        for attempt in range(1, LOGIN_KEY_LIMIT + 3):
            server = servers[attempt % 2]
            status, text, _ = sign_in(server, "target@example.org", "wrong-password-" + str(attempt), csrf)
            if "Too many failed login attempts" in text:
                refused_at = attempt
                break
            if status != 200:
                fail(f"wrong password {attempt} on {server.name}: HTTP {status}")
        if refused_at != LOGIN_KEY_LIMIT + 1:
            fail(f"the login limit was reached at attempt {refused_at}, not {LOGIN_KEY_LIMIT + 1}")
        say(
            f"wrong passwords split across A and B: attempt {refused_at} refused with 'Too many failed "
            f"login attempts' (neither server saw more than {(refused_at + 1) // 2})"
        )

        # 3. Certificate verification lookups, alternately on A and B. The limit counts in fixed
        # one-minute windows: start early in one so that all 31 fall in it.
        if time.time() % 60 > 40:
            time.sleep(61 - time.time() % 60)
        statuses = [servers[n % 2].request("GET", "/verify/AAAA-BBBB-CCCC-DDDD/")[0] for n in range(VERIFY_LIMIT + 1)]
        # The code is unknown: 404 "no certificate matches" until the limit, then 429.
        if statuses[:VERIFY_LIMIT] != [404] * VERIFY_LIMIT or statuses[VERIFY_LIMIT] != 429:
            fail(f"verification lookups split across A and B answered {statuses}")
        say(f"{VERIFY_LIMIT} verification lookups split across A and B were answered; lookup {VERIFY_LIMIT + 1}: 429")
        say("PASSED: one session and one set of rate limits across both servers")
    except SystemExit:
        for server in servers:
            if server.log.exists():
                print(f"--- server {server.name}'s log, last lines ---\n" + server.log.read_text()[-3000:], flush=True)
        raise
    finally:
        for server in servers:
            server.stop()
        database("drop")
        redis.Redis.from_url(REDIS_URL).flushdb()
        shutil.rmtree(static_root, ignore_errors=True)
        shutil.rmtree(env["QUALITY_MARK_EVIDENCE_ROOT"], ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
