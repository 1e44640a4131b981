"""The training-needs analysis report: headline findings written from the data, and what it must
never state."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from elearning.insights import selectors
from elearning.insights.filters import Filters
from elearning.insights.report import training_needs_analysis
from elearning.insights.rollups import rollups_refresh
from elearning.people.models import Sector
from tests.insights.conftest import add_crowd, at


@pytest.fixture
def refreshed(world):
    rollups_refresh(now=at(1, month=4))
    return world


def test_headlines_state_shares_resting_on_at_least_five_in_count_and_total(world):
    add_crowd(world)
    rollups_refresh(now=at(1, month=4))
    lines = training_needs_analysis(Filters()).headlines
    # 5 + 10 registered; A, B and the ten hold valid certificates on 1 April.
    assert "80% of 15 registered learners hold a valid certificate." in lines
    # A1, B2, D1 and the ten passed of 15 enrolments.
    assert f"The course with the lowest completion is {world.course.title}: 87% of 15 enrolments passed." in lines
    # Responding (q3): A1 0, B1 0, B2 1, C1 0, D1 1 and the ten right: 12 of 15.
    assert "The biggest knowledge gap by competency is Responding to a disclosure: 80% answered correctly." in lines
    # met_aims: 4, 3, 4 and ten 4s: 12 4s and one 3. The single 3 is not stated.
    assert "100% were fully satisfied that courses met their aims (92% 4s and 13 responses)." in lines


def test_headlines_never_state_a_share_that_gives_a_small_count_away(refreshed):
    lines = training_needs_analysis(Filters()).headlines
    text = " ".join(lines)
    # 2 of 5 correct, 3 of 5 passed, 2 of 5 hold a certificate, 3 satisfaction responses.
    assert "40%" not in text and "60%" not in text and "of 5 " not in text.replace("fewer than 5 of 5 ", "")
    assert "The biggest knowledge gap by competency is Responding to a disclosure." in lines
    assert not any("registered learners hold a valid certificate" in line for line in lines)
    assert not any("fully satisfied" in line for line in lines)


def pdf_text(content: bytes) -> str:
    """The words of a PDF, in reading order, on one line."""
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _download(client, fmt, **params):
    response = client.get(reverse("insights_report_download", args=[fmt]), params)
    assert response.status_code == 200
    return response.content


def test_the_report_says_which_figures_a_chosen_organisation_or_course_does_not_narrow(refreshed, analyst_client):
    text = pdf_text(_download(analyst_client, "pdf", organisation=refreshed.hotel_y.pk, course=refreshed.course.pk))
    survey = text.split("Training-needs survey", 1)[1]
    assert (
        "Note: No published survey was open in this period. "
        "Survey answers give their own sector, district and organisation kind, so the survey figures are "
        "filtered by period, area, sector and organisation kind only: they are not limited to the chosen "
        "organisation and course." in survey.split("Completions", 1)[0]
    )
    # The coverage section comes after the completions.
    assert f"Note: {selectors.COURSE_NOTE}" in text.split("Completions", 1)[1]

    workbook = load_workbook(io.BytesIO(_download(analyst_client, "xlsx", course=refreshed.course.pk)))
    summary = [tuple(value for value in row if value is not None) for row in workbook["Summary"].values]
    assert ("Coverage", selectors.COURSE_NOTE) in summary
    assert ("Training-needs survey", selectors.survey_note(Filters(course=refreshed.course.pk), None)) in summary
    sheet = list(workbook["coverage_sector"].values)
    assert sheet[1][0] == f"Note: {selectors.COURSE_NOTE}"
    assert list(workbook["responses_sector"].values)[1][0].endswith("not limited to the chosen course.")


def test_the_report_has_no_such_note_when_every_filter_applies(refreshed, analyst_client):
    text = pdf_text(_download(analyst_client, "pdf", sector=Sector.SCHOOL))
    assert "not limited to the chosen" not in text
    assert "the course filter does not apply" not in text
