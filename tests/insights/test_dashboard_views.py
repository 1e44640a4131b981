"""The dashboards in the admin: who may see them, filters, exports, the report and the audit log."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from elearning.insights.rollups import rollups_refresh
from elearning.insights.selectors import DASHBOARDS
from elearning.insights.tables import suppress
from elearning.people.models import Organisation, Sector
from tests.insights.conftest import add_crowd, at, staff_client
from tests.insights.test_report import pdf_text

DASHBOARD_URLS = [reverse("insights_dashboard", args=[key]) for key in DASHBOARDS]


@pytest.fixture
def refreshed(world):
    rollups_refresh(now=at(1, month=4))
    return world


def _export(client, key, table, fmt, **params):
    return client.get(reverse("insights_export", args=[key, table, fmt]), params)


def _csv(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


@pytest.mark.parametrize("url", DASHBOARD_URLS)
def test_it_shows_every_dashboard_to_an_analyst_with_a_chart_and_a_table(refreshed, analyst_client, url):
    response = analyst_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="insights-chart-data"' in html
    assert "<caption>" in html and 'scope="col"' in html
    assert "dist/chart.umd.js" in html and "dist/insights.js" in html
    assert "<script>" not in html.split('id="insights-chart-data"')[0][-2000:]


def test_it_says_when_the_figures_were_calculated(refreshed, analyst_client):
    assert "Figures as of" in analyst_client.get(DASHBOARD_URLS[0]).content.decode()


def test_it_keeps_learners_managers_and_editors_out(refreshed, learner_client, manager_a_client, editor):
    editor_client = staff_client(editor)
    export = reverse("insights_export", args=["overview", "overview", "csv"])
    urls = [*DASHBOARD_URLS, reverse("insights_report"), reverse("insights_report_download", args=["pdf"]), export]
    for url in urls:
        for client in (learner_client, manager_a_client):
            response = client.get(url)
            assert response.status_code == 302 and "/login/" in response["Location"]
        # Wagtail answers PermissionDenied in its admin with a redirect to the dashboard and a message.
        response = editor_client.get(url)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_it_shows_the_insights_menu_to_analysts_only(refreshed, analyst_client, editor):
    assert "Knowledge gaps" in analyst_client.get("/admin/").content.decode()
    assert "Knowledge gaps" not in staff_client(editor).get("/admin/").content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"district": "999999"},
        {"partnership": "abc"},
        {"sector": "astronaut"},
        {"date_from": "2026-13-45"},
        {"date_from": "2026-05-01", "date_to": "2026-01-01"},
        {"organisation": "-1"},
        {"course": "0"},
        {"survey": "999999"},
        {"survey": "latest"},
    ],
)
def test_it_explains_bad_filters_instead_of_failing(refreshed, analyst_client, params):
    response = analyst_client.get(DASHBOARD_URLS[0], params)
    assert response.status_code == 400
    assert "There is a problem with the filters" in response.content.decode()
    assert _export(analyst_client, "overview", "overview", "csv", **params).status_code == 400
    assert analyst_client.get(reverse("insights_report_download", args=["pdf"]), params).status_code == 400


def test_each_filter_input_is_described_by_its_hint_and_its_error(refreshed, analyst_client):
    import re

    page = analyst_client.get(DASHBOARD_URLS[0], {"date_from": "2026-05-01", "date_to": "2026-01-01"}).content.decode()
    to_input = re.search(r"<input[^>]*id=\"id_date_to\"[^>]*>", page).group(0)
    described_by = re.search(r'aria-describedby="([^"]+)"', to_input).group(1).split()
    assert described_by == ["id_date_to_helptext", "id_date_to_error"]
    assert 'id="id_date_to_helptext">For example 2026-12-31.</p>' in page
    assert 'id="id_date_to_error">The end of the period must be on or after its start.' in page


def test_it_rejects_a_district_outside_the_chosen_partnership(refreshed, analyst_client):
    response = analyst_client.get(
        DASHBOARD_URLS[0], {"partnership": refreshed.north.pk, "district": refreshed.crane.pk}
    )
    assert "This district is not in the chosen partnership." in response.content.decode()


def test_it_exports_a_table_as_csv_with_small_counts_suppressed(refreshed, analyst_client):
    response = _export(analyst_client, "overview", "coverage_district", "csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = _csv(response)
    assert rows[0] == ["District", "Registered", "With a valid certificate", "Coverage (%)"]
    assert rows[1] == ["Ashby", "<5", "<5", "<5"]


def test_it_neutralises_formulas_in_exported_text(refreshed, analyst_client):
    from elearning.insights.exports import csv_safe, table_csv
    from elearning.insights.tables import TEXT, Column, Table

    table = Table("t", "T", [Column("Answer", TEXT)], rows=[["=cmd|' /C calc'!A0"], ["+1"], ["fine"]])
    assert _csv_rows(table_csv(table)) == [["Answer"], ["'=cmd|' /C calc'!A0"], ["'+1"], ["fine"]]
    assert csv_safe("@SUM(A1)") == "'@SUM(A1)"


def _csv_rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_it_exports_a_table_as_xlsx(refreshed, analyst_client):
    response = _export(analyst_client, "gaps", "competencies", "xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[1] == ("Competency", "Answers", "Correct", "Share correct (%)")
    # 2 correct of 5: 40% would give the hidden count away, so the share is hidden with it.
    assert values[2] == ("Responding to a disclosure", 5, "<5", "<5")
    assert values[3] == ("Recognising signs", 15, 10, 66.7)


def test_it_suppresses_counts_below_five():
    assert [suppress(n) for n in (0, 1, 4, 5, 120)] == ["<5", "<5", "<5", 5, 120]
    assert suppress("Ashby") == "Ashby"
    assert suppress(0.25) == 0.25


def test_it_hides_a_share_when_its_count_or_its_total_is_below_five():
    from elearning.insights.tables import COUNT, MEAN, SHARE, Column, Table

    columns = [
        Column("Group"),
        Column("Total", COUNT),
        Column("Yes", COUNT),
        Column("Yes (%)", SHARE, base=1, part=2),
        Column("Mean", MEAN, base=1),
    ]
    table = Table(
        "t",
        "T",
        columns,
        rows=[["small part", 5, 2, 0.4, 2.5], ["small total", 4, 4, 1.0, 3.0], ["both large", 20, 5, 0.25, 2.25]],
    )
    assert table.export_rows() == [
        ["small part", 5, "<5", "<5", 2.5],
        ["small total", "<5", "<5", "<5", "<5"],
        ["both large", 20, 5, 25.0, 2.25],
    ]


def test_it_exports_the_rates_with_their_counts_and_hides_rates_from_fewer_than_five(refreshed, analyst_client):
    rows = _csv(_export(analyst_client, "overview", "rates", "csv"))
    assert rows[0] == ["Figure", "Count", "Out of", "Value (%)"]
    # 3 of 5 attempts passed, 2 of 4 first attempts, 2 of 5 learners certified: all hidden. The
    # average score rests on the 5 attempts: (75 + 25 + 100 + 25 + 75) / 5.
    assert rows[1:] == [
        ["Pass rate (attempts passed)", "<5", "5", "<5"],
        ["First-attempt pass rate", "<5", "<5", "<5"],
        ["Average score", "", "5", "60.0"],
        ["Registered learners holding a valid certificate", "<5", "5", "<5"],
    ]


def test_it_records_exports_and_reports_in_the_audit_log(refreshed, analyst_client, analyst):
    _export(analyst_client, "gaps", "questions", "csv", sector=Sector.SCHOOL)
    analyst_client.get(reverse("insights_report_download", args=["xlsx"]))
    entries = ModelLogEntry.objects.filter(user=analyst).order_by("timestamp")
    assert [entry.action for entry in entries] == ["insights.export", "insights.report"]
    assert entries[0].data["table"] == "questions"
    assert entries[0].data["filters"] == {"Sector": "School staff"}


def test_it_draws_the_training_needs_analysis_as_a_pdf(world, analyst_client):
    add_crowd(world, 10, action="Talk to our DSL")
    rollups_refresh(now=at(1, month=4))
    response = analyst_client.get(reverse("insights_report_download", args=["pdf"]), {"partnership": world.north.pk})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert 'filename="training-needs-analysis-' in response["Content-Disposition"]
    text = pdf_text(response.content)
    assert "Partnership North partnership" in text
    # North: A, B, C, E and the ten. Certificates held by A, B and the ten: 12 of 14.
    headlines = text.split("Headline findings", 1)[1].split("Knowledge gaps", 1)[0]
    assert "86% of 14 registered learners hold a valid certificate." in headlines
    assert "The biggest knowledge gap by competency is Responding to a disclosure: 79% answered correctly." in headlines
    appendix = text.split("Appendix: free-text answers", 1)[1]
    assert "Mar 2026 Share the signs with my team" in appendix
    assert "Mar 2026 Talk to our DSL 9" in appendix


def test_it_writes_headline_findings_from_the_data(refreshed):
    from elearning.insights.filters import Filters
    from elearning.insights.report import training_needs_analysis

    analysis = training_needs_analysis(Filters())
    text = " ".join(analysis.headlines)
    # 2 of 5 answered correctly and 3 of 5 passed: a share would give the small count away.
    assert "The biggest knowledge gap by competency is Responding to a disclosure." in text
    assert (
        f"The course with the lowest completion is {refreshed.course.title}: fewer than 5 of 5 enrolments passed."
        in text
    )
    assert "hardest question" in text
    assert "%" not in text


def test_it_writes_the_report_as_an_xlsx_workbook(world, analyst_client):
    add_crowd(world, 3, action="Talk to our DSL")
    rollups_refresh(now=at(1, month=4))
    refreshed = world
    response = analyst_client.get(reverse("insights_report_download", args=["xlsx"]))
    workbook = load_workbook(io.BytesIO(response.content))
    assert {"Summary", "questions", "before_after", "satisfaction", "wanted", "funnel", "Free text"} <= set(
        workbook.sheetnames
    )
    summary = [row[0] for row in workbook["Summary"].values]
    assert "Headline findings" in summary
    free_text = list(workbook["Free text"].values)
    assert ("Course evaluation", refreshed.course.title, "2026-03", "'=cmd|' /C calc'!A0") in free_text


def _organisation_select(page: str) -> str:
    start = page.rindex("<select", 0, page.index('id="id_organisation"'))
    return page[start : page.index("</select>", start) + len("</select>")]


def test_the_organisation_filter_lists_approved_organisations_by_name_and_keeps_the_choice(refreshed, analyst_client):
    from elearning.people.models import OrganisationStatus
    from tests.factories import OrganisationFactory

    odd = OrganisationFactory(name='A <b>"Bold"</b> & Co', district=refreshed.ashby)
    OrganisationFactory(name="Pending Place", district=refreshed.ashby, status=OrganisationStatus.PENDING)
    select = _organisation_select(analyst_client.get(DASHBOARD_URLS[0]).content.decode())
    assert 'name="organisation"' in select and 'class="w-field__input"' in select
    assert select.count("<option") == 1 + Organisation.objects.filter(status=OrganisationStatus.APPROVED).count()
    assert '<option value="" selected>All</option>' in select  # nothing chosen: "All"
    assert f'<option value="{odd.pk}">A &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; Co</option>' in select
    assert "Pending Place" not in select and "<b>" not in select
    assert select.index("A &lt;b&gt;") < select.index("X School") < select.index("Y Hotel")

    chosen = analyst_client.get(DASHBOARD_URLS[0], {"organisation": refreshed.hotel_y.pk})
    select = _organisation_select(chosen.content.decode())
    assert f'<option value="{refreshed.hotel_y.pk}" selected>Y Hotel</option>' in select
    assert select.count(" selected") == 1


def test_the_organisation_filter_reads_the_names_when_drawn_and_keeps_none(refreshed, analyst):
    # A list kept on the form would live until the cycle collector ran: 0.8 MB a request nationally.
    from elearning.insights.filters import InsightsFilterForm
    from tests.factories import OrganisationFactory

    form = InsightsFilterForm({}, user=analyst)
    assert "Zed Late Arrival" not in str(form["organisation"])
    OrganisationFactory(name="Zed Late Arrival", district=refreshed.ashby)
    assert "Zed Late Arrival" in str(form["organisation"])


def test_it_keeps_a_scoped_analyst_inside_their_partnership(refreshed, scoped_analyst):
    client = staff_client(scoped_analyst)
    page = client.get(DASHBOARD_URLS[0]).content.decode()
    assert "Crane" in page and "Ashby" not in page and "Brook" not in page
    for params in (
        {"partnership": refreshed.north.pk},
        {"district": refreshed.ashby.pk},
        {"organisation": refreshed.hotel_y.pk},
    ):
        assert client.get(DASHBOARD_URLS[0], params).status_code == 400
        assert _export(client, "overview", "overview", "csv", **params).status_code == 400
        assert client.get(reverse("insights_report_download", args=["xlsx"]), params).status_code == 400
    rows = _csv(_export(client, "overview", "coverage_district", "csv"))
    assert [row[0] for row in rows[1:]] == ["Crane"]
    enrolments = dict(_csv(_export(client, "overview", "overview", "csv"))[1:])["Enrolments"]
    assert enrolments == "<5"
    report = load_workbook(io.BytesIO(client.get(reverse("insights_report_download", args=["xlsx"])).content))
    free_text = list(report["Free text"].values)
    assert all("Share the signs" not in str(row) for row in free_text)


def test_only_superusers_edit_analyst_scopes(refreshed, analyst, analyst_client, superuser):
    url = reverse("analyst_scopes:add")
    assert analyst_client.get(url).status_code == 302
    client = staff_client(superuser)
    assert client.get(url).status_code == 200
    response = client.post(url, {"user": analyst.pk, "partnerships": [refreshed.south.pk]})
    assert response.status_code == 302
    page = analyst_client.get(DASHBOARD_URLS[0]).content.decode()
    assert "Crane" in page and "Ashby" not in page
