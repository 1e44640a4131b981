"""An analyst limited to the South partnership sees, through every dashboard, every table's CSV and
XLSX, and the report, exactly what an unlimited analyst sees with the South partnership chosen,
under every filter: nothing from the North leaks in."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook

from elearning.insights.filters import Filters
from elearning.insights.rollups import rollups_refresh
from elearning.insights.selectors import DASHBOARDS
from elearning.people.models import MembershipRole, OrganisationKind, Sector
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.insights.conftest import at, staff_client
from tests.insights.test_figures import _survey
from tests.insights.test_report import pdf_text

NORTH_NAMES = ("Ashby", "Brook", "X School", "Y Hotel", "North partnership")


@pytest.fixture
def south_world(world, scoped_analyst):
    """The world, with a taxi firm in Crane that D works for, and survey answers in both partnerships."""
    taxis = OrganisationFactory(name="Z Taxis", kind=OrganisationKind.TAXI_OPERATOR, district=world.crane)
    MembershipFactory(organisation=taxis, user=world.learners["D"], role=MembershipRole.MEMBER)
    _survey(
        world,
        title="2026 workforce survey",
        slug="2026",
        opens=at(1).date(),
        closes=at(31).date(),
        ratings=[(Sector.SCHOOL, "ashby", 1), (Sector.HOTEL, "brook", 2), (Sector.TAXI, "crane", 3)],
    )
    rollups_refresh(now=at(1, month=4))
    world.taxis = taxis
    return world


@pytest.fixture
def reference_client(db):
    """An analyst without a scope."""
    user = UserFactory(email="ref@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name="Workforce analysts"))
    return staff_client(user)


def _filters(world) -> dict[str, dict]:
    return {
        "none": {},
        "sector": {"sector": Sector.TAXI},
        "organisation kind": {"organisation_kind": OrganisationKind.TAXI_OPERATOR},
        "organisation": {"organisation": world.taxis.pk},
        "course": {"course": world.course.pk},
        "period": {"date_from": "2026-03-01", "date_to": "2026-03-31"},
        "district": {"district": world.crane.pk},
        "partnership": {"partnership": world.south.pk},
    }


def _table_keys():
    filters = Filters()
    keys = []
    for key, (_label, dashboard) in DASHBOARDS.items():
        built = dashboard(filters)
        keys += [(key, table.key) for table in built.tables]
        if built.free_text is not None:
            keys.append((key, built.free_text.key))
    return keys


def _xlsx_values(content: bytes) -> dict:
    workbook = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.values) for sheet in workbook.worksheets}


def test_a_scoped_analyst_sees_only_their_partnership_under_every_filter(south_world, scoped_analyst, reference_client):
    scoped = staff_client(scoped_analyst)
    keys = _table_keys()
    for name, params in _filters(south_world).items():
        reference = {**params, "partnership": south_world.south.pk}
        for key in DASHBOARDS:
            page = scoped.get(reverse("insights_dashboard", args=[key]), params)
            assert page.status_code == 200, (name, key)
            html = page.content.decode()
            assert not any(north in html for north in NORTH_NAMES), (name, key)
        for key, table in keys:
            for fmt in ("csv", "xlsx"):
                url = reverse("insights_export", args=[key, table, fmt])
                mine, theirs = scoped.get(url, params), reference_client.get(url, reference)
                assert mine.status_code == theirs.status_code == 200, (name, key, table, fmt)
                if fmt == "csv":
                    assert list(csv.reader(io.StringIO(mine.content.decode()))) == list(
                        csv.reader(io.StringIO(theirs.content.decode()))
                    ), (name, key, table)
                else:
                    assert _xlsx_values(mine.content) == _xlsx_values(theirs.content), (name, key, table)
        url = reverse("insights_report_download", args=["xlsx"])
        mine, theirs = (
            _xlsx_values(scoped.get(url, params).content),
            _xlsx_values(reference_client.get(url, reference).content),
        )
        # The summary names the filters (the scope is "Partnerships", a choice "Partnership") and the time.
        assert {k: v for k, v in mine.items() if k != "Summary"} == {k: v for k, v in theirs.items() if k != "Summary"}
        headlines = mine["Summary"][mine["Summary"].index(("Headline findings", None)) :]
        assert headlines == theirs["Summary"][theirs["Summary"].index(("Headline findings", None)) :], name
        text = pdf_text(scoped.get(reverse("insights_report_download", args=["pdf"]), params).content)
        assert not any(north in text for north in NORTH_NAMES), name
        assert "Crane" in text or name in {"organisation kind", "organisation"}
