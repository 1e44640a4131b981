"""The site for people who use a keyboard, and for browsers that run no JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import UserFactory, make_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_skip_link_is_the_first_stop_for_a_keyboard_user(page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()  # GOV.UK shows it only while it has focus

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/#main-content$"))
    expect(page.locator("#main-content")).to_be_focused()


def test_a_learner_without_javascript_signs_in_starts_a_course_and_opens_the_quiz(phone_context):
    learner = UserFactory(full_name="Nia No-Script", email="nia@example.org")
    course = make_course(lessons=2)
    page = phone_context(java_script_enabled=False).new_page()

    # Sign in through the real form.
    page.goto("/accounts/login/")
    expect(page.locator("body")).not_to_have_class(re.compile(r"\bjs-enabled\b"))
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password", exact=True).fill("correct-horse-battery")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/my-learning/$"))

    # Without the script the header navigation is never folded away behind a Menu button.
    menu = page.get_by_role("navigation", name="Menu")
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(menu.get_by_role("link", name="My learning")).to_be_visible()

    # Start the course and complete its lessons: plain forms that post and redirect.
    menu.get_by_role("link", name="Courses").click()
    page.get_by_role("link", name=course.title, exact=True).click()
    page.get_by_role("button", name="Start the course").click()
    expect(page.get_by_role("heading", level=1, name="Lesson 1")).to_be_visible()
    page.get_by_role("button", name="Complete and continue").click()
    expect(page.get_by_role("heading", level=1, name="Lesson 2")).to_be_visible()
    page.get_by_role("button", name="Complete the lesson").click()

    # Open the quiz.
    expect(page.get_by_role("heading", level=1, name=course.title)).to_be_visible()
    expect(page.get_by_text("You have completed 2 of 2 lessons")).to_be_visible()
    page.get_by_role("button", name="Take the quiz").click()
    expect(page).to_have_url(re.compile(r"/learn/attempts/\d+/$"))
    expect(page.get_by_role("heading", level=1, name="Quiz")).to_be_visible()
    expect(page.get_by_role("group", name=re.compile(r"^\d+\. "))).to_have_count(4)
    expect(page.get_by_role("radio").first).to_be_enabled()
    expect(page.get_by_role("button", name="Submit answers")).to_be_visible()
