"""The quality mark from both sides: a school manager completes and submits an application; an
assessor, in the Wagtail admin, asks for more information; the school resubmits; the assessor
awards; the school appears on the public register and its award verifies. Two people, two
browsers (the manager on a phone)."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from elearning.people.models import MembershipRole, OrganisationKind
from quality_mark.models import Award, Standard
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.mfa import give_totp

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "correct-horse-battery"
LEVELS = {
    "level_1_emerging": "Nothing in place yet.",
    "level_2_developing": "Some of it in place.",
    "level_3_established": "In place and known to staff.",
    "level_4_embedded": "In place, checked and improved.",
}


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def answer(page, standard: str, commentary: str, level: str | None = None):
    page.get_by_role("link", name=standard, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=standard)).to_be_visible()
    if level:
        page.get_by_label(level, exact=True).check()
    page.get_by_label("Commentary").fill(commentary)
    page.get_by_role("button", name="Save and return to the task list").click()
    expect(page.get_by_role("heading", level=1, name=re.compile("Quality mark application"))).to_be_visible()


def check_and_submit(page, axe_check, verb="Submit"):
    page.get_by_role("link", name=re.compile(r"^Check and")).click()
    expect(page.get_by_role("heading", level=1, name="Check your application")).to_be_visible()
    axe_check(page, "check your application")
    page.get_by_role("button", name=f"{verb} the application").click()


def assess(page, standard: str, level: str, comment: str = ""):
    article = page.locator("article").filter(has=page.get_by_role("heading", name=re.compile(standard)))
    article.get_by_label("Agreed level").select_option(level)
    article.get_by_label("Comment on this standard").fill(comment)
    article.get_by_role("button", name=re.compile("Save assessment")).click()
    expect(page.get_by_text(f"Saved your assessment of “{standard}”.")).to_be_visible()


def decide(page, decision: str, comment: str = ""):
    page.get_by_label(decision).check()
    if comment:
        page.get_by_label("Comment for the school").fill(comment)
    page.get_by_role("button", name="Record the decision").click()


def test_a_school_applies_is_sent_back_resubmits_and_is_awarded(
    phone_context, browser, live_server, staff_sign_in, axe_check
):
    Standard.objects.create(
        title="Leadership and policy", slug="leadership", sort_order=0, what_good_looks_like="A clear policy.", **LEVELS
    )
    Standard.objects.create(
        title="Whole-staff awareness",
        slug="whole-staff",
        sort_order=1,
        what_good_looks_like="Every member of staff is trained.",
        measure="staff_training",
        **LEVELS,
    )
    school = OrganisationFactory(name="Ashdown Primary School", kind=OrganisationKind.SCHOOL, declared_headcount=4)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER, user__full_name="Mina Manager").user
    assessor = UserFactory(full_name="Ari Assessor", email="ari@example.org")
    assessor.groups.add(Group.objects.get(name="Assessors"))
    secret = give_totp(assessor)

    # The manager starts an application and answers every standard.
    school_page = phone_context().new_page()
    sign_in(school_page, manager.email)
    school_page.goto(f"/organisations/{school.pk}/quality-mark/")
    axe_check(school_page, "the quality mark tab")
    school_page.get_by_role("button", name="Start an application").click()
    expect(school_page.get_by_role("heading", level=1, name="Quality mark application")).to_be_visible()
    axe_check(school_page, "the task list")
    answer(school_page, "Leadership and policy", "Our policy covers CSE.", level="3 Established")
    answer(school_page, "Whole-staff awareness", "Everyone trains in September.")
    check_and_submit(school_page, axe_check)
    expect(school_page.get_by_text("Submitted", exact=True).first).to_be_visible()

    # The assessor finds it in the admin queue, takes it and asks for more information.
    admin = browser.new_context(base_url=live_server.url).new_page()
    staff_sign_in(admin, assessor.email, PASSWORD, secret)
    admin.goto("/admin/quality-mark/applications/")
    admin.get_by_role("link", name="Ashdown Primary School").first.click()
    expect(admin.get_by_role("heading", name="Ashdown Primary School")).to_be_visible()
    admin.get_by_role("button", name="Start review").click()
    expect(admin.get_by_text("Review started.")).to_be_visible()
    assess(admin, "Leadership and policy", "2", "Name your deputy DSL and their training date.")
    decide(admin, re.compile("Request more information"), "Please tell us more about leadership.")
    expect(admin.get_by_text(re.compile("More information requested: Ashdown Primary School"))).to_be_visible()

    # The school reads the comments, adds to its answer and resubmits.
    school_page.goto(f"/organisations/{school.pk}/quality-mark/")
    school_page.get_by_role("link", name="Continue your application").click()
    expect(school_page.get_by_text("Please tell us more about leadership.")).to_be_visible()
    axe_check(school_page, "the application sent back")
    school_page.get_by_role("link", name="Leadership and policy", exact=True).click()
    expect(school_page.get_by_text("Name your deputy DSL and their training date.")).to_be_visible()
    school_page.get_by_label("Commentary").fill("Our policy covers CSE. Our deputy DSL, Sam Lee, trained in May.")
    school_page.get_by_role("button", name="Save and return to the task list").click()
    check_and_submit(school_page, axe_check, verb="Resubmit")
    expect(school_page.get_by_text("Resubmitted", exact=True).first).to_be_visible()

    # The assessor reviews again, agrees a level for every standard and awards.
    admin.reload()
    expect(admin.get_by_text("Resubmitted", exact=True).first).to_be_visible()
    admin.get_by_role("button", name="Start review").click()
    decide(admin, "Award the quality mark", "A clear, well-evidenced application.")
    expect(admin.get_by_text(re.compile("Agree a level for every standard before you decide"))).to_be_visible()
    assess(admin, "Leadership and policy", "3", "The deputy DSL is now named and trained.")
    assess(admin, "Whole-staff awareness", "3")
    decide(admin, "Award the quality mark", "A clear, well-evidenced application.")
    expect(admin.get_by_text("Ashdown Primary School has been awarded the quality mark.")).to_be_visible()
    award = Award.objects.get(organisation=school)

    # Anyone finds the school on the register, and its award verifies.
    visitor = phone_context().new_page()
    visitor.goto("/quality-mark/register/")
    expect(visitor.get_by_role("row").filter(has_text="Ashdown Primary School")).to_have_count(1)
    axe_check(visitor, "the register")
    visitor.goto(f"/verify/{award.display_code}/")
    expect(
        visitor.get_by_role("heading", level=1, name="Quality mark awarded to Ashdown Primary School")
    ).to_be_visible()
    expect(visitor.get_by_text("Valid", exact=True)).to_be_visible()
