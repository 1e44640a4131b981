"""Every dashboard figure against the small world worked out by hand in conftest.world."""

import datetime
import math
import statistics

import pytest
from django.utils import timezone

from elearning.insights import selectors
from elearning.insights.filters import Filters
from elearning.insights.rollups import rollups_refresh
from elearning.people.models import OrganisationKind, Sector
from tests.factories import UserFactory
from tests.insights.conftest import TODAY, _attempt, _certificate, add_crowd, at

MARCH = datetime.date(2026, 3, 1)


@pytest.fixture
def refreshed(world):
    rollups_refresh(now=at(1, month=4))
    return world


def _rows(dashboard, key):
    return dashboard.table(key).rows


def _figure(dashboard, label):
    return dict(_rows(dashboard, "overview"))[label]


def _rate(dashboard, label):
    return {row[0]: row[1:] for row in _rows(dashboard, "rates")}[label]


def test_it_counts_the_overview(refreshed):
    overview = selectors.overview(Filters(), today=TODAY)
    assert _figure(overview, "Registered learners") == 5
    assert _figure(overview, "Active learners") == 5
    assert _figure(overview, "Enrolments") == 5
    assert _figure(overview, "Completions") == 3
    assert _figure(overview, "Quiz attempts") == 5
    # Each rate with the counts it rests on: passed, out of, share.
    assert _rate(overview, "Pass rate (attempts passed)") == [3, 5, pytest.approx(3 / 5)]
    assert _rate(overview, "First-attempt pass rate") == [2, 4, pytest.approx(2 / 4)]
    assert _rate(overview, "Average score") == [None, 5, pytest.approx((75 + 25 + 100 + 25 + 75) / 500)]
    # A and B hold valid certificates of 5 registered.
    assert _rate(overview, "Registered learners holding a valid certificate") == [2, 5, pytest.approx(2 / 5)]


def test_it_sorts_certificates_into_valid_expiring_and_expired(refreshed):
    overview = selectors.overview(Filters(), today=TODAY)
    assert _figure(overview, "Valid certificates") == 2
    assert _figure(overview, "Expiring within 30 days") == 1
    assert _figure(overview, "Expiring within 60 days") == 1
    assert _figure(overview, "Expiring within 90 days") == 1
    assert _figure(overview, "Expired certificates") == 1


def test_it_puts_one_certificate_in_each_band_and_counts_the_bands_up_to_30_60_and_90_days(world):
    # Besides A (20 April: 19 days), B (2027) and D (expired 30 March): one on each boundary and one
    # inside each later band, all held by new learners in Brook. Today is 1 April 2026.
    from courses.models import Enrolment

    for n, ahead in enumerate((0, 30, 31, 45, 60, 75, 90, 91)):
        learner = UserFactory(district=world.brook, sector=Sector.SCHOOL, date_joined=at(1, month=2))
        enrolment = Enrolment.objects.create(learner=learner, course=world.course, started_at=at(1))
        attempt = _attempt(enrolment, 1, [1, 1, 1, 1], world.questions, [world.signs] * 4, day=5)
        _certificate(attempt, expires_on=TODAY + datetime.timedelta(days=ahead), code=("E" + chr(65 + n)) * 6)
    rollups_refresh(now=at(1, month=4))
    overview = selectors.overview(Filters(), today=TODAY)
    # Expired: D and the one expiring today. Within 30: A, +30. Within 60: +31, +45, +60 as well.
    # Within 90: +75, +90 as well. Valid: everything not expired (A, B, and +30 .. +91).
    assert _figure(overview, "Expired certificates") == 2
    assert _figure(overview, "Expiring within 30 days") == 2
    assert _figure(overview, "Expiring within 60 days") == 5
    assert _figure(overview, "Expiring within 90 days") == 7
    assert _figure(overview, "Valid certificates") == 2 + 7
    # Brook alone: the eight new ones.
    brook = selectors.overview(Filters(district=world.brook.pk), today=TODAY)
    assert [_figure(brook, f"Expiring within {n} days") for n in (30, 60, 90)] == [1, 4, 6]


def test_certificates_read_a_day_after_the_refresh_say_which_day_they_are_for(refreshed):
    assert selectors.overview(Filters(), today=TODAY).notes == []
    later = selectors.overview(Filters(), today=TODAY + datetime.timedelta(days=1))
    assert later.notes == [
        "Valid, expiring and expired certificates, and coverage, are as of 1 April 2026, the day of the last refresh."
    ]
    assert _figure(later, "Expiring within 30 days") == 1


def test_it_shows_coverage_by_sector_and_district(refreshed):
    overview = selectors.overview(Filters(), today=TODAY)
    # A and B hold valid certificates on 1 April; D's has expired.
    assert _rows(overview, "coverage_sector") == [
        ["Hotel, B&B or lettings", 1, 1, 1.0],
        ["School staff", 3, 1, pytest.approx(1 / 3)],
        ["Taxi or private hire driver", 1, 0, 0.0],
    ]
    assert _rows(overview, "coverage_district") == [
        ["Ashby", 2, 2, 1.0],
        ["Brook", 2, 0, 0.0],
        ["Crane", 1, 0, 0.0],
    ]


def test_it_follows_each_enrolment_down_the_funnel(refreshed):
    funnel = selectors.funnel(Filters())
    assert _rows(funnel, "funnel") == [[refreshed.course.title, 5, 4, 2, 3, pytest.approx(3 / 5)]]
    assert _rows(funnel, "trend") == [["2026-03", 5, 3, 5, 3, pytest.approx(3 / 5)]]


def test_it_follows_a_filtered_group_down_the_funnel(refreshed):
    # School staff: A (3 lessons, passed), C (no lesson, an attempt), E (enrolled only).
    funnel = selectors.funnel(Filters(sector=Sector.SCHOOL))
    assert _rows(funnel, "funnel") == [[refreshed.course.title, 3, 2, 1, 1, pytest.approx(1 / 3)]]
    assert _rows(funnel, "trend") == [["2026-03", 3, 1, 2, 1, 0.5]]
    # Y Hotel: A and B (1 lesson, passed at the second attempt).
    hotel = selectors.funnel(Filters(organisation=refreshed.hotel_y.pk))
    assert _rows(hotel, "funnel") == [[refreshed.course.title, 2, 2, 1, 2, 1.0]]
    # South: D (3 lessons, passed).
    south = selectors.funnel(Filters(partnership=refreshed.south.pk))
    assert _rows(south, "funnel") == [[refreshed.course.title, 1, 1, 1, 1, 1.0]]
    assert _rows(selectors.funnel(Filters(date_from=datetime.date(2026, 4, 1))), "funnel") == []


def test_it_compares_confidence_for_a_filtered_group(refreshed):
    # Ashby: A (2 then 4) and B (1 then 3).
    rows = _rows(selectors.confidence(Filters(district=refreshed.ashby.pk)), "before_after")
    assert rows == [["Recognising signs", 2, 1.5, 0, 0.0, 2, 3.5, 2, 1.0]]
    # Brook: C rated 3 before and nothing after.
    rows = _rows(selectors.confidence(Filters(district=refreshed.brook.pk)), "before_after")
    assert rows == [["Recognising signs", 1, 3.0, 1, 1.0, 0, None, 0, None]]
    # Schools (organisation kind): A alone, through X School.
    rows = _rows(selectors.confidence(Filters(organisation_kind=OrganisationKind.SCHOOL)), "before_after")
    assert rows == [["Recognising signs", 1, 2.0, 0, 0.0, 1, 4.0, 1, 1.0]]


def test_it_works_out_satisfaction_for_a_filtered_group(refreshed):
    # Y Hotel: A (met_aims 4, relevant 3, useful 4) and B (3, 2, 4).
    rows = _rows(selectors.satisfaction(Filters(organisation=refreshed.hotel_y.pk)), "satisfaction")
    assert rows == [
        ["The course met its stated aims", 2, 1, 0.5, 1, 0.5, 2, 1.0],
        ["The content was relevant to me", 2, 0, 0.0, 1, 0.5, 1, 0.5],
        ["It was useful to me", 2, 2, 1.0, 0, 0.0, 2, 1.0],
    ]
    # Taxi drivers: D answered met_aims 4 only.
    rows = _rows(selectors.satisfaction(Filters(sector=Sector.TAXI)), "satisfaction")
    assert rows[0] == ["The course met its stated aims", 1, 1, 1.0, 0, 0.0, 1, 1.0]
    assert rows[1] == ["The content was relevant to me", 0, 0, None, 0, None, 0, None]


def test_it_computes_facility_and_the_discrimination_index(refreshed):
    gaps = selectors.knowledge_gaps(Filters())
    rows = {row[0]: row for row in _rows(gaps, "questions")}
    q0 = rows[refreshed.questions[0].text]
    # x (q0 correct) and y (the rest of the attempt correct) for attempts A1, B1, B2, C1, D1.
    x, y = [1, 1, 1, 0, 1], [2, 0, 3, 1, 2]
    assert q0[2:5] == [5, 4, pytest.approx(0.8)]
    # Worked by hand: cov = 0.6, Σ(x-x̄)² = 0.8, Σ(y-ȳ)² = 5.2, r = 0.6 / √4.16.
    assert q0[5] == pytest.approx(0.6 / math.sqrt(4.16))
    assert q0[5] == pytest.approx(statistics.correlation(x, y))
    q3 = rows[refreshed.questions[3].text]
    assert q3[1] == "Responding to a disclosure"
    assert q3[4] == pytest.approx(2 / 5)


def test_it_ranks_competencies_and_questions_hardest_first(refreshed):
    gaps = selectors.knowledge_gaps(Filters())
    # Recognising signs: q0-q2 = 4 + 4 + 2 correct of 15; responding: 2 of 5.
    assert _rows(gaps, "competencies") == [
        ["Responding to a disclosure", 5, 2, pytest.approx(0.4)],
        ["Recognising signs", 15, 10, pytest.approx(10 / 15)],
    ]
    facilities = [row[4] for row in _rows(gaps, "questions")]
    assert facilities == sorted(facilities)


def test_it_compares_competencies_across_sectors(refreshed):
    rows = _rows(selectors.knowledge_gaps(Filters()), "competency_sectors")
    by_key = {(row[0], row[1]): row[2:] for row in rows}
    # School staff: A1 (q0-q2: 3 right) and C1 (1 right) = 4 of 6.
    assert by_key[("Recognising signs", "School staff")] == [6, 4, pytest.approx(4 / 6)]
    assert by_key[("Responding to a disclosure", "Taxi or private hire driver")] == [1, 1, 1.0]


def test_it_compares_confidence_before_and_after(refreshed):
    rows = _rows(selectors.confidence(Filters()), "before_after")
    # Before: A 2, B 1, C 3 (one confident); after: A 4, B 3 (both confident).
    assert rows == [["Recognising signs", 3, 2.0, 1, pytest.approx(1 / 3), 2, 3.5, 2, 1.0]]


def test_it_works_out_satisfaction_shares(refreshed):
    rows = _rows(selectors.satisfaction(Filters()), "satisfaction")
    # Responses, then each share with its count: 4s, 3s, 3-4.
    assert rows[0] == ["The course met its stated aims", 3, 2, pytest.approx(2 / 3), 1, pytest.approx(1 / 3), 3, 1.0]
    assert rows[1] == ["The content was relevant to me", 2, 0, 0.0, 1, 0.5, 1, 0.5]
    assert rows[2] == ["It was useful to me", 2, 2, 1.0, 0, 0.0, 2, 1.0]


def test_it_lists_free_text_answers_without_names(world):
    add_crowd(world, 3, action="Talk to our DSL")
    free_text = selectors.satisfaction(Filters()).free_text
    # A, B and three more: five people wrote an answer.
    assert {answer["text"] for answer in free_text.answers} == {
        "Share the signs with my team",
        "=cmd|' /C calc'!A0",
        "Talk to our DSL 0",
        "Talk to our DSL 1",
        "Talk to our DSL 2",
    }
    assert set(free_text.answers[0]) == {"text", "at", "course"}
    assert not free_text.withheld and not free_text.truncated


def test_it_counts_a_learner_in_each_of_their_organisations_but_once_in_totals(refreshed):
    def enrolments(**filters):
        return _figure(selectors.overview(Filters(**filters), today=TODAY), "Enrolments")

    assert enrolments() == 5
    assert enrolments(organisation=refreshed.school_x.pk) == 1
    assert enrolments(organisation=refreshed.hotel_y.pk) == 2
    assert enrolments(organisation_kind=OrganisationKind.HOTEL) == 2
    assert enrolments(organisation_kind=OrganisationKind.SCHOOL) == 1
    gaps = selectors.knowledge_gaps(Filters(organisation=refreshed.hotel_y.pk))
    q0 = next(row for row in _rows(gaps, "questions") if row[0] == refreshed.questions[0].text)
    # A1, B1, B2: q0 right each time; rest scores 2, 0, 3.
    assert q0[2:5] == [3, 3, 1.0]


def test_it_filters_by_area_sector_course_and_period(refreshed):
    def enrolments(**filters):
        return _figure(selectors.overview(Filters(**filters), today=TODAY), "Enrolments")

    assert enrolments(partnership=refreshed.north.pk) == 4
    assert enrolments(district=refreshed.brook.pk) == 2
    assert enrolments(sector=Sector.SCHOOL) == 3
    assert enrolments(course=refreshed.course.pk) == 5
    assert enrolments(date_from=MARCH, date_to=MARCH) == 5
    assert enrolments(date_from=datetime.date(2026, 4, 1)) == 0
    assert enrolments(scope=(refreshed.south.pk,)) == 1
    assert _figure(selectors.overview(Filters(scope=(refreshed.south.pk,)), today=TODAY), "Active learners") == 1


def _survey(world, *, title, slug, opens, closes, ratings, live=True, topic="Online grooming"):
    """A survey with one response per (sector, district, rating), submitted on successive days from `opens`."""
    from elearning.insights.models import Survey, SurveyConfidence, SurveyOption, SurveyResponse

    survey = Survey.objects.create(title=title, slug=slug, opens_on=opens, closes_on=closes, live=live)
    option = SurveyOption.objects.create(survey=survey, kind="topic", label=topic)
    for n, (sector, district, rating) in enumerate(ratings):
        submitted = timezone.make_aware(datetime.datetime.combine(opens, datetime.time(12)) + datetime.timedelta(n))
        response = SurveyResponse.objects.create(
            survey=survey, submitted_at=submitted, sector=sector, district=getattr(world, district)
        )
        SurveyConfidence.objects.create(response=response, competency=world.signs, rating=rating)
        if n < 2:
            response.options.add(option)
    return survey


def test_it_reads_the_survey(refreshed):
    _survey(
        refreshed,
        title="2026 workforce survey",
        slug="2026",
        opens=datetime.date(2026, 3, 1),
        closes=datetime.date(2026, 3, 31),
        ratings=[(Sector.SCHOOL, "ashby", 1), (Sector.SCHOOL, "ashby", 3), (Sector.TAXI, "crane", 2)],
    )
    rollups_refresh(now=at(1, month=4))
    confidence = selectors.confidence(Filters())
    assert _rows(confidence, "survey_not_confident") == [["Recognising signs", 3, 2, pytest.approx(2 / 3)]]
    assert _rows(confidence, "survey_not_confident_sector") == [
        ["Recognising signs", "School staff", 2, 1, 0.5],
        ["Recognising signs", "Taxi or private hire driver", 1, 1, 1.0],
    ]
    results = selectors.survey_results(Filters())
    assert _rows(results, "responses_sector") == [["School staff", 2], ["Taxi or private hire driver", 1]]
    assert _rows(results, "responses_district") == [["Ashby", 2], ["Crane", 1]]
    assert _rows(results, "wanted") == [["Topic", "Online grooming", 2]]
    south = selectors.survey_results(Filters(scope=(refreshed.south.pk,)))
    assert _rows(south, "responses_district") == [["Crane", 1]]


def test_survey_figures_are_for_one_survey_the_latest_published_unless_another_is_chosen(refreshed):
    older = _survey(
        refreshed,
        title="2025 workforce survey",
        slug="2025",
        opens=datetime.date(2025, 3, 1),
        closes=datetime.date(2025, 3, 31),
        ratings=[(Sector.SCHOOL, "ashby", 1)] * 4,
        topic="County lines",
    )
    _survey(
        refreshed,
        title="2026 workforce survey",
        slug="2026",
        opens=datetime.date(2026, 3, 1),
        closes=datetime.date(2026, 3, 31),
        ratings=[(Sector.SCHOOL, "ashby", 4), (Sector.TAXI, "crane", 2)],
    )
    _survey(
        refreshed,
        title="Draft 2027 survey",
        slug="2027",
        opens=datetime.date(2027, 3, 1),
        closes=datetime.date(2027, 3, 31),
        ratings=[(Sector.HOTEL, "brook", 1)],
        live=False,
    )

    rollups_refresh(now=at(1, month=4))

    def results(**filters):
        dashboard = selectors.survey_results(Filters(**filters))
        return dict(dashboard.figures), _rows(dashboard, "responses_sector"), _rows(dashboard, "wanted")

    # The latest published survey, not the sum of all three (7 responses) nor the unpublished draft.
    assert results() == (
        {"Survey": "2026 workforce survey", "Responses": "2"},
        [["School staff", 1], ["Taxi or private hire driver", 1]],
        [["Topic", "Online grooming", 2]],
    )
    assert results(survey=older.pk) == (
        {"Survey": "2025 workforce survey", "Responses": "4"},
        [["School staff", 4]],
        [["Topic", "County lines", 2]],
    )
    # A period that only the 2025 survey was open in: that one by default.
    assert results(date_from=datetime.date(2025, 1, 1), date_to=datetime.date(2025, 12, 1))[0]["Survey"] == (
        "2025 workforce survey"
    )
    # A period no published survey was open in: no survey figures, and the note says why.
    empty = selectors.survey_results(Filters(date_from=datetime.date(2024, 1, 1), date_to=datetime.date(2024, 2, 1)))
    assert dict(empty.figures)["Responses"] == "0"
    assert empty.notes[0].startswith("No published survey was open in this period.")
    confidence = selectors.confidence(Filters())
    assert _rows(confidence, "survey_not_confident") == [["Recognising signs", 2, 1, 0.5]]
    assert confidence.notes[0].startswith(
        "Survey figures are from 2026 workforce survey, the latest published survey open in this period."
    )
