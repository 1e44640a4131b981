"""A manager invites a member; the member joins and completes the course; the manager's training
dashboard shows them as trained. Two people, two phones."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from courses.models import RequiredCourse
from courses.selectors import live_lessons_of
from elearning.people.models import MembershipRole, OrganisationKind
from tests.courses.helpers import right_answers
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "correct-horse-battery"
INVITE_LINK = re.compile(r"https?://\S+/organisations/join/invite/\S+/")


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_a_manager_invites_a_member_who_trains_and_shows_as_trained(phone_context, axe_check):
    course = make_course(slug="school-staff", lessons=2, questions=3)
    school = OrganisationFactory(name="Ashdown Primary School", kind=OrganisationKind.SCHOOL, declared_headcount=2)
    RequiredCourse.objects.create(kind=OrganisationKind.SCHOOL, course=course)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER, user__full_name="Mina Manager").user
    member = UserFactory(email="tom.teacher@example.org", full_name="Tom Teacher")

    # The manager invites Tom by email.
    manager_page = phone_context().new_page()
    sign_in(manager_page, manager.email)
    manager_page.goto(f"/organisations/{school.pk}/members/")
    axe_check(manager_page, "the members tab")
    manager_page.get_by_label("Email address").fill(member.email)
    manager_page.get_by_role("button", name="Send invitation").click()
    expect(manager_page.get_by_text(member.email).first).to_be_visible()
    # The email links to the site's configured address; the test server lives elsewhere.
    link = re.sub(r"^https?://[^/]+", "", INVITE_LINK.search(mail.outbox[-1].body).group(0))

    # Tom accepts, then takes the course.
    member_page = phone_context().new_page()
    sign_in(member_page, member.email)
    member_page.goto(link)
    axe_check(member_page, "the invitation")
    member_page.get_by_role("button", name="Accept invitation").click()
    expect(member_page.get_by_text("Ashdown Primary School").first).to_be_visible()
    member_page.goto(course.url)
    member_page.get_by_role("button", name="Start the course").click()
    for _ in live_lessons_of(course):
        member_page.get_by_role("button", name=re.compile(r"^Complete")).click()
    member_page.get_by_role("button", name="Take the quiz").click()
    expect(member_page).to_have_url(re.compile(r"/learn/attempts/\d+/$"))
    from courses.models import QuizAttempt

    attempt = QuizAttempt.objects.get(enrolment__learner=member)
    for row_id, choices in right_answers(attempt).items():
        for choice in choices:
            member_page.locator(f'input[name="answer-{row_id}"][value="{choice}"]').check()
    member_page.get_by_role("button", name="Submit answers").click()
    expect(member_page.get_by_role("heading", level=1, name="You passed")).to_be_visible()

    # The manager's training tab shows Tom as trained, and coverage counts him.
    manager_page.goto(f"/organisations/{school.pk}/training/")
    expect(manager_page.get_by_role("heading", level=1, name="Training")).to_be_visible()
    axe_check(manager_page, "the training tab")
    tom = manager_page.get_by_role("row").filter(has_text="Tom Teacher")
    expect(tom).to_have_count(1)
    expect(tom).to_contain_text("Completed")
    mina = manager_page.get_by_role("row").filter(has_text="Mina Manager")
    expect(mina).not_to_contain_text("Completed")
