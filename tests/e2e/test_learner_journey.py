"""The whole journey of a new learner, on a phone, as a browser sees it."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.models import Certificate, CoursePage, QuizAttempt
from courses.selectors import live_lessons_of
from elearning.people.models import User

# serialized_rollback puts back what the migrations created (the home page, the groups) after
# another transactional test has flushed the database.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EMAIL = "zoe.learner@example.org"
PASSWORD = "Lantern-quiet-harbour-1987"
FULL_NAME = "Zoë Łukasz-Ó Súilleabháin"
CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+")
QUESTION = re.compile(r"^\d+\. ")  # the legend of each question's fieldset: "1. Which ...?"


def open_menu(page):
    """On a phone, GOV.UK Frontend's script folds the header navigation behind a Menu button."""
    toggle = page.get_by_role("button", name="Menu")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    return page.get_by_role("navigation", name="Menu")


def answer_quiz(page, *, right: bool) -> None:
    """Answer every question of the open attempt: exactly the correct choices, or a wrong one."""
    attempt_id = int(re.search(r"/learn/attempts/(\d+)/$", page.url).group(1))
    rows = list(QuizAttempt.objects.get(pk=attempt_id).answers.all())
    expect(page.get_by_role("group", name=QUESTION)).to_have_count(len(rows))
    for number, row in enumerate(rows, 1):
        correct = [choice for choice in row.choices if choice["is_correct"]]
        wrong = [choice for choice in row.choices if not choice["is_correct"]]
        assert correct, f"Question {number} has no right answer"
        assert wrong, f"Question {number} has no wrong answer"
        question = page.get_by_role("group", name=f"{number}. {row.prompt}", exact=True)
        kind = "checkbox" if row.allows_multiple else "radio"
        for choice in correct if right else wrong[:1]:
            option = question.get_by_role(kind, name=choice["text"], exact=True)
            expect(option).to_have_attribute("name", f"answer-{row.pk}")
            expect(option).to_have_attribute("value", str(choice["id"]))
            option.check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page).to_have_url(re.compile(rf"/learn/attempts/{attempt_id}/result/$"))


def test_a_new_person_signs_up_learns_fails_retakes_and_passes(page, axe_check):
    call_command("load_demo_data", stdout=StringIO())
    course = CoursePage.objects.live().get(slug="school-staff")
    lessons = [lesson.title for lesson in live_lessons_of(course)]
    assert len(lessons) > 1

    # Home, then the call to action.
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page, "the home page")
    page.get_by_role("button", name="Create an account and start learning").click()

    # Create an account.
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.get_by_role("heading", level=1, name="Create an account")).to_be_visible()
    axe_check(page, "sign up")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    # Verification sent; the confirmation email went to the live server's (this process's) outbox.
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page, "verification sent")
    assert mail.outbox, "No confirmation email was sent"
    message = mail.outbox[-1]
    assert message.to == [EMAIL]
    link = CONFIRMATION_LINK.search(message.body).group(0)

    # Confirm the address: signed in, then asked for a profile first.
    page.goto(link)
    expect(page.get_by_role("heading", level=1, name=re.compile("confirm", re.I))).to_be_visible()
    axe_check(page, "confirm email")
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(re.compile(r"/account/profile/"))
    expect(page.get_by_role("heading", level=1, name="Tell us about yourself")).to_be_visible()
    axe_check(page, "the profile")
    page.get_by_label("Full name").fill(FULL_NAME)
    page.get_by_role("radio", name="School staff").check()
    page.get_by_label("Job role").fill("Teaching assistant")
    page.get_by_label("Which area do you work in?").select_option(label="Harrogate")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Your profile has been saved.")).to_be_visible()
    user = User.objects.get(email=EMAIL)
    assert user.full_name == FULL_NAME
    assert user.district.name == "Harrogate"

    # Find the course and start it.
    page.goto("/courses/")
    expect(page.get_by_role("heading", level=1, name="Courses")).to_be_visible()
    axe_check(page, "the courses list")
    page.get_by_role("link", name=course.title, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=course.title)).to_be_visible()
    axe_check(page, "the course page")
    page.get_by_role("button", name="Start the course").click()

    # Every lesson, in order.
    for number, title in enumerate(lessons, 1):
        expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
        expect(page.get_by_text(f"Lesson {number} of {len(lessons)}")).to_be_visible()
        axe_check(page, f"lesson {number}")
        last = number == len(lessons)
        page.get_by_role("button", name="Complete the lesson" if last else "Complete and continue").click()

    expect(page.get_by_text("You have completed every lesson. You can now take the quiz.")).to_be_visible()
    page.get_by_role("button", name="Take the quiz").click()

    # First attempt: a wrong answer to every question.
    expect(page).to_have_url(re.compile(r"/learn/attempts/\d+/$"))
    expect(page.get_by_role("heading", level=1, name="Quiz")).to_be_visible()
    axe_check(page, "the quiz")
    answer_quiz(page, right=False)
    expect(page.get_by_role("heading", level=1, name="You did not pass this time")).to_be_visible()
    axe_check(page, "the result (fail)")

    # Retake: a new paper, answered right.
    page.get_by_role("button", name="Retake the quiz").click()
    expect(page).to_have_url(re.compile(r"/learn/attempts/\d+/$"))
    expect(page.get_by_role("heading", level=1, name="Quiz")).to_be_visible()
    axe_check(page, "the quiz (retake)")
    answer_quiz(page, right=True)
    expect(page.get_by_role("heading", level=1, name="You passed")).to_be_visible()
    expect(page.get_by_text("You scored 100%")).to_be_visible()
    axe_check(page, "the result (pass)")

    # My learning, from the header navigation.
    open_menu(page).get_by_role("link", name="My learning").click()
    expect(page).to_have_url(re.compile(r"/my-learning/$"))
    expect(page.get_by_role("heading", level=1, name="My learning")).to_be_visible()
    axe_check(page, "my learning")
    completed = page.get_by_role("table", name="Completed courses")
    row = completed.get_by_role("row").filter(has=page.get_by_role("link", name=course.title, exact=True))
    expect(row).to_have_count(1)
    expect(row).to_contain_text("100%")
    expect(page.get_by_role("table", name="Courses in progress")).to_have_count(0)
    expect(page.get_by_text("You have no courses in progress.")).to_be_visible()

    # The certificate: download the PDF, then open its verification page, as a QR scan would.
    certificate = Certificate.objects.get(learner__email=EMAIL)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^Download PDF")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(f"{certificate.display_code}.pdf")
    pdf = PdfReader(download.path())
    assert certificate.display_code in pdf.pages[0].extract_text()
    page.get_by_role("link", name=certificate.display_code).click()
    expect(page).to_have_url(re.compile(rf"/verify/{certificate.display_code}/$"))
    expect(page.get_by_role("heading", level=1, name="This certificate is valid")).to_be_visible()
    expect(page.get_by_text(FULL_NAME)).to_be_visible()
    axe_check(page, "the verification page")
