"""Two refreshes at once must leave the figures a single refresh leaves. Locking is only real on
PostgreSQL, so the race runs there (CI runs the suite on PostgreSQL); SQLite serialises writes."""

import datetime

import pytest
from django.db import connection
from django.db.models import Sum

from elearning.insights import selectors
from elearning.insights.filters import Filters
from elearning.insights.models import FunnelRollup, LearningRollup
from elearning.insights.rollups import rollups_refresh
from tests.courses.test_races import run_together
from tests.insights.conftest import TODAY, at
from tests.insights.test_rollups import assert_rollups_match_records

pytestmark = [
    pytest.mark.postgres,
    # serialized_rollback restores what the migrations created (the home page, groups) after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL"),
]


def test_two_refreshes_at_once_leave_the_figures_of_one(world):
    results, errors = run_together(
        lambda: rollups_refresh(now=at(1, month=4)),
        lambda: rollups_refresh(now=at(1, month=4)),
        lambda: rollups_refresh(since=datetime.date(2026, 3, 1), now=at(1, month=4)),
    )
    assert errors == []
    assert len(results) == 3
    assert_rollups_match_records()
    assert FunnelRollup.objects.aggregate(n=Sum("enrolled"))["n"] == 5
    assert LearningRollup.objects.aggregate(n=Sum("attempts"))["n"] == 5
    overview = dict(selectors.overview(Filters(), today=TODAY).table("overview").rows)
    assert overview["Enrolments"] == 5
    assert overview["Registered learners"] == 5
