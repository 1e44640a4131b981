"""The state machine: every legal move works, every illegal one raises IllegalTransition and
changes nothing."""

from datetime import UTC, date, datetime, timedelta

import pytest
from wagtail.models import ModelLogEntry

from quality_mark import services
from quality_mark.errors import (
    AssessmentIncomplete,
    IllegalTransition,
    IncompleteApplication,
    NotAssignedAssessor,
    QualityMarkError,
)
from quality_mark.models import Application, ApplicationEvent, Award, AwardReminder, QualityMarkSettings
from quality_mark.selectors import current_award
from tests.quality_mark.helpers import assess_all, fill, in_status, start, submitted, under_review

pytestmark = pytest.mark.django_db

STATUSES = [
    "draft",
    "submitted",
    "under_review",
    "more_information",
    "resubmitted",
    "awarded",
    "not_awarded",
    "expired",
]


def _actions(manager, assessor):
    return {
        "submit": lambda application: services.application_submit(application=application, user=manager),
        "review_start": lambda application: services.application_review_start(application=application, user=assessor),
        "request_information": lambda application: services.application_request_information(
            application=application, user=assessor, comment="More please."
        ),
        "award": lambda application: services.application_award(application=application, user=assessor, comment="Yes"),
        "not_award": lambda application: services.application_not_award(
            application=application, user=assessor, comment="Not yet."
        ),
    }


LEGAL = {
    ("draft", "submit"): "submitted",
    ("more_information", "submit"): "resubmitted",
    ("submitted", "review_start"): "under_review",
    ("resubmitted", "review_start"): "under_review",
    ("under_review", "request_information"): "more_information",
    ("under_review", "award"): "awarded",
    ("under_review", "not_award"): "not_awarded",
}


@pytest.mark.parametrize(("status", "action"), list(LEGAL))
def test_it_makes_every_legal_transition(status, action, school, manager_a, assessor, standards):
    application = in_status(status, school, manager_a, assessor)
    if action in ("award", "not_award"):
        assess_all(application, assessor)
    events_before = application.events.count()
    _actions(manager_a, assessor)[action](application)
    application.refresh_from_db()
    assert application.status == LEGAL[(status, action)]
    event = application.events.order_by("-at", "-pk").first()
    assert application.events.count() == events_before + 1
    assert (event.from_status, event.to_status) == (status, LEGAL[(status, action)])
    assert ModelLogEntry.objects.filter(
        object_id=str(application.pk), action__startswith="quality_mark.application."
    ).exists()


ILLEGAL = [
    (status, action)
    for status in STATUSES
    for action in ["submit", "review_start", "request_information", "award", "not_award"]
    if (status, action) not in LEGAL
]


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_it_refuses_every_illegal_transition_and_changes_nothing(
    status, action, school, manager_a, assessor, standards
):
    application = in_status(status, school, manager_a, assessor)
    application.refresh_from_db()
    before = Application.objects.filter(pk=application.pk).values().get()
    events = ApplicationEvent.objects.count()
    awards = Award.objects.count()
    with pytest.raises(IllegalTransition):
        _actions(manager_a, assessor)[action](application)
    assert Application.objects.filter(pk=application.pk).values().get() == before
    assert ApplicationEvent.objects.count() == events
    assert Award.objects.count() == awards


def test_it_lets_the_application_round_trip_through_more_information(school, manager_a, assessor, standards):
    application = under_review(school, manager_a, assessor)
    services.application_request_information(application=application, user=assessor, comment="Tell us about Year 8.")
    section = application.sections.first()
    section.application = application
    services.section_save(section=section, user=manager_a, self_level=4, commentary="Year 8 lessons every term.")
    services.application_submit(application=application, user=manager_a)
    services.application_review_start(application=application, user=assessor)
    assess_all(application, assessor)
    award = services.application_award(application=application, user=assessor, comment="Well done.")
    assert application.status == "awarded"
    assert award.expires_on.year == award.awarded_on.year + 3
    steps = list(application.events.order_by("at", "pk").values_list("action", flat=True))
    assert steps == [
        "start",
        "submit",
        "review_start",
        "request_information",
        "resubmit",
        "review_start",
        *["assess"] * len(standards),
        "award",
    ]


def test_it_refuses_a_second_submit_of_the_same_application(school, manager_a, assessor, standards):
    application = submitted(school, manager_a)
    with pytest.raises(IllegalTransition, match="Only a draft can be submitted"):
        services.application_submit(application=application, user=manager_a)
    assert application.events.filter(action="submit").count() == 1


def test_it_refuses_to_submit_with_the_list_of_what_is_missing(school, manager_a, standards):
    application = start(school, manager_a)
    with pytest.raises(IncompleteApplication) as refusal:
        services.application_submit(application=application, user=manager_a)
    texts = [item.text for item in refusal.value.missing]
    assert "Leadership and policy: choose the level you have reached" in texts
    assert "Curriculum: write a commentary" in texts
    assert not any("Whole-staff awareness: choose" in text for text in texts)  # measured: no level needed
    application.refresh_from_db()
    assert application.status == "draft"


def test_it_refuses_edits_once_submitted(school, manager_a, standards):
    application = submitted(school, manager_a)
    section = application.sections.first()
    section.application = application
    with pytest.raises(IllegalTransition):
        services.section_save(section=section, user=manager_a, self_level=1, commentary="Changed")
    section.refresh_from_db()
    assert section.commentary != "Changed"


def test_it_refuses_a_second_open_application(school, manager_a, standards):
    start(school, manager_a)
    with pytest.raises(QualityMarkError, match="already has an application in progress"):
        start(school, manager_a)
    assert Application.objects.filter(organisation=school).count() == 1


def test_it_refuses_school_steps_by_someone_who_does_not_manage_the_school(school, manager_a, member_a, standards):
    application = fill(start(school, manager_a), manager_a)
    with pytest.raises(QualityMarkError):
        services.application_submit(application=application, user=member_a)
    with pytest.raises(QualityMarkError):
        start(school, member_a)


def test_it_refuses_review_steps_by_someone_who_is_not_an_assessor(school, manager_a, standards):
    application = submitted(school, manager_a)
    with pytest.raises(QualityMarkError, match="Only assessors"):
        services.application_review_start(application=application, user=manager_a)
    application.refresh_from_db()
    assert application.status == "submitted"


def test_it_needs_a_comment_to_request_information_or_not_award(school, manager_a, assessor, standards):
    application = under_review(school, manager_a, assessor)
    with pytest.raises(QualityMarkError):
        services.application_request_information(application=application, user=assessor, comment="  ")
    with pytest.raises(QualityMarkError):
        services.application_not_award(application=application, user=assessor, comment="")
    application.refresh_from_db()
    assert application.status == "under_review"


def test_it_assigns_only_assessors_while_the_application_is_with_them(
    school, manager_a, assessor, other_assessor, standards
):
    application = submitted(school, manager_a)
    services.application_assign(application=application, assessor=other_assessor, user=assessor)
    application.refresh_from_db()
    assert application.assessor == other_assessor
    with pytest.raises(QualityMarkError):
        services.application_assign(application=application, assessor=manager_a, user=assessor)
    services.application_review_start(application=application, user=other_assessor)
    assess_all(application, other_assessor)
    services.application_award(application=application, user=other_assessor)
    with pytest.raises(IllegalTransition):
        services.application_assign(application=application, assessor=assessor, user=assessor)


def _state(application):
    return (
        Application.objects.filter(pk=application.pk).values().get(),
        list(application.sections.order_by("pk").values_list("agreed_level", "assessor_comment")),
        ApplicationEvent.objects.count(),
        ModelLogEntry.objects.count(),
        Award.objects.count(),
    )


@pytest.mark.parametrize("decide", ["award", "not_award"])
def test_a_decision_needs_an_agreed_level_for_every_standard_and_names_the_missing_ones(
    decide, school, manager_a, assessor, standards
):
    application = under_review(school, manager_a, assessor)
    curriculum = application.sections.get(standard__slug="curriculum")
    curriculum.application = application
    services.section_assess(section=curriculum, user=assessor, agreed_level=4, comment="")
    before = _state(application)

    with pytest.raises(AssessmentIncomplete) as refusal:
        _actions(manager_a, assessor)[decide](application)

    assert refusal.value.message == (
        "Agree a level for every standard before you decide. "
        "Still without an agreed level: Leadership and policy, Whole-staff awareness."
    )
    assert refusal.value.missing == ["Leadership and policy", "Whole-staff awareness"]
    assert _state(application) == before
    assess_all(application, assessor)
    _actions(manager_a, assessor)[decide](application)
    application.refresh_from_db()
    assert application.status == {"award": "awarded", "not_award": "not_awarded"}[decide]


@pytest.mark.parametrize("action", ["request_information", "award", "not_award", "assess"])
def test_only_the_assigned_assessor_may_assess_or_decide(
    action, school, manager_a, assessor, other_assessor, standards
):
    application = under_review(school, manager_a, assessor)  # starting the review assigned it to Ada
    assess_all(application, assessor)
    section = application.sections.first()
    section.application = application
    steps = {
        **_actions(manager_a, other_assessor),
        "assess": lambda application: services.section_assess(
            section=section, user=other_assessor, agreed_level=1, comment="Mine now."
        ),
    }
    before = _state(application)

    with pytest.raises(NotAssignedAssessor, match="assigned to Ada Assessor: only they can review it and decide"):
        steps[action](Application.objects.get(pk=application.pk))

    assert _state(application) == before


def test_another_assessor_cannot_take_a_review_assigned_to_someone_else(
    school, manager_a, assessor, other_assessor, standards
):
    application = submitted(school, manager_a)
    services.application_assign(application=application, assessor=assessor, user=assessor)

    with pytest.raises(NotAssignedAssessor, match="To take it over, assign it to yourself first"):
        services.application_review_start(application=application, user=other_assessor)
    application.refresh_from_db()
    assert (application.status, application.assessor) == ("submitted", assessor)


def test_an_assessor_takes_over_by_assigning_it_to_themselves_first(
    school, manager_a, assessor, other_assessor, standards
):
    application = under_review(school, manager_a, assessor)
    services.application_assign(application=application, assessor=other_assessor, user=other_assessor)
    assess_all(application, other_assessor)
    services.application_award(application=application, user=other_assessor)
    application.refresh_from_db()
    assert application.status == "awarded"
    assert application.events.get(action="award").actor == other_assessor


def test_nobody_decides_an_unassigned_review_until_someone_takes_it(school, manager_a, assessor, standards, superuser):
    application = under_review(school, manager_a, assessor)
    assess_all(application, assessor)
    services.application_assign(application=application, assessor=None, user=assessor)
    with pytest.raises(NotAssignedAssessor, match="Nobody is assigned to this application yet"):
        services.application_award(application=application, user=assessor)
    services.application_award(application=application, user=superuser)  # a superuser may
    application.refresh_from_db()
    assert application.status == "awarded"


def test_a_superuser_may_decide_an_application_assigned_to_an_assessor(
    school, manager_a, assessor, standards, superuser
):
    application = under_review(school, manager_a, assessor)
    section = application.sections.first()
    section.application = application
    services.section_assess(section=section, user=superuser, agreed_level=2, comment="Checked.")
    services.application_request_information(application=application, user=superuser, comment="More please.")
    application.refresh_from_db()
    assert (application.status, application.assessor) == ("more_information", assessor)


def test_it_assesses_sections_only_during_a_review(school, manager_a, assessor, standards):
    application = submitted(school, manager_a)
    section = application.sections.first()
    section.application = application
    with pytest.raises(IllegalTransition):
        services.section_assess(section=section, user=assessor, agreed_level=3, comment="Good")
    services.application_review_start(application=application, user=assessor)
    services.section_assess(section=section, user=assessor, agreed_level=3, comment="Good")
    section.refresh_from_db()
    assert (section.agreed_level, section.assessor_comment) == (3, "Good")


def test_awards_expire_once_and_only_when_due(school, manager_a, assessor, standards):
    application = assess_all(under_review(school, manager_a, assessor), assessor)
    award = services.application_award(application=application, user=assessor)
    assert services.awards_expire(today=award.expires_on - timedelta(days=1)) == 0
    assert services.awards_expire(today=award.expires_on) == 1
    assert services.awards_expire(today=award.expires_on) == 0
    application.refresh_from_db()
    assert application.status == "expired"
    event = application.events.get(action="expire")
    assert event.actor is None and event.from_status == "awarded"


def test_expiry_moves_only_as_the_transition_table_allows(school, manager_a, assessor, standards, monkeypatch):
    application = in_status("awarded", school, manager_a, assessor)
    expires_on = application.award.expires_on
    monkeypatch.setitem(services.TRANSITIONS, "expire", ([], "expired"))  # expiry allowed from nowhere

    assert services.awards_expire(today=expires_on) == 0

    application.refresh_from_db()
    assert application.status == "awarded"
    assert not application.events.filter(action="expire").exists()
    monkeypatch.undo()
    assert services.awards_expire(today=expires_on) == 1


def test_reminders_go_90_and_30_days_before_expiry_once_each(school, manager_a, assessor, standards, mailoutbox):
    application = assess_all(under_review(school, manager_a, assessor), assessor)
    award = services.application_award(application=application, user=assessor)
    mailoutbox.clear()
    assert services.award_reminders_send(today=award.expires_on - timedelta(days=91)) == 0
    assert services.award_reminders_send(today=award.expires_on - timedelta(days=90)) == 1
    assert services.award_reminders_send(today=award.expires_on - timedelta(days=89)) == 0
    assert services.award_reminders_send(today=award.expires_on - timedelta(days=30)) == 1
    assert services.award_reminders_send(today=award.expires_on - timedelta(days=30)) == 0
    assert sorted(AwardReminder.objects.values_list("kind", flat=True)) == ["30_days", "90_days"]
    assert len(mailoutbox) == 2
    assert mailoutbox[0].to == [manager_a.email]


@pytest.mark.parametrize("years", [1, 5, 10])
def test_the_award_lasts_the_years_staff_set(years, school, manager_a, assessor, standards):
    settings = QualityMarkSettings.load()
    settings.award_years = years
    settings.save()
    application = assess_all(under_review(school, manager_a, assessor), assessor)

    award = services.application_award(
        application=application, user=assessor, now=datetime(2028, 2, 29, 10, tzinfo=UTC)
    )

    assert award.awarded_on == date(2028, 2, 29)
    assert award.expires_on == {1: date(2029, 2, 28), 5: date(2033, 2, 28), 10: date(2038, 2, 28)}[years]


def test_changing_the_years_changes_later_awards_only(school, manager_a, assessor, other_school, standards):
    from tests.factories import MembershipFactory

    first = services.application_award(
        application=assess_all(under_review(school, manager_a, assessor), assessor), user=assessor
    )
    settings = QualityMarkSettings.load()
    settings.award_years = 2
    settings.save()
    other_manager = MembershipFactory(organisation=other_school, role="manager").user
    second = services.application_award(
        application=assess_all(under_review(other_school, other_manager, assessor), assessor), user=assessor
    )

    assert first.expires_on.year - first.awarded_on.year == 3  # the default when it was awarded
    assert second.expires_on.year - second.awarded_on.year == 2
    first.refresh_from_db()
    assert first.expires_on.year - first.awarded_on.year == 3


def test_a_school_whose_award_expired_renews_and_is_awarded_again(school, manager_a, assessor, standards):
    expired = in_status("expired", school, manager_a, assessor)
    old_award = expired.award

    renewal = start(school, manager_a)
    assert (renewal.renewal_of, renewal.status) == (expired, "draft")
    assert renewal.events.get(action="start").comment == "Renewal, pre-filled from the last application."
    old = {s.standard_id: s.commentary for s in expired.sections.all()}
    assert {s.standard_id: s.commentary for s in renewal.sections.all()} == old
    fill(renewal, manager_a)  # the measured standard has no level to carry over; the rest do
    services.application_submit(application=renewal, user=manager_a)
    services.application_review_start(application=renewal, user=assessor)
    new_award = services.application_award(application=assess_all(renewal, assessor), user=assessor)

    renewal.refresh_from_db()
    expired.refresh_from_db()
    assert renewal.status == "awarded"
    assert expired.status == "expired"
    assert new_award.pk != old_award.pk and new_award.code != old_award.code
    assert current_award(school) == new_award


def test_renewal_is_prefilled_from_the_last_application(school, manager_a, assessor, standards):
    application = in_status("awarded", school, manager_a, assessor)
    renewal = start(school, manager_a)
    assert renewal.renewal_of == application
    old = {s.standard_id: (s.self_level, s.commentary) for s in application.sections.all()}
    new = {s.standard_id: (s.self_level, s.commentary) for s in renewal.sections.all()}
    measured = standards[1].pk
    assert new[measured] == (None, old[measured][1])
    assert {k: v for k, v in new.items() if k != measured} == {k: v for k, v in old.items() if k != measured}
    assert renewal.status == "draft"
    assert all(s.agreed_level is None and not s.assessor_comment for s in renewal.sections.all())
