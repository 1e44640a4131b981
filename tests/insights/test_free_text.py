"""Free-text answers: listed without names, downloadable as CSV and XLSX, months in local time,
withheld for a group of fewer than 5 writers, and never cut short without saying so."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import CourseEvaluation
from elearning.insights import selectors
from elearning.insights.filters import Filters
from elearning.insights.models import Survey, SurveyResponse
from elearning.insights.rollups import rollups_refresh
from elearning.people.models import Sector
from tests.insights.conftest import add_crowd, at
from tests.insights.test_report import pdf_text

WITHHELD = "Fewer than 5 people wrote an answer for these filters, so their answers are not shown"


@pytest.fixture
def crowd(world):
    """A and B's answers and three more: five writers."""
    add_crowd(world, 3, action="Talk to our DSL")
    rollups_refresh(now=at(1, month=4))
    return world


def _csv(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def _export(client, key, table, fmt, **params):
    return client.get(reverse("insights_export", args=[key, table, fmt]), params)


def test_the_answers_download_as_csv_and_xlsx_without_names(crowd, analyst_client):
    rows = _csv(_export(analyst_client, "satisfaction", "free_text", "csv"))
    assert rows[0] == ["Course", "Month", "Answer"]
    assert sorted(row[2] for row in rows[1:]) == [
        "'=cmd|' /C calc'!A0",  # neutralised: a spreadsheet would run it
        "Share the signs with my team",
        "Talk to our DSL 0",
        "Talk to our DSL 1",
        "Talk to our DSL 2",
    ]
    assert {tuple(row[:2]) for row in rows[1:]} == {(crowd.course.title, "2026-03")}
    sheet = load_workbook(io.BytesIO(_export(analyst_client, "satisfaction", "free_text", "xlsx").content)).active
    values = list(sheet.values)
    assert values[0][0] == '"What will you do as a result?" (course evaluations)'
    assert values[1] == ("Course", "Month", "Answer")
    assert len(values) == 2 + 5


def test_months_are_local_in_every_format(crowd, analyst_client):
    # 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (summer time).
    late = timezone.make_aware(datetime.datetime(2026, 3, 31, 23, 30), datetime.UTC)
    CourseEvaluation.objects.filter(action="Talk to our DSL 0").update(after_at=late)
    rows = _csv(_export(analyst_client, "satisfaction", "free_text", "csv"))
    assert ["2026-04", "Talk to our DSL 0"] in [row[1:] for row in rows]
    report = load_workbook(io.BytesIO(analyst_client.get(reverse("insights_report_download", args=["xlsx"])).content))
    assert ("Course evaluation", crowd.course.title, "2026-04", "Talk to our DSL 0") in list(report["Free text"].values)
    text = pdf_text(analyst_client.get(reverse("insights_report_download", args=["pdf"])).content)
    assert "Apr 2026 Talk to our DSL 0" in text


def test_answers_from_fewer_than_five_people_are_withheld_with_a_note(refreshed_world, analyst_client):
    # Only A and B wrote an answer.
    free_text = selectors.satisfaction(Filters()).free_text
    assert free_text.withheld and free_text.answers == []
    page = analyst_client.get(reverse("insights_dashboard", args=["satisfaction"])).content.decode()
    assert WITHHELD in page
    assert "Share the signs with my team" not in page
    assert _csv(_export(analyst_client, "satisfaction", "free_text", "csv")) == [["Course", "Month", "Answer"]]
    report = analyst_client.get(reverse("insights_report_download", args=["xlsx"]))
    free_text_sheet = list(load_workbook(io.BytesIO(report.content))["Free text"].values)
    assert any(WITHHELD in str(row[3]) for row in free_text_sheet)
    assert all("Share the signs" not in str(row) for row in free_text_sheet)
    text = pdf_text(analyst_client.get(reverse("insights_report_download", args=["pdf"])).content)
    assert WITHHELD in text and "Share the signs" not in text


def test_a_filter_that_narrows_the_writers_below_five_withholds_them(crowd):
    assert not selectors.satisfaction(Filters()).free_text.withheld
    # Hotel staff: only B.
    assert selectors.satisfaction(Filters(sector=Sector.HOTEL)).free_text.withheld


def test_survey_comments_from_fewer_than_five_respondents_are_withheld(refreshed_world):
    survey = Survey.objects.create(
        title="2026 survey",
        slug="s",
        opens_on=datetime.date(2026, 3, 1),
        closes_on=datetime.date(2026, 3, 31),
        live=True,
    )
    for n in range(4):
        SurveyResponse.objects.create(
            survey=survey, submitted_at=at(10 + n), sector=Sector.SCHOOL, comments=f"More {n}"
        )
    assert selectors.survey_results(Filters()).free_text.withheld
    SurveyResponse.objects.create(survey=survey, submitted_at=at(20), sector=Sector.SCHOOL, comments="More 4")
    comments = selectors.survey_results(Filters()).free_text
    assert not comments.withheld
    assert [answer["text"] for answer in comments.answers] == ["More 4", "More 3", "More 2", "More 1", "More 0"]


def test_the_appendix_says_when_it_shows_only_the_newest_answers(crowd, analyst_client, monkeypatch):
    monkeypatch.setattr(selectors, "FREE_TEXT_LIMIT", 3)
    free_text = selectors.satisfaction(Filters()).free_text
    assert free_text.truncated and len(free_text.answers) == 3
    note = "Only the newest 3 answers are shown: there are more for these filters."
    assert note in free_text.note
    assert note in analyst_client.get(reverse("insights_dashboard", args=["satisfaction"])).content.decode()
    text = pdf_text(analyst_client.get(reverse("insights_report_download", args=["pdf"])).content)
    assert note in text
    report = load_workbook(io.BytesIO(analyst_client.get(reverse("insights_report_download", args=["xlsx"])).content))
    assert ("Course evaluation", None, None, f"Note: {free_text.note}") in list(report["Free text"].values)
    # Under the limit, nothing is said.
    monkeypatch.setattr(selectors, "FREE_TEXT_LIMIT", 5)
    assert selectors.satisfaction(Filters()).free_text.note == ""


@pytest.fixture
def refreshed_world(world):
    rollups_refresh(now=at(1, month=4))
    return world
