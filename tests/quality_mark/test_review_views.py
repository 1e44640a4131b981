"""The assessors' review in the Wagtail admin: the queue, assignment, per-standard assessment,
the three decisions, and clear refusals; nobody but assessors and superusers gets in."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.menu import admin_menu, settings_menu
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from elearning.people.models import MembershipRole, OrganisationKind
from quality_mark.models import Application, ApplicationEvent, ApplicationStatus, Award, Standard
from quality_mark.services import (
    application_award,
    application_not_award,
    application_request_information,
    application_review_start,
    application_start,
    application_submit,
    section_assess,
    section_save,
)
from tests.courses.test_races import run_together
from tests.factories import DistrictFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.mfa import give_totp

S = ApplicationStatus
QUEUE = reverse("quality_mark_review:index")


# ---------------------------------------------------------------------------------------------------
# Helpers (imported by the other review test modules)
# ---------------------------------------------------------------------------------------------------


def make_standards() -> list[Standard]:
    """Two standards: one self-assessed, one measured by the platform."""
    levels = {
        "level_1_emerging": "Nothing yet.",
        "level_2_developing": "Some of it.",
        "level_3_established": "All of it.",
        "level_4_embedded": "All of it, and more.",
    }
    return [
        Standard.objects.create(
            title="Leadership and policy", slug="leadership", sort_order=0, what_good_looks_like="A policy.", **levels
        ),
        Standard.objects.create(
            title="Whole-staff awareness",
            slug="whole-staff",
            sort_order=1,
            what_good_looks_like="Everyone trained.",
            measure="staff_training",
            **levels,
        ),
    ]


def make_assessor(name="Ari Assessor", email="ari@example.org"):
    user = UserFactory(full_name=name, email=email)
    user.groups.add(Group.objects.get(name="Assessors"))
    give_totp(user)
    return user


def make_school(name="Ashdown Primary School", district=None, manager_email=None):
    school = OrganisationFactory(
        name=name, kind=OrganisationKind.SCHOOL, declared_headcount=20, **({"district": district} if district else {})
    )
    manager = MembershipFactory(
        organisation=school,
        role=MembershipRole.MANAGER,
        **({"user__email": manager_email} if manager_email else {}),
    ).user
    return school, manager


def application_at(status, *, school, manager, assessor, comment="Please say more about your policy.") -> Application:
    """An application taken through the services to `status`."""
    application = application_start(organisation=school, user=manager)
    if status == S.DRAFT:
        return application
    for section in application.sections.select_related("standard"):
        section_save(section=section, user=manager, self_level=3, commentary="What we do, in detail.")
    application_submit(application=application, user=manager)
    if status == S.SUBMITTED:
        return application
    application_review_start(application=application, user=assessor)
    if status == S.UNDER_REVIEW:
        return application
    if status in {S.MORE_INFORMATION, S.RESUBMITTED}:
        application_request_information(application=application, user=assessor, comment=comment)
        if status == S.RESUBMITTED:
            application_submit(application=application, user=manager)
        application.refresh_from_db()
        return application
    assess_every_standard(application, assessor)
    if status == S.AWARDED:
        application_award(application=application, user=assessor, comment="Well done.")
    elif status == S.NOT_AWARDED:
        application_not_award(application=application, user=assessor, comment="Train more staff.")
    application.refresh_from_db()
    return application


def assess_every_standard(application, assessor, level=3) -> Application:
    """An agreed level for every standard: what an assessor records before awarding or not."""
    for section in application.sections.all():
        section_assess(section=section, user=assessor, agreed_level=level, comment="")
    return application


def review_url(application, action=None):
    if action:
        return reverse("quality_mark_review:action", args=[application.pk, action])
    return reverse("quality_mark_review:review", args=[application.pk])


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]] if response.context else []


# ---------------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------------


@pytest.fixture
def standards(db):
    return make_standards()


@pytest.fixture
def assessor(db):
    return make_assessor()


@pytest.fixture
def other_assessor(db):
    return make_assessor(name="Bea Second", email="bea@example.org")


@pytest.fixture
def assessor_client(assessor):
    return client_for(assessor)


@pytest.fixture
def school(db, standards):
    return make_school()


@pytest.fixture
def submitted(school, assessor):
    organisation, manager = school
    return application_at(S.SUBMITTED, school=organisation, manager=manager, assessor=assessor)


@pytest.fixture
def under_review(school, assessor):
    organisation, manager = school
    return application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessor)


@pytest.fixture
def assessed(under_review, assessor):
    """Under review, with an agreed level for every standard: ready for a decision."""
    return assess_every_standard(under_review, assessor)


# ---------------------------------------------------------------------------------------------------
# The queue
# ---------------------------------------------------------------------------------------------------


def test_it_lists_submitted_applications_but_not_drafts(assessor_client, assessor, standards):
    waiting, waiting_manager = make_school("Waiting School")
    draft, draft_manager = make_school("Draft School")
    application_at(S.SUBMITTED, school=waiting, manager=waiting_manager, assessor=assessor)
    application_at(S.DRAFT, school=draft, manager=draft_manager, assessor=assessor)

    response = assessor_client.get(QUEUE)

    assert response.status_code == 200
    assert "Waiting School" in response.content.decode()
    assert [column.label for column in response.context["table"].columns.values()][:6] == [
        "School",
        "District",
        "Status",
        "Assessor",
        "Submitted",
        "Decided",
    ]
    assert "Draft School" not in response.content.decode()


def test_it_filters_the_queue_by_status_district_assessor_and_date(
    assessor_client, assessor, other_assessor, standards
):
    north, south = DistrictFactory(name="Northdale"), DistrictFactory(name="Southdale")
    one, one_manager = make_school("One School", district=north)
    two, two_manager = make_school("Two School", district=south)
    first = application_at(S.UNDER_REVIEW, school=one, manager=one_manager, assessor=assessor)
    second = application_at(S.SUBMITTED, school=two, manager=two_manager, assessor=assessor)
    Application.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(days=40))

    def names(**params):
        page = assessor_client.get(QUEUE, params).content.decode()
        return {name for name in ("One School", "Two School") if name in page}

    assert names() == {"One School", "Two School"}
    assert names(status=S.SUBMITTED) == {"Two School"}
    assert names(district=north.pk) == {"One School"}
    assert names(assessor=assessor.pk) == {"One School"}  # taking a review assigns it
    assert names(assessor="null") == {"Two School"}
    assert names(assessor=other_assessor.pk) == set()
    recent = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert names(submitted_at_from=recent) == {"Two School"}
    assert second.submitted_at is not None


def test_it_searches_the_queue_by_school_name(assessor_client, assessor, standards):
    for name in ("Ashdown Primary", "Beckside Academy"):
        organisation, manager = make_school(name)
        application_at(S.SUBMITTED, school=organisation, manager=manager, assessor=assessor)

    page = assessor_client.get(QUEUE, {"q": "becks"}).content.decode()

    assert "Beckside Academy" in page
    assert "Ashdown Primary" not in page


def test_it_sorts_and_pages_the_queue(assessor_client, assessor, standards):
    for n in range(27):
        organisation, manager = make_school(f"School {n:02d}")
        application_at(S.SUBMITTED, school=organisation, manager=manager, assessor=assessor)

    first_page = assessor_client.get(QUEUE, {"ordering": "organisation__name"}).content.decode()
    second_page = assessor_client.get(QUEUE, {"ordering": "organisation__name", "p": 2}).content.decode()
    reversed_page = assessor_client.get(QUEUE, {"ordering": "-organisation__name"}).content.decode()

    assert "School 00" in first_page and "School 26" not in first_page
    assert "School 26" in second_page and "School 00" not in second_page
    assert "School 26" in reversed_page


def test_the_queue_and_a_review_page_take_a_bounded_number_of_queries(
    assessor_client, assessor, standards, django_assert_max_num_queries
):
    applications = []
    for n in range(5):
        organisation, manager = make_school(f"School {n}")
        applications.append(application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessor))

    with django_assert_max_num_queries(40):
        assert assessor_client.get(QUEUE).status_code == 200
    with django_assert_max_num_queries(40):
        assert assessor_client.get(review_url(applications[0])).status_code == 200


# ---------------------------------------------------------------------------------------------------
# The review page: assignment and starting
# ---------------------------------------------------------------------------------------------------


def test_it_shows_each_section_with_the_schools_answers(assessor_client, submitted):
    page = assessor_client.get(review_url(submitted)).content.decode()

    assert "Leadership and policy" in page
    assert "Whole-staff awareness" in page
    assert "What we do, in detail." in page
    assert "0 of 20 staff held a valid certificate" in page  # the snapshot taken on submission
    assert "Start review" in page


def test_it_assigns_an_application_to_a_chosen_assessor(assessor_client, submitted, other_assessor):
    response = assessor_client.post(review_url(submitted, "assign"), {"assessor": other_assessor.pk}, follow=True)

    submitted.refresh_from_db()
    assert submitted.assessor == other_assessor
    assert "The application is assigned to Bea Second." in messages_of(response)
    assert ApplicationEvent.objects.filter(application=submitted, action="assign").exists()


def test_it_assigns_an_application_to_me(assessor_client, assessor, submitted):
    assessor_client.post(review_url(submitted, "assign-to-me"))

    submitted.refresh_from_db()
    assert submitted.assessor == assessor


def test_it_refuses_to_assign_someone_who_is_not_an_assessor(assessor_client, submitted, editor):
    response = assessor_client.post(review_url(submitted, "assign"), {"assessor": editor.pk})

    assert response.status_code == 400
    assert "Choose an assessor from the list." in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.assessor is None


def test_it_starts_the_review_and_assigns_whoever_starts_it(assessor_client, assessor, submitted):
    response = assessor_client.post(review_url(submitted, "start-review"), follow=True)

    submitted.refresh_from_db()
    assert submitted.status == S.UNDER_REVIEW
    assert submitted.assessor == assessor
    assert "Record the decision" in response.content.decode()


def test_a_second_start_review_is_answered_with_a_message_not_an_error(assessor_client, submitted):
    assessor_client.post(review_url(submitted, "start-review"))
    response = assessor_client.post(review_url(submitted, "start-review"), follow=True)

    assert response.status_code == 200
    assert any("Only a submitted or resubmitted application" in message for message in messages_of(response))
    assert ApplicationEvent.objects.filter(application=submitted, action="review_start").count() == 1


def test_a_get_to_an_action_url_changes_nothing(assessor_client, submitted):
    response = assessor_client.get(review_url(submitted, "start-review"))

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == S.SUBMITTED


def test_an_unknown_action_or_application_is_not_found(assessor_client, submitted):
    assert assessor_client.post(review_url(submitted, "delete")).status_code == 404
    assert assessor_client.get(reverse("quality_mark_review:review", args=[999999])).status_code == 404


def test_a_draft_is_not_open_to_assessors(assessor_client, school, assessor):
    organisation, manager = school
    draft = application_at(S.DRAFT, school=organisation, manager=manager, assessor=assessor)

    assert assessor_client.get(review_url(draft)).status_code == 404


# ---------------------------------------------------------------------------------------------------
# Per-standard assessment
# ---------------------------------------------------------------------------------------------------


def test_it_records_an_agreed_level_and_comment_per_standard(assessor_client, under_review):
    section = under_review.sections.get(standard__slug="leadership")
    prefix = f"section-{section.pk}"

    response = assessor_client.post(
        review_url(under_review, "assess"),
        {"section": section.pk, f"{prefix}-agreed_level": "2", f"{prefix}-comment": "Name the deputy DSL."},
        follow=True,
    )

    section.refresh_from_db()
    assert (section.agreed_level, section.assessor_comment) == (2, "Name the deputy DSL.")
    assert "Saved your assessment of “Leadership and policy”." in messages_of(response)
    assert "below the benchmark" in response.content.decode()


def test_it_refuses_an_assessment_without_a_level(assessor_client, under_review):
    section = under_review.sections.first()

    response = assessor_client.post(
        review_url(under_review, "assess"), {"section": section.pk, f"section-{section.pk}-comment": "Hmm"}
    )

    assert response.status_code == 400
    assert "Choose the level you agree." in response.content.decode()
    section.refresh_from_db()
    assert section.agreed_level is None


def test_it_refuses_to_assess_a_section_of_another_application(assessor_client, under_review, assessor, standards):
    other, other_manager = make_school("Other School")
    elsewhere = application_at(S.UNDER_REVIEW, school=other, manager=other_manager, assessor=assessor)
    section = elsewhere.sections.first()

    response = assessor_client.post(
        review_url(under_review, "assess"),
        {"section": section.pk, f"section-{section.pk}-agreed_level": "4"},
        follow=True,
    )

    assert any("not part of this application" in message for message in messages_of(response))
    section.refresh_from_db()
    assert section.agreed_level is None


@pytest.mark.parametrize("forged", ["abc", "", " ", "1.5", "-1", "0", "99999999999999999999999", ["1", "x"]])
def test_it_answers_a_malformed_standard_id_with_a_message_and_changes_nothing(assessor_client, under_review, forged):
    section = under_review.sections.first()
    data = {"section": forged, f"section-{section.pk}-agreed_level": "4", f"section-{section.pk}-comment": "Hmm"}

    response = assessor_client.post(review_url(under_review, "assess"), data)

    assert response.status_code == 400
    assert "That standard is not part of this application. Reload the page and try again." in messages_of(response)
    assert list(under_review.sections.values_list("agreed_level", "assessor_comment")) == [(None, ""), (None, "")]
    assert not ModelLogEntry.objects.filter(action="quality_mark.application.assess").exists()


def test_it_refuses_to_assess_before_the_review_starts(assessor_client, submitted):
    section = submitted.sections.first()

    response = assessor_client.post(
        review_url(submitted, "assess"),
        {"section": section.pk, f"section-{section.pk}-agreed_level": "3"},
        follow=True,
    )

    assert any("only during a review" in message for message in messages_of(response))
    section.refresh_from_db()
    assert section.agreed_level is None


# ---------------------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------------------


def test_it_requests_more_information_with_the_comment(assessor_client, under_review):
    response = assessor_client.post(
        review_url(under_review, "decide"),
        {"decision": "request_information", "comment": "Tell us about pupil voice."},
        follow=True,
    )

    under_review.refresh_from_db()
    assert under_review.status == S.MORE_INFORMATION
    assert under_review.decision_comment == "Tell us about pupil voice."
    assert any("More information requested" in message for message in messages_of(response))


def test_a_request_for_information_needs_a_comment(assessor_client, under_review):
    response = assessor_client.post(review_url(under_review, "decide"), {"decision": "request_information"})

    assert response.status_code == 400
    assert "Write what the school must add" in response.content.decode()
    under_review.refresh_from_db()
    assert under_review.status == S.UNDER_REVIEW


def test_not_yet_awarded_needs_the_actions_to_take(assessor_client, under_review):
    response = assessor_client.post(review_url(under_review, "decide"), {"decision": "not_award", "comment": "  "})

    assert response.status_code == 400
    assert "Write the actions the school must take" in response.content.decode()
    under_review.refresh_from_db()
    assert under_review.status == S.UNDER_REVIEW


def test_it_marks_an_application_not_yet_awarded(assessor_client, assessed):
    assessor_client.post(review_url(assessed, "decide"), {"decision": "not_award", "comment": "Train staff."})

    assessed.refresh_from_db()
    assert assessed.status == S.NOT_AWARDED
    assert assessed.decision_comment == "Train staff."
    assert not Award.objects.filter(application=assessed).exists()


def test_it_awards_the_quality_mark(assessor_client, assessed):
    response = assessor_client.post(review_url(assessed, "decide"), {"decision": "award"}, follow=True)

    assessed.refresh_from_db()
    assert assessed.status == S.AWARDED
    award = Award.objects.get(application=assessed)
    assert award.display_code in response.content.decode()
    assert "Ashdown Primary School has been awarded the quality mark." in messages_of(response)


def test_a_second_decision_is_refused_with_a_message_and_changes_nothing(assessor_client, assessed):
    assessor_client.post(review_url(assessed, "decide"), {"decision": "award"})
    response = assessor_client.post(
        review_url(assessed, "decide"), {"decision": "not_award", "comment": "Changed my mind."}, follow=True
    )

    assert response.status_code == 200
    assert any("can be marked not yet awarded only during a review" in m for m in messages_of(response))
    assessed.refresh_from_db()
    assert assessed.status == S.AWARDED
    assert Award.objects.filter(application=assessed).count() == 1


@pytest.mark.parametrize(
    ("decision", "comment"), [("award", ""), ("not_award", "Train lunchtime staff.")], ids=["award", "not_award"]
)
def test_it_refuses_a_decision_until_every_standard_has_an_agreed_level(
    assessor_client, assessor, under_review, decision, comment
):
    leadership = under_review.sections.get(standard__slug="leadership")
    section_assess(section=leadership, user=assessor, agreed_level=3, comment="")

    response = assessor_client.post(
        review_url(under_review, "decide"), {"decision": decision, "comment": comment}, follow=True
    )

    assert response.status_code == 200
    assert (
        "Agree a level for every standard before you decide. Still without an agreed level: Whole-staff awareness."
        in messages_of(response)
    )
    under_review.refresh_from_db()
    assert (under_review.status, under_review.decided_at, under_review.decision_comment) == (S.UNDER_REVIEW, None, "")
    assert not Award.objects.filter(application=under_review).exists()
    assert not ApplicationEvent.objects.filter(application=under_review, action=decision).exists()


def test_more_information_may_be_requested_before_every_standard_is_assessed(assessor_client, under_review):
    assessor_client.post(
        review_url(under_review, "decide"), {"decision": "request_information", "comment": "Tell us more."}
    )

    under_review.refresh_from_db()
    assert under_review.status == S.MORE_INFORMATION


def test_the_decision_comment_is_limited_where_it_is_typed_and_a_longer_one_is_kept_to_fix(assessor_client, assessed):
    page = assessor_client.get(review_url(assessed)).content.decode()
    assert 'maxlength="5000"' in page  # the browser stops at the services' limit

    too_long = "Train every member of staff. " * 172 + "x" * 13  # 5,001 characters
    assert len(too_long) == 5001
    response = assessor_client.post(review_url(assessed, "decide"), {"decision": "not_award", "comment": too_long})

    assert response.status_code == 400
    assert "Keep the comment to 5,000 characters or fewer." in response.content.decode()
    assert too_long in response.content.decode()  # what was typed comes back, nothing is lost
    assessed.refresh_from_db()
    assert assessed.status == S.UNDER_REVIEW

    assessor_client.post(review_url(assessed, "decide"), {"decision": "not_award", "comment": too_long[:5000]})
    assessed.refresh_from_db()
    assert (assessed.status, len(assessed.decision_comment)) == (S.NOT_AWARDED, 5000)


def test_it_refuses_an_unknown_decision(assessor_client, under_review):
    response = assessor_client.post(review_url(under_review, "decide"), {"decision": "approve-everything"})

    assert response.status_code == 400
    assert "Choose a decision from the list." in response.content.decode()


def test_it_refuses_a_decision_before_the_review_starts(assessor_client, submitted):
    response = assessor_client.post(review_url(submitted, "decide"), {"decision": "award"}, follow=True)

    assert any("can be awarded only during a review" in message for message in messages_of(response))
    submitted.refresh_from_db()
    assert submitted.status == S.SUBMITTED


def test_another_assessor_sees_who_has_it_and_cannot_assess_or_decide(under_review, other_assessor):
    client = client_for(other_assessor)
    section = under_review.sections.first()

    page = client.get(review_url(under_review)).content.decode()
    assert "This application is assigned to Ari Assessor. Only they can take the review" in page
    assert "Record the decision" not in page
    assert "Save assessment of" not in page

    assessed = client.post(
        review_url(under_review, "assess"),
        {"section": section.pk, f"section-{section.pk}-agreed_level": "1"},
        follow=True,
    )
    decided = client.post(review_url(under_review, "decide"), {"decision": "not_award", "comment": "No."}, follow=True)

    for response in (assessed, decided):
        assert response.status_code == 200
        assert any("assigned to Ari Assessor: only they can review it and decide" in m for m in messages_of(response))
    under_review.refresh_from_db()
    section.refresh_from_db()
    assert (under_review.status, section.agreed_level) == (S.UNDER_REVIEW, None)
    assert not ApplicationEvent.objects.filter(application=under_review, action="not_award").exists()


def test_another_assessor_takes_over_by_assigning_it_to_themselves(under_review, other_assessor):
    client = client_for(other_assessor)

    client.post(review_url(under_review, "assign-to-me"))
    page = client.get(review_url(under_review)).content.decode()

    assert "Record the decision" in page
    under_review.refresh_from_db()
    assert under_review.assessor == other_assessor


def test_another_assessor_cannot_start_a_review_assigned_to_someone_else(submitted, assessor, other_assessor):
    client_for(assessor).post(review_url(submitted, "assign-to-me"))
    client = client_for(other_assessor)

    assert "Start review" not in client.get(review_url(submitted)).content.decode()
    response = client.post(review_url(submitted, "start-review"), follow=True)

    assert any("assign it to yourself first" in message for message in messages_of(response))
    submitted.refresh_from_db()
    assert (submitted.status, submitted.assessor) == (S.SUBMITTED, assessor)


def test_a_superuser_may_decide_an_application_assigned_to_an_assessor(superuser_client, under_review):
    superuser_client.post(review_url(under_review, "decide"), {"decision": "request_information", "comment": "More."})

    under_review.refresh_from_db()
    assert under_review.status == S.MORE_INFORMATION


def test_it_shows_the_audit_trail(assessor_client, school, assessor):
    organisation, manager = school
    application = application_at(
        S.RESUBMITTED, school=organisation, manager=manager, assessor=assessor, comment="Add the policy."
    )

    page = assessor_client.get(review_url(application)).content.decode()

    assert "Audit trail" in page
    assert "Add the policy." in page
    assert "More information requested" in page
    assert "Resubmitted" in page
    assert "Ari Assessor" in page


# ---------------------------------------------------------------------------------------------------
# Who may not get in
# ---------------------------------------------------------------------------------------------------


def test_a_superuser_may_review(superuser_client, submitted):
    assert superuser_client.get(QUEUE).status_code == 200
    assert superuser_client.get(review_url(submitted)).status_code == 200


@pytest.mark.parametrize("persona", ["editor_client", "learner_client", "anonymous_client"])
def test_others_cannot_see_the_queue_or_a_review(request, persona, submitted):
    client = request.getfixturevalue(persona)

    for url in (QUEUE, review_url(submitted)):
        response = client.get(url)
        assert response.status_code in {302, 403}, url
        assert "Ashdown Primary School" not in response.content.decode()


@pytest.mark.parametrize("persona", ["editor_client", "learner_client", "anonymous_client"])
def test_others_cannot_decide(request, persona, under_review):
    client = request.getfixturevalue(persona)

    response = client.post(review_url(under_review, "decide"), {"decision": "award"})

    assert response.status_code in {302, 403}
    under_review.refresh_from_db()
    assert under_review.status == S.UNDER_REVIEW


def test_the_schools_own_manager_cannot_review_or_decide(school, under_review):
    _, manager = school
    client = client_for(manager)

    assert client.get(review_url(under_review)).status_code in {302, 403}
    client.post(review_url(under_review, "decide"), {"decision": "award"})

    under_review.refresh_from_db()
    assert under_review.status == S.UNDER_REVIEW


def test_an_editor_is_sent_back_to_the_admin_home_with_nothing_changed(editor_client, under_review):
    for response in (
        editor_client.get(QUEUE),
        editor_client.get(review_url(under_review)),
        editor_client.post(review_url(under_review, "decide"), {"decision": "award"}),
    ):
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    under_review.refresh_from_db()
    assert under_review.status == S.UNDER_REVIEW


def _quality_mark_menu(user) -> list[str]:
    """The URLs in the admin's "Quality mark" menu as `user` sees it (empty: no menu at all)."""
    request = RequestFactory().get("/admin/")
    request.user = user
    group = next(item for item in admin_menu.registered_menu_items if item.name == "quality-mark")
    if not group.is_shown(request):
        return []
    return [item.url for item in group.menu.menu_items_for_request(request)]


def test_the_menu_shows_applications_only_to_assessors(assessor, editor, superuser):
    assert QUEUE in _quality_mark_menu(assessor)
    assert QUEUE in _quality_mark_menu(superuser)
    assert QUEUE not in _quality_mark_menu(editor)
    assert reverse("wagtailsnippets_quality_mark_standard:list") in _quality_mark_menu(editor)


def test_the_menu_is_hidden_from_learners(learner):
    assert _quality_mark_menu(learner) == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL")
def test_the_assessor_deciding_in_two_tabs_at_once_gets_one_decision_and_one_clear_message():
    make_standards()
    organisation, manager = make_school()
    assessor = make_assessor()
    application = application_at(S.UNDER_REVIEW, school=organisation, manager=manager, assessor=assessor)
    for section in application.sections.all():
        section_assess(section=section, user=assessor, agreed_level=3, comment="")
    # Two signed-in sessions of the assigned assessor: two tabs, two browsers, or a double click.
    award_client, refuse_client = client_for(assessor), client_for(assessor)

    responses, errors = run_together(
        lambda: award_client.post(review_url(application, "decide"), {"decision": "award"}, follow=True),
        lambda: refuse_client.post(
            review_url(application, "decide"), {"decision": "not_award", "comment": "Not yet."}, follow=True
        ),
    )

    assert errors == []
    assert [response.status_code for response in responses] == [200, 200]
    # (Read the pages, not response.context: the test client's context capture is not thread-safe.)
    pages = [response.content.decode() for response in responses]
    assert sum("only during a review" in page for page in pages) == 1  # the loser is told, not shown a 500
    assert sum("been awarded the quality mark." in page or "not yet been awarded" in page for page in pages) == 1
    application.refresh_from_db()
    assert application.status in {S.AWARDED, S.NOT_AWARDED}
    assert ApplicationEvent.objects.filter(application=application, action__in=["award", "not_award"]).count() == 1


# ---------------------------------------------------------------------------------------------------
# The rest of the "Quality mark" admin
# ---------------------------------------------------------------------------------------------------


def test_editors_list_the_standards_in_order(editor_client, standards):
    response = editor_client.get(reverse("wagtailsnippets_quality_mark_standard:list"))

    page = response.content.decode()
    assert response.status_code == 200
    assert page.index("Leadership and policy") < page.index("Whole-staff awareness")
    assert "Benchmark" in page and "3 Established" in page
    assert "Measured by the platform" in page


def test_the_award_settings_are_listed_under_quality_mark_not_settings(superuser):
    settings_url = reverse("wagtailsettings:edit", args=["quality_mark", "qualitymarksettings"])
    request = RequestFactory().get("/admin/")
    request.user = superuser

    assert settings_url in _quality_mark_menu(superuser)
    assert settings_url not in [item.url for item in settings_menu.menu_items_for_request(request)]
    assert client_for(superuser).get(settings_url, follow=True).status_code == 200


def test_every_logged_step_has_a_readable_label(assessor_client, assessed):
    assessor_client.post(review_url(assessed, "decide"), {"decision": "award"})

    actions = set(ModelLogEntry.objects.filter(action__startswith="quality_mark.").values_list("action", flat=True))
    assert {"quality_mark.application.submit", "quality_mark.application.award"} <= actions
    for action in actions:
        assert log_action_registry.get_action_label(action) != action, action
