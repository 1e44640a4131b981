"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Never run `playwright install`: the tests use the Chromium that apt installs at /usr/bin/chromium.

Static files: pytest-django's live server wraps the site in django.contrib.staticfiles'
StaticFilesHandler whenever staticfiles is installed, and that handler serves /static/ through the
staticfiles finders even with DEBUG = False. So the compiled CSS (`make frontend`) loads and
axe's colour-contrast rule checks what a learner sees; the `page` fixture fails fast if it does not.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio event loop in this thread, and Django refuses ORM calls
# from a thread with a running loop. The test, not a coroutine, makes those calls, so it is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NO_CHROMIUM = "Browser tests need Debian's Chromium: apt-get install -y chromium (never `playwright install`)"
IN_CI = os.environ.get("CI") == "true"
PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}
BLOCKING_IMPACTS = {"serious", "critical"}
HERE = Path(__file__).parent

# A loaded machine (or CI running two workers) can take more than Playwright's default 5 seconds
# to answer a POST that starts a quiz; waiting longer costs nothing when the page is quick.
expect.set_options(timeout=15_000)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Every test in this folder is a browser test: mark it e2e (before `-m` selects), and run
    it after the rest of the suite, so that no other test runs beside Playwright's event loop."""
    browser_tests = [item for item in items if HERE in Path(item.path).parents]
    for item in browser_tests:
        item.add_marker(pytest.mark.e2e)
        if not CHROMIUM.exists() and not IN_CI:
            item.add_marker(pytest.mark.skip(reason=NO_CHROMIUM))  # before the test database is built
    others = [item for item in items if HERE not in Path(item.path).parents]
    items[:] = others + browser_tests


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail(f"{NO_CHROMIUM}. CI must run the browser tests, so this is a failure, not a skip.")
        pytest.skip(NO_CHROMIUM)
    # Django keeps its database connections in an asgiref Local, which holds one set per thread
    # while no event loop runs and another set once one does. Playwright's loop stays "running" in
    # this thread from start() on, so without this the test would get fresh connections: without
    # the serialized contents that serialized_rollback restores, and not the ones the live server
    # shares. Hand the test database's connections over to the loop's side.
    test_connections = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in test_connections.items():
        connections[alias] = connection
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def phone_context(browser, live_server):
    """Make a phone-sized browser context on the live server; closed after the test."""
    contexts = []

    def make(**options):
        context = browser.new_context(**PHONE, base_url=live_server.url, **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(phone_context):
    page = phone_context().new_page()
    stylesheet = page.request.get("/static/dist/main.css")
    assert stylesheet.ok, (
        f"The live server does not serve the CSS (HTTP {stylesheet.status}): run `make frontend`, "
        "and keep django.contrib.staticfiles in INSTALLED_APPS."
    )
    return page


def axe_violations(page) -> list[str]:
    """The serious and critical axe-core violations on the page, one line per rule."""
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        f" [{', '.join(_selector(node['target']) for node in violation['nodes'])}]"
        f" {violation['helpUrl']}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def _selector(target: list) -> str:
    """axe's target: one selector per frame, each a string or, inside shadow DOM, a list."""
    return " >>> ".join(part if isinstance(part, str) else " >>> ".join(part) for part in target)


@pytest.fixture
def axe_check():
    """Call axe_check(page) to fail the test on any serious or critical accessibility problem."""

    def check(page, where: str = "") -> None:
        violations = axe_violations(page)
        if violations:
            lines = "\n  ".join(violations)
            pytest.fail(f"Accessibility violations on {where or page.url}:\n  {lines}", pytrace=False)

    return check


@pytest.fixture
def staff_sign_in():
    """Call staff_sign_in(page, email, password, totp_secret): sign a member of staff in through the
    login form and the two-factor step, with the code their authenticator app would show."""
    import re
    import time

    from elearning.people.mfa import totp_code

    def sign_in(page, email: str, password: str, totp_secret: str) -> None:
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password", exact=True).fill(password)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
        page.get_by_label("Code").fill(totp_code(totp_secret, at=time.time()))
        page.get_by_role("button", name="Sign in").click()
        expect(page).not_to_have_url(re.compile(r"/accounts/(login|2fa)/"))

    return sign_in
