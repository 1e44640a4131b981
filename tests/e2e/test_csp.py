"""The content security policy, as Chromium enforces it: nothing on the public site, in a lesson,
in a quiz, on the two-factor pages or in the admin is blocked by it (a blocked script or style
would be a broken page), and the policy really is strict outside the admin."""

import re
import time
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import CoursePage
from courses.selectors import live_lessons_of
from courses.services.learning import enrolment_start, lesson_complete, quiz_attempt_start
from elearning.people.mfa import DEMO_TOTP_SECRET, totp_code
from elearning.people.models import User
from home.management.commands.load_demo_data import DEMO_PASSWORD
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Every securitypolicyviolation event of the document, collected before any page script runs.
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || "?"}:${event.lineNumber}`);
});
"""


class ViolationWatcher:
    """Collects CSP violations from the page's events and from the browser console."""

    def __init__(self, page):
        self.page = page
        self.found: list[str] = []
        page.add_init_script(COLLECT_VIOLATIONS)
        page.on("console", self._console)

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.found.append(f"console: {message.text}")

    def visit(self, url: str) -> None:
        response = self.page.goto(url)
        assert response.ok, f"{url} answered {response.status}"
        self.check(url)

    def check(self, where: str) -> None:
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(300)  # let the page's scripts start (and be blocked, if they are)
        events = self.page.evaluate("window.__cspViolations || []")
        problems = self.found + [f"event: {event}" for event in events]
        self.found = []
        assert not problems, f"Content security policy violations on {where}:\n  " + "\n  ".join(problems)


def test_public_pages_lessons_and_quizzes_run_under_the_policy(page):
    call_command("load_demo_data", stdout=StringIO())
    learner = User.objects.get(email="learner@example.com")
    course = CoursePage.objects.live().get(slug="school-staff")
    enrolment = enrolment_start(learner=learner, course=course)
    lessons = list(live_lessons_of(course))
    for lesson in lessons:
        lesson_complete(enrolment=enrolment, lesson=lesson)
    attempt = quiz_attempt_start(enrolment=enrolment)

    watcher = ViolationWatcher(page)
    for url in ("/", "/spot-the-signs/", "/how-to-report/", "/courses/", course.url, "/verify/"):
        watcher.visit(url)

    header = page.request.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in header
    assert "unsafe-inline" not in header
    assert "frame-ancestors 'none'" in header

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    watcher.check("the page after signing in")
    watcher.visit(lessons[0].url)
    watcher.visit(f"/learn/attempts/{attempt.pk}/")
    watcher.visit("/my-learning/")

    # The watcher itself works: an injected inline script is blocked and reported.
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = '1'; document.body.append(s); }")
    with pytest.raises(AssertionError, match="script-src"):
        watcher.check("a page with an injected inline script")


def test_the_admin_and_the_page_editor_run_under_the_policy(page, staff_sign_in):
    call_command("load_demo_data", stdout=StringIO())
    lesson = live_lessons_of(CoursePage.objects.live().get(slug="school-staff"))[0]

    watcher = ViolationWatcher(page)
    staff_sign_in(page, "admin@example.com", DEMO_PASSWORD, DEMO_TOTP_SECRET)
    watcher.check("the two-factor sign-in step")
    for url in ("/admin/", "/admin/pages/", f"/admin/pages/{lesson.pk}/edit/", "/admin/snippets/"):
        watcher.visit(url)
    assert page.request.get("/admin/").headers["x-frame-options"] == "SAMEORIGIN"


def test_staff_set_up_two_factor_authentication_as_soon_as_they_sign_in(page, axe_check):
    editor = UserFactory(email="new.editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    watcher = ViolationWatcher(page)

    page.goto("/accounts/login/")  # on to "My learning", not the admin: that is held back too
    page.get_by_label("Email").fill(editor.email)
    page.get_by_label("Password", exact=True).fill("correct-horse-battery")
    page.get_by_role("button", name="Sign in").click()

    # Every page but allauth's sends them to set up an authenticator; allauth first asks for the
    # password again.
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    expect(page.get_by_text("You need two-factor authentication to use your staff account")).to_be_visible()
    watcher.check("the password confirmation")
    page.get_by_label("Password", exact=True).fill("correct-horse-battery")
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    watcher.check("the authenticator set-up page")
    axe_check(page, "the authenticator set-up page")
    secret = page.locator("#authenticator-secret").inner_text().strip()
    page.get_by_label("Authenticator code").fill(totp_code(secret, at=time.time()))
    page.get_by_role("button", name="Turn on two-factor authentication").click()

    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/$"))
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    watcher.check("the recovery codes page")
    axe_check(page, "the recovery codes page")

    watcher.visit("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
