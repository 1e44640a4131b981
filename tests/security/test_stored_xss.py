"""Stored cross-site scripting: every string a person typed and the site shows again is escaped, on
every page that shows it, the admin's listings included; rich text from editors keeps Wagtail's
whitelist, which drops scripts and event handlers.

The strings are stored directly (however they got in, they must come out escaped); the pages are
read by the personas who see them."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.rich_text import DraftailRichTextArea

from courses.authoring import course_index_upsert, course_upsert
from courses.models import CourseEvaluation, CourseIndexPage, Enrolment
from courses.services import enrolment_start
from elearning.insights.models import Survey, SurveyResponse
from elearning.people.models import Organisation, User
from home.models import HomePage
from quality_mark.models import ApplicationSection
from tests.security.world import build_world

pytestmark = pytest.mark.django_db

PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


def _client(user) -> Client:
    client = Client(raise_request_exception=True)
    client.force_login(user)
    return client


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_user_supplied_string_is_escaped_wherever_it_is_shown(
    payload,
    learner,
    manager_a,
    member_a,
    organisation_a,
    licensing_authority,
    licensing_officer,
    assessor,
    superuser,
    settings,
    tmp_path,
):
    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "evidence"
    world = build_world(
        learner=learner,
        manager_a=manager_a,
        member_a=member_a,
        organisation_a=organisation_a,
        licensing_authority=licensing_authority,
        licensing_officer=licensing_officer,
        assessor=assessor,
    )
    # What people typed: names, job roles, an organisation's name and address, a quality-mark
    # commentary, an evaluation's "what will you do", a survey comment, a certificate's name.
    User.objects.filter(pk__in=[learner.pk, member_a.pk]).update(full_name=f"Name {payload}", job_role=payload)
    Organisation.objects.filter(pk=organisation_a.pk).update(
        name=f"School {payload}", address=payload, on_public_register=True
    )
    learner.certificates.update(holder_name=f"Holder {payload}")
    ApplicationSection.objects.filter(application_id=world.application).update(
        commentary=payload, assessor_comment=payload
    )
    enrolment = Enrolment.objects.get(learner=learner)
    CourseEvaluation.objects.update_or_create(
        enrolment=enrolment, defaults={"after_at": timezone.now(), "action": f"Action {payload}", "met_aims": 4}
    )
    SurveyResponse.objects.create(
        survey=Survey.objects.get(pk=world.survey),
        respondent=learner,
        submitted_at=timezone.now(),
        job_role=payload,
        comments=f"Comment {payload}",
    )

    org = organisation_a.pk
    application = world.application
    pages = {
        learner: [
            reverse("people:profile"),
            reverse("people:your_data"),
            reverse("courses:my_learning"),
            reverse("organisations:list"),
            reverse("courses:attempt_result", args=[world.attempt]),
            reverse("courses:verify_code", args=[world.certificate_code]),
            reverse("insights:survey", args=[Survey.objects.get(pk=world.survey).slug]),
        ],
        member_a: [reverse("organisations:list"), reverse("organisations:leave", args=[org])],
        manager_a: [
            reverse("organisations:list"),
            reverse("organisations:members", args=[org]),
            reverse("courses:organisation_training", args=[org]),
            reverse("quality_mark:school", args=[org]),
            reverse("quality_mark:application", args=[org, application]),
            reverse("quality_mark:section", args=[org, application, world.section]),
            reverse("quality_mark:check", args=[org, application]),
            reverse("quality_mark:history", args=[org, application]),
            reverse("organisations:join", args=[world.join_code]),
        ],
        assessor: [
            reverse("quality_mark_review:index"),
            reverse("quality_mark_review:review", args=[application]),
        ],
        superuser: [
            reverse("certificates:index"),
            reverse("certificates:inspect", args=[world.certificate]),
            reverse("organisations_admin:index"),
            reverse("organisations_admin:inspect", args=[org]),
            reverse("organisations_admin:decide", args=[org]),
            reverse("quality_mark_review:index"),
            reverse("quality_mark_review:review", args=[application]),
            reverse("insights_dashboard", args=["satisfaction"]),
            reverse("insights_dashboard", args=["survey"]),
            reverse("wagtailadmin_reports:site_history"),
            reverse("wagtailusers_users:index"),
        ],
    }
    anonymous = [
        reverse("courses:verify_code", args=[world.certificate_code]),
        reverse("courses:trained_venues"),
        reverse("quality_mark:register"),
    ]
    shown = set()
    for user, urls in [*pages.items(), (None, anonymous)]:
        client = _client(user) if user else Client(raise_request_exception=True)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, f"{url}: {response.status_code}"
            html = response.content.decode()
            assert payload not in html, f"{url} shows {payload!r} unescaped"
            if "&lt;" in html and ("alert(1)" in html):
                shown.add(url)
    # The test means something only if the strings were on the pages, escaped.
    assert len(shown) >= 10, sorted(shown)


def _as_an_editor_saves_it(contentstate: dict) -> str:
    """What the lesson's rich text becomes when an editor's browser posts this (Draftail sends
    contentstate JSON; Wagtail turns it into stored HTML with only the whitelisted features)."""
    return DraftailRichTextArea().value_from_datadict({"body": json.dumps(contentstate)}, {}, "body")


def test_a_lesson_body_keeps_no_script_or_event_handler(learner_client, learner):
    forged = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "depth": 0,
                "text": 'Safe words <script>alert("rich")</script> link',
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 42, "length": 4, "key": 0}],
                "data": {},
            },
            {
                "key": "b",
                "type": "unstyled",
                "depth": 0,
                "text": '"><img src=x onerror=alert(2)>',
                "inlineStyleRanges": [],
                "entityRanges": [],
                "data": {"onclick": "alert(8)"},
            },
        ],
        "entityMap": {
            "0": {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": 'javascript:alert(3)" onclick="alert(4)'},
            }
        },
    }
    body = _as_an_editor_saves_it(forged)
    home = HomePage.objects.get()
    index = CourseIndexPage.objects.first() or course_index_upsert(parent=home, title="Courses", slug="courses")
    course = course_upsert(
        index=index,
        spec={
            "title": "Course with a hostile lesson",
            "slug": "hostile",
            "audience": "school",
            "summary": "A course for tests.",
            "learning_outcomes": ["Spot the signs"],
            "competencies": [],
            "estimated_minutes": 10,
            "pass_mark": 75,
            "certificate_validity_months": 12,
            "quiz": {},
            "lessons": [{"title": "Lesson", "slug": "lesson", "estimated_minutes": 3, "body": [("rich_text", body)]}],
        },
        competencies={},
        questions=[],
    )
    enrolment_start(learner=learner, course=course)
    lesson = course.get_children().live().first().specific
    html = learner_client.get(lesson.url).content.decode()
    assert "Safe words" in html
    assert "<script>alert" not in html
    assert "<img src=x onerror" not in html
    assert "onclick" not in html
    assert "javascript:alert" not in html
