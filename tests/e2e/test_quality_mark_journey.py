"""The quality mark from both sides, as people do it in browsers: a school manager (on a phone)
answers every standard, sees the training figure the platform measures, uploads a policy as
evidence and submits; an assessor, in the Wagtail admin, takes the application, agrees a level and
asks for more information; the school resubmits; the assessor agrees a level for every standard
and awards. Then anyone finds the school on the public register with its search, the manager
downloads the award certificate from the school's page, and the verification address printed in
it says the award is valid."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader, PdfWriter

from elearning.people.models import MembershipRole, OrganisationKind
from quality_mark import services
from quality_mark.models import Award, EvidenceFile, Standard
from tests.courses.organisation_data import certify
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course
from tests.mfa import give_totp

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "correct-horse-battery"
LEVELS = {
    "level_1_emerging": "Nothing in place yet.",
    "level_2_developing": "Some of it in place.",
    "level_3_established": "In place and known to staff.",
    "level_4_embedded": "In place, checked and improved.",
}


def policy_pdf() -> bytes:
    """A one-page PDF, as a school's scanned policy would be."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def open_standard(page, standard: str):
    page.get_by_role("link", name=standard, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=standard)).to_be_visible()


def answer(page, commentary: str, level: str | None = None):
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


def decide(page, decision, comment: str = ""):
    page.get_by_label(decision).check()
    if comment:
        page.get_by_label("Comment for the school").fill(comment)
    page.get_by_role("button", name="Record the decision").click()


def an_awarded_school(name, standards, assessor):
    """Another school already on the register (through the services), so a search has something
    to leave out."""
    school = OrganisationFactory(name=name, kind=OrganisationKind.SCHOOL, declared_headcount=10)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER).user
    application = services.application_start(organisation=school, user=manager)
    for section in application.sections.all():
        services.section_save(section=section, user=manager, self_level=3, commentary="What we do.")
    services.application_submit(application=application, user=manager)
    services.application_review_start(application=application, user=assessor)
    for section in application.sections.all():
        services.section_assess(section=section, user=assessor, agreed_level=3, comment="")
    services.application_award(application=application, user=assessor)


def search_register(page, text: str):
    page.get_by_label("Search by school name or district").fill(text)
    page.get_by_role("button", name="Search").click()


def test_a_school_applies_is_sent_back_resubmits_is_awarded_and_its_certificate_verifies(
    phone_context, browser, live_server, staff_sign_in, axe_check, settings, tmp_path
):
    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "evidence"
    staff_course = make_course(slug="school-staff")
    standards = [
        Standard.objects.create(
            title="Leadership and policy",
            slug="leadership",
            sort_order=0,
            what_good_looks_like="A clear policy.",
            evidence_expected="The child protection policy.",
            **LEVELS,
        ),
        Standard.objects.create(
            title="Whole-staff awareness",
            slug="whole-staff",
            sort_order=1,
            what_good_looks_like="Every member of staff is trained.",
            measure="staff_training",
            measure_course=staff_course,
            measure_target_percent=75,
            **LEVELS,
        ),
    ]
    school = OrganisationFactory(name="Ashdown Primary School", kind=OrganisationKind.SCHOOL, declared_headcount=4)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER, user__full_name="Mina Manager").user
    today = timezone.localdate()
    for n in range(3):  # three of the four staff hold a valid certificate for the staff course
        member = MembershipFactory(organisation=school, role=MembershipRole.MEMBER, user__full_name=f"Staff {n}").user
        certify(member, staff_course, issued_on=today - timedelta(days=30), expires_on=today + timedelta(days=335))
    assessor = UserFactory(full_name="Ari Assessor", email="ari@example.org")
    assessor.groups.add(Group.objects.get(name="Assessors"))
    secret = give_totp(assessor)
    an_awarded_school("Beckside Academy", standards, assessor)

    # The manager starts an application, answers every standard and uploads the policy.
    school_page = phone_context().new_page()
    sign_in(school_page, manager.email)
    school_page.goto(f"/organisations/{school.pk}/quality-mark/")
    axe_check(school_page, "the quality mark tab")
    school_page.get_by_role("button", name="Start an application").click()
    expect(school_page.get_by_role("heading", level=1, name="Quality mark application")).to_be_visible()
    axe_check(school_page, "the task list")
    open_standard(school_page, "Leadership and policy")
    school_page.get_by_label("Upload a file").set_input_files(
        files=[{"name": "child-protection-policy.pdf", "mimeType": "application/pdf", "buffer": policy_pdf()}]
    )
    school_page.get_by_role("button", name="Upload", exact=True).click()
    expect(school_page.get_by_text("Uploaded child-protection-policy.pdf.")).to_be_visible()
    expect(school_page.get_by_role("link", name="child-protection-policy.pdf")).to_be_visible()
    axe_check(school_page, "a standard with its evidence")
    answer(school_page, "Our policy covers CSE.", level="3 Established")
    open_standard(school_page, "Whole-staff awareness")
    expect(school_page.get_by_text(re.compile(r"Today 75% of your declared headcount"))).to_be_visible()
    expect(school_page.get_by_text(re.compile(r"3 of 4 staff\."))).to_be_visible()
    expect(school_page.get_by_text("Meets the benchmark")).to_be_visible()
    answer(school_page, "Everyone trains in September.")
    check_and_submit(school_page, axe_check)
    expect(school_page.get_by_text("Submitted", exact=True).first).to_be_visible()
    assert EvidenceFile.objects.get().original_name == "child-protection-policy.pdf"

    # The assessor finds it in the admin queue, takes it, agrees one level and asks for more.
    admin = browser.new_context(base_url=live_server.url).new_page()
    staff_sign_in(admin, assessor.email, PASSWORD, secret)
    admin.goto("/admin/quality-mark/applications/")
    admin.get_by_role("link", name="Ashdown Primary School").first.click()
    expect(admin.get_by_role("heading", name="Ashdown Primary School")).to_be_visible()
    admin.get_by_role("button", name="Start review").click()
    expect(admin.get_by_text("Review started.")).to_be_visible()
    expect(admin.get_by_text(re.compile(r"75%: 3 of 4 staff held a valid certificate"))).to_be_visible()
    expect(admin.get_by_role("link", name="child-protection-policy.pdf")).to_be_visible()
    assess(admin, "Leadership and policy", "2", "Name your deputy DSL and their training date.")
    decide(admin, re.compile("Request more information"), "Please tell us more about leadership.")
    expect(admin.get_by_text(re.compile("More information requested: Ashdown Primary School"))).to_be_visible()

    # The school reads the comments, adds to its answer and resubmits.
    school_page.goto(f"/organisations/{school.pk}/quality-mark/")
    school_page.get_by_role("link", name="Continue your application").click()
    expect(school_page.get_by_text("Please tell us more about leadership.")).to_be_visible()
    axe_check(school_page, "the application sent back")
    open_standard(school_page, "Leadership and policy")
    expect(school_page.get_by_text("Name your deputy DSL and their training date.")).to_be_visible()
    answer(school_page, "Our policy covers CSE. Our deputy DSL, Sam Lee, trained in May.")
    check_and_submit(school_page, axe_check, verb="Resubmit")
    expect(school_page.get_by_text("Resubmitted", exact=True).first).to_be_visible()

    # The assessor reviews again: a decision waits for an agreed level on every standard.
    admin.reload()
    expect(admin.get_by_text("Resubmitted", exact=True).first).to_be_visible()
    admin.get_by_role("button", name="Start review").click()
    decide(admin, "Award the quality mark", "A clear, well-evidenced application.")
    expect(
        admin.get_by_text("Agree a level for every standard before you decide. Still without an agreed level: ")
    ).to_be_visible()
    assess(admin, "Leadership and policy", "3", "The deputy DSL is named and trained.")
    assess(admin, "Whole-staff awareness", "3")
    decide(admin, "Award the quality mark", "A clear, well-evidenced application.")
    expect(admin.get_by_text("Ashdown Primary School has been awarded the quality mark.")).to_be_visible()
    award = Award.objects.get(organisation=school)

    # Anyone finds the school on the register, and its search finds it by name.
    visitor = phone_context().new_page()
    visitor.goto("/quality-mark/register/")
    expect(visitor.get_by_role("row").filter(has_text="Ashdown Primary School")).to_have_count(1)
    expect(visitor.get_by_role("row").filter(has_text="Beckside Academy")).to_have_count(1)
    axe_check(visitor, "the register")
    search_register(visitor, "ashdown")
    expect(visitor.get_by_text("1 school matching “ashdown”")).to_be_visible()
    expect(visitor.get_by_role("row").filter(has_text="Ashdown Primary School")).to_have_count(1)
    expect(visitor.get_by_role("row").filter(has_text="Beckside Academy")).to_have_count(0)

    # The manager downloads the award certificate from the school's page...
    school_page.goto(f"/organisations/{school.pk}/quality-mark/")
    expect(school_page.get_by_text("Quality mark awarded")).to_be_visible()
    with school_page.expect_download() as downloading:
        school_page.get_by_role("link", name="Download your award certificate (PDF)").click()
    certificate = downloading.value
    assert certificate.suggested_filename.endswith(".pdf")
    text = "".join(page.extract_text() for page in PdfReader(certificate.path()).pages)

    # ...and the verification address printed in it says the award is valid.
    printed = re.search(r"Check this award at\s+(\S+)", text)
    assert printed, text
    verify_url = printed.group(1)
    assert verify_url == f"{live_server.url}/verify/{award.display_code}/"
    assert award.display_code in text
    visitor.goto(verify_url)
    expect(
        visitor.get_by_role("heading", level=1, name="Quality mark awarded to Ashdown Primary School")
    ).to_be_visible()
    expect(visitor.get_by_text("Valid", exact=True)).to_be_visible()
