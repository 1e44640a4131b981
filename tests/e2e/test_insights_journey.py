"""A workforce analyst opens the knowledge-gaps dashboard in the admin, narrows it to one sector,
and downloads the training-needs analysis as a PDF."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from elearning.insights.rollups import rollups_refresh
from tests.factories import UserFactory
from tests.insights.conftest import at, build_world
from tests.mfa import give_totp

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "correct-horse-battery"


def test_an_analyst_finds_a_knowledge_gap_and_downloads_the_analysis(browser, live_server, staff_sign_in, axe_check):
    build_world()
    analyst = UserFactory(full_name="Ana Analyst", email="ana@example.org", is_staff=True)
    analyst.groups.add(Group.objects.get(name="Workforce analysts"))
    secret = give_totp(analyst)
    rollups_refresh(now=at(1, month=4))

    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    page = context.new_page()
    staff_sign_in(page, analyst.email, PASSWORD, secret)

    page.goto("/admin/")
    page.get_by_role("button", name="Insights").click()
    page.get_by_role("link", name="Knowledge gaps").click()
    expect(page.get_by_role("heading", level=1, name="Knowledge gaps")).to_be_visible()
    expect(page.get_by_role("table", name="Competencies ranked by share correct")).to_be_visible()
    expect(page.locator("#insights-chart")).to_be_visible()
    axe_check(page, "the knowledge-gaps dashboard")

    page.get_by_label("Sector").select_option(label="Taxi or private hire driver")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"sector=taxi"))
    competencies = page.get_by_role("table", name="Competencies ranked by share correct")
    # Only D answered as a taxi driver: q3 right (Responding), q0 q1 right and q2 wrong (Recognising).
    expect(competencies.get_by_role("row", name=re.compile("Recognising signs"))).to_contain_text("66.7%")
    expect(competencies.get_by_role("row", name=re.compile("Responding to a disclosure"))).to_contain_text("100.0%")
    axe_check(page, "the filtered knowledge-gaps dashboard")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="download the PDF").click()
    download = download_info.value
    assert re.fullmatch(r"training-needs-analysis-\d{4}-\d{2}-\d{2}\.pdf", download.suggested_filename)
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
    context.close()
