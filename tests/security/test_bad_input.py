"""Bad input, generated: Hypothesis sends every form and POST endpoint forged ids (another
organisation's, out of range, zero), huge strings, unicode, null bytes, wrong types (several
values, a file, a number where text goes), missing and unknown fields, as the persona who may use
the form and as an outsider. For every request:

- no 500 and no unhandled exception (the test client re-raises any exception a view lets out);
- an outsider's request is refused with a 404 (or sent to sign in) and changes nothing;
- a request with a forged id in its URL (one that does not exist, or another organisation's where
  the persona has none) is refused and changes nothing, whatever else it sends;
- a rejected request (a 4xx, a form shown again with its error summary, or an error message)
  changes nothing in the tables that endpoint writes (a fingerprint before and after);
- an endpoint that must never write (a page that answers POST as GET, a form switched off) changes
  nothing, whatever it answers.

Which endpoints: every URL of the permission matrix's scope that accepts POST, derived from the URL
resolver (test_every_url_that_accepts_post_is_fuzzed_or_excluded_with_a_reason): our forms and
actions, allauth's account and two-factor forms, our admin forms, and the admin forms Wagtail builds
for our models, whose fields are read from the form on the page.

Each example runs in a savepoint that is rolled back, so examples never see each other's writes.
The runs are derandomised (the same examples on every CI run). At least 5,000 requests per run:
test_the_plan_sends_at_least_5000_requests checks the sum of the endpoints' max_examples, each
endpoint checks it sent at least 90% of them, and CI refuses a BAD_INPUT_SCALE other than 1."""

import copy
import json
import os
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from django.contrib.messages import constants as message_levels
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from courses.selectors import live_lessons_of
from courses.services import enrolment_start, lesson_complete, quiz_attempt_start
from elearning.people.models import MembershipRole, OrganisationKind
from quality_mark import services as quality_mark_services
from tests.factories import MembershipFactory, OrganisationFactory
from tests.quality_mark.helpers import png_bytes
from tests.security.fingerprint import changed_tables, fingerprint
from tests.security.world import build_world

MAX_ID = "999999999999999999"  # 18 digits: the largest the id converter accepts

NASTY_TEXT = [
    "",
    " ",
    "x" * 10_000,
    "\x00",
    "a\x00b",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "Robert'); DROP TABLE people_user;--",
    "\u202egnp.exe",
    "Zoë Łukasz-Ó Súilleabháin",
    "😀" * 50,
    "\r\n\t",
    "-1",
    "0",
    "1e400",
    "NaN",
    "9" * 40,
    "1.5",
    "[]",
    "{}",
    "null",
    "true",
    "=cmd|' /C calc'!A0",
]


def nasty_values(valid: list[str]):
    """One form value: a valid one, a nasty one, generated text, or a number as text."""
    single = st.one_of(
        st.sampled_from(valid) if valid else st.nothing(),
        st.sampled_from(NASTY_TEXT),
        st.text(max_size=60),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
    )
    return st.one_of(
        single,
        single,
        single,
        st.lists(single, min_size=2, max_size=3),  # several values where one goes
        st.builds(lambda b: SimpleUploadedFile("x.txt", b), st.binary(max_size=300)),  # a file where text goes
    )


@dataclass(frozen=True)
class Endpoint:
    name: str
    persona: str  # who may use it
    outsider: str | None  # who must get a 404 (or sign-in) and change nothing
    tables: tuple[str, ...]  # apps whose tables it may write
    kwargs: dict[str, str] = field(default_factory=dict)  # world attributes: ids in the URL
    fields: dict[str, list[str]] = field(default_factory=dict)  # valid values ("@attr": a world id)
    method: str = "post"
    examples: int = 150
    file_field: str | None = None
    read_only: bool = False  # must change nothing, whatever it answers
    form: bool = False  # add the fields of the POST form the persona gets from a GET of the URL
    reauthenticate: bool = False  # the persona confirms their password first (allauth asks for it)


ORG = {"organisation_id": "organisation"}

ENDPOINTS = [
    # people: profile, your data, organisations
    Endpoint(
        "people:profile",
        "learner",
        None,
        ("people",),
        fields={
            "full_name": ["Lee Learner"],
            "sector": ["school", "taxi"],
            "job_role": ["Cook"],
            "district": ["@district"],
            "reminder_emails": ["on"],
            "licensing_authority": ["@licensing_authority", "@organisation"],
            "badge_number": ["B 123"],
            "next": ["/my-learning/", "https://evil.example/"],
        },
        examples=300,
    ),
    Endpoint("people:account_erase", "learner", None, ("people", "courses", "account"), fields={"password": []}),
    Endpoint(
        "organisations:register",
        "learner",
        None,
        ("people",),
        fields={
            "kind": ["school", "hotel"],
            "name": ["New School"],
            "district": ["@district"],
            "address": ["1 High Street"],
            "postcode": ["HG1 1AA"],
            "urn": ["123456"],
            "premises_licence_number": ["PL1"],
            "declared_headcount": ["10"],
        },
        examples=300,
    ),
    Endpoint(
        "organisations:invite",
        "manager",
        "other_manager",
        ("people",),
        kwargs=ORG,
        fields={"email": ["new@example.org", "lee@example.org"], "role": ["member", "manager"]},
        examples=250,
    ),
    Endpoint(
        "organisations:join_code",
        "manager",
        "other_manager",
        ("people",),
        kwargs=ORG,
        fields={"action": ["enable", "regenerate", "disable"]},
    ),
    Endpoint(
        "organisations:join_request_decide",
        "manager",
        "other_manager",
        ("people",),
        kwargs={**ORG, "request_id": "join_request"},
        fields={"decision": ["approve", "decline"]},
    ),
    Endpoint(
        "organisations:member_role",
        "manager",
        "other_manager",
        ("people",),
        kwargs={**ORG, "membership_id": "membership"},
        fields={"role": ["member", "manager"]},
    ),
    Endpoint(
        "organisations:member_remove",
        "manager",
        "other_manager",
        ("people",),
        kwargs={**ORG, "membership_id": "membership"},
        examples=100,
    ),
    Endpoint(
        "organisations:invitation_revoke",
        "manager",
        "other_manager",
        ("people",),
        kwargs={**ORG, "invitation_id": "invitation"},
        examples=100,
    ),
    Endpoint("organisations:leave", "member", "other_learner", ("people",), kwargs=ORG, examples=100),
    Endpoint("organisations:join", "other_learner", None, ("people",), kwargs={"code": "join_code"}, examples=150),
    Endpoint(
        "organisations:invitation",
        "other_learner",
        None,
        ("people",),
        kwargs={"token": "invitation_token"},
        examples=150,
    ),
    # courses: learning, certificates, training
    Endpoint("courses:course_start", "other_learner", None, ("courses",), kwargs={"course_id": "course"}, examples=100),
    Endpoint(
        "courses:lesson_complete", "other_learner", None, ("courses",), kwargs={"lesson_id": "lesson"}, examples=100
    ),
    Endpoint("courses:quiz_start", "other_learner", None, ("courses",), kwargs={"course_id": "course"}, examples=100),
    Endpoint(
        "courses:attempt",
        "other_learner",
        "learner",
        ("courses",),
        kwargs={"attempt_id": "open_attempt"},
        fields={},  # filled from the open attempt's rows
        examples=400,
    ),
    Endpoint(
        "courses:evaluation_before",
        "learner",
        None,
        ("courses",),
        kwargs={"course_id": "course"},
        fields={"confidence-@competency": ["1", "4"], "skip": ["1"]},
    ),
    Endpoint(
        "courses:evaluation_after",
        "learner",
        None,
        ("courses",),
        kwargs={"course_id": "course"},
        fields={
            "confidence-@competency": ["1", "4"],
            "met_aims": ["1", "4"],
            "relevant": ["2"],
            "useful": ["3"],
            "action": ["Talk to the DSL"],
            "skip": ["1"],
        },
    ),
    Endpoint("courses:verify", "anonymous", None, ("courses",), fields={"code": ["@certificate_code"]}, method="get"),
    Endpoint(
        "courses:bulk_verify",
        "manager",
        None,
        ("courses",),
        fields={"codes": ["@certificate_code"], "download": ["1"]},
        file_field="file",
    ),
    Endpoint(
        "courses:organisation_training",
        "manager",
        "other_manager",
        ("courses", "people"),
        kwargs=ORG,
        fields={"q": ["Meg"], "course": ["@course"], "status": ["valid", "overdue"], "page": ["1", "2"]},
        method="get",
    ),
    Endpoint(
        "courses:organisation_training_remind",
        "manager",
        "other_manager",
        ("courses",),
        kwargs=ORG,
        fields={"member": ["@member_user", "@user"]},
    ),
    Endpoint(
        "courses:organisation_register_listing",
        "manager",
        "other_manager",
        ("people",),
        kwargs=ORG,
        fields={"listed": ["1", "0"]},
        examples=100,
    ),
    Endpoint(
        "courses:organisation_badge_check",
        "licensing_officer",
        "manager",
        ("courses", "people"),
        kwargs={"organisation_id": "licensing_authority"},
        fields={"badges": ["B123\nB456"], "download": ["1"]},
        file_field="file",
    ),
    # insights: the survey, the dashboards
    Endpoint(
        "insights:survey",
        "learner",
        None,
        ("insights",),
        kwargs={"slug": "survey_slug"},
        fields={
            "sector": ["school"],
            "organisation_kind": ["school"],
            "job_role": ["Teacher"],
            "district": ["@district"],
            "confidence-@competency": ["1", "4"],
            "comments": ["More on online grooming"],
        },
        examples=200,
    ),
    Endpoint(
        "insights_dashboard",
        "scoped_analyst",
        "editor",
        ("insights",),
        kwargs={"key": "'overview'"},
        fields={
            "date_from": ["2026-01-01"],
            "date_to": ["2026-12-31"],
            "partnership": ["@partnership"],
            "district": ["@district"],
            "sector": ["school"],
            "organisation": ["@organisation"],
            "course": ["@course"],
        },
        method="get",
        examples=200,
    ),
    # quality mark: the school's draft, the assessors' review
    Endpoint(
        "quality_mark:section",
        "manager",
        "other_manager",
        ("quality_mark",),
        kwargs={"organisation_id": "draft_school", "application_id": "draft", "section_id": "draft_section"},
        fields={"self_level": ["1", "4"], "commentary": ["We teach it."], "status": ["done"]},
        examples=250,
    ),
    Endpoint(
        "quality_mark:evidence_upload",
        "manager",
        "other_manager",
        ("quality_mark",),
        kwargs={"organisation_id": "draft_school", "application_id": "draft", "section_id": "draft_section"},
        file_field="file",
        examples=100,
    ),
    Endpoint(
        "quality_mark:submit",
        "manager",
        "other_manager",
        ("quality_mark",),
        kwargs={"organisation_id": "draft_school", "application_id": "draft"},
        examples=60,
    ),
    Endpoint(
        "quality_mark_review:action",
        "assessor",
        "editor",
        ("quality_mark",),
        kwargs={"pk": "submitted_application", "action": "'decide'"},
        fields={
            "decision": ["award", "not_award", "request_information"],
            "comment": ["Well done.", "Tell us more about pupil voice."],
        },
        examples=150,
    ),
    Endpoint(
        "quality_mark_review:action",
        "assessor",
        "editor",
        ("quality_mark",),
        kwargs={"pk": "submitted_application", "action": "'assess'"},
        fields={
            "section": ["@submitted_section", "@draft_section"],
            "section-@submitted_section-agreed_level": ["1", "4"],
            "section-@submitted_section-comment": ["Name the deputy DSL."],
        },
        examples=150,
    ),
    Endpoint(
        "quality_mark_review:action",
        "assessor",
        "editor",
        ("quality_mark",),
        kwargs={"pk": "submitted_application", "action": "'assign'"},
        fields={"assessor": ["@assessor", "@member_user"]},
        examples=100,
    ),
    # the admin: certificates, organisations
    Endpoint(
        "certificates:revoke",
        "superuser",
        "editor",
        ("courses",),
        kwargs={"pk": "certificate"},
        fields={"reason": ["Issued by mistake"]},
        examples=200,
    ),
    Endpoint(
        "organisations_admin:decide",
        "superuser",
        "assessor",
        ("people",),
        kwargs={"pk": "organisation"},
        fields={"decision": ["approve", "reject"]},
    ),
    # signing in and up
    Endpoint(
        "account_login",
        "anonymous",
        None,
        ("people", "account"),
        fields={"login": ["lee@example.org"], "password": ["wrong-password"]},
        examples=150,
    ),
    Endpoint(
        "account_signup",
        "anonymous",
        None,
        ("people", "account"),
        fields={"email": ["new@example.org", "lee@example.org"], "password1": ["a-good-long-pass"], "password2": ["x"]},
        examples=150,
    ),
]

PASSWORD = "correct-horse-battery"  # tests.factories.UserFactory's

# Actions that take nothing but ids, and pages that answer a POST as a GET (they must write nothing).
ENDPOINTS += [
    Endpoint("people:your_data_download", "learner", None, ("people", "wagtailcore"), examples=20),
    Endpoint("quality_mark:start", "manager", "other_manager", ("quality_mark",), kwargs=ORG, examples=40),
    Endpoint(
        "quality_mark:evidence_remove",
        "manager",
        "other_manager",
        ("quality_mark",),
        kwargs={
            "organisation_id": "draft_school",
            "application_id": "draft",
            "section_id": "draft_section",
            "evidence_id": "draft_evidence",
        },
        examples=60,
    ),
    Endpoint("organisations:home", "manager", "other_manager", ("people",), kwargs=ORG, read_only=True, examples=20),
    Endpoint("organisations:members", "manager", "other_manager", ("people",), kwargs=ORG, read_only=True, examples=20),
    Endpoint("organisations:list", "manager", None, ("people",), read_only=True, examples=20),
    Endpoint("courses:my_learning", "learner", None, ("courses",), read_only=True, examples=20),
    Endpoint(
        "courses:attempt_result",
        "learner",
        "other_learner",
        ("courses",),
        kwargs={"attempt_id": "attempt"},
        read_only=True,
        examples=30,
    ),
    Endpoint("account_email_verification_sent", "anonymous", None, ("people", "account"), read_only=True, examples=15),
]

# allauth: the account and two-factor forms (each form's fields read from the page, plus valid values).
ENDPOINTS += [
    Endpoint(
        "account_reauthenticate",
        "learner",
        None,
        ("people", "account"),
        fields={"password": [PASSWORD, "wrong-password"]},
        form=True,
        examples=100,
    ),
    Endpoint(
        "account_email",
        "learner",
        None,
        ("people", "account"),
        fields={"email": ["lee@example.org", "lee.new@example.org", "olive@example.org"]},
        form=True,
        reauthenticate=True,
        examples=200,
    ),
    Endpoint(
        "account_change_password",
        "learner",
        None,
        ("people", "account"),
        fields={
            "oldpassword": [PASSWORD],
            "password1": ["a-new-long-pass-2026"],
            "password2": ["a-new-long-pass-2026"],
        },
        form=True,
        reauthenticate=True,
        examples=150,
    ),
    Endpoint("account_set_password", "learner", None, ("people", "account"), read_only=True, examples=15),
    Endpoint(
        "account_reset_password",
        "anonymous",
        None,
        ("people", "account"),
        fields={"email": ["lee@example.org", "nobody@example.org"]},
        form=True,
        examples=120,
    ),
    Endpoint(
        "account_reset_password_from_key",
        "anonymous",
        None,
        ("people", "account"),
        kwargs={"uidb36": "'zz'", "key": "'forged-key'"},
        fields={"password1": ["a-new-long-pass-2026"], "password2": ["a-new-long-pass-2026"]},
        read_only=True,
        examples=80,
    ),
    Endpoint(
        "account_confirm_email",
        "anonymous",
        None,
        ("people", "account"),
        kwargs={"key": "'forged-key'"},
        read_only=True,
        examples=20,
    ),
    # Codes by email are off (settings): these answer without reading a form.
    Endpoint("account_confirm_login_code", "anonymous", None, ("people", "account"), read_only=True, examples=15),
    Endpoint(
        "account_request_reauthentication_code", "learner", None, ("people", "account"), read_only=True, examples=15
    ),
    Endpoint(
        "account_confirm_reauthentication_code", "learner", None, ("people", "account"), read_only=True, examples=15
    ),
    Endpoint(
        "mfa_activate_totp",
        "learner",
        None,
        ("people", "mfa"),
        fields={"code": ["123456"]},
        form=True,
        reauthenticate=True,
        examples=120,
    ),
    Endpoint(
        "mfa_authenticate",
        "staff_signing_in",
        None,
        ("people", "mfa"),
        fields={"code": ["123456", "12345678"]},
        form=True,
        examples=120,
    ),
    Endpoint(
        "mfa_reauthenticate", "editor", None, ("people", "mfa"), fields={"code": ["123456"]}, form=True, examples=80
    ),
    Endpoint("mfa_deactivate_totp", "editor", None, ("mfa",), read_only=True, reauthenticate=True, examples=20),
    Endpoint("mfa_generate_recovery_codes", "editor", None, ("mfa",), reauthenticate=True, examples=20),
]

# Our admin forms (fields read from the page).
ENDPOINTS += [
    Endpoint("analyst_scopes:add", "superuser", "editor", ("insights", "wagtailcore"), form=True, examples=60),
    Endpoint(
        "analyst_scopes:edit",
        "superuser",
        "editor",
        ("insights", "wagtailcore"),
        kwargs={"pk": "analyst_scope"},
        form=True,
        examples=60,
    ),
    Endpoint(
        "analyst_scopes:copy",
        "superuser",
        "editor",
        ("insights", "wagtailcore"),
        kwargs={"pk": "analyst_scope"},
        form=True,
        examples=15,
    ),
    Endpoint(
        "analyst_scopes:delete",
        "superuser",
        "editor",
        ("insights", "wagtailcore"),
        kwargs={"pk": "analyst_scope"},
        examples=10,
    ),
    Endpoint(
        "surveys:add",
        "scoped_analyst",
        "editor",
        ("insights", "wagtailcore"),
        fields={"slug": ["new-survey", "workforce-survey"], "opens_on": ["2026-01-01"], "closes_on": ["2026-12-31"]},
        form=True,
        examples=80,
    ),
    Endpoint(
        "surveys:edit",
        "scoped_analyst",
        "editor",
        ("insights", "wagtailcore"),
        kwargs={"pk": "survey"},
        fields={"opens_on": ["2026-01-01"], "closes_on": ["2025-01-01", "2026-12-31"]},
        form=True,
        examples=80,
    ),
    Endpoint(
        "surveys:delete", "scoped_analyst", "editor", ("insights", "wagtailcore"), kwargs={"pk": "survey"}, examples=10
    ),
    Endpoint(
        "organisations_admin:add",
        "superuser",
        "assessor",
        ("people", "wagtailcore"),
        fields={"kind": ["school", "hotel"], "urn": ["123456"], "declared_headcount": ["10"]},
        form=True,
        examples=80,
    ),
    Endpoint(
        "organisations_admin:edit",
        "superuser",
        "assessor",
        ("people", "wagtailcore"),
        kwargs={"pk": "organisation"},
        fields={"kind": ["school", "hotel"], "declared_headcount": ["10", "-1"]},
        form=True,
        examples=80,
    ),
    Endpoint(
        "organisations_admin:copy",
        "superuser",
        "assessor",
        ("people", "wagtailcore"),
        kwargs={"pk": "organisation"},
        form=True,
        examples=20,
    ),
    Endpoint(
        "organisations_admin:delete",
        "superuser",
        "assessor",
        ("people", "wagtailcore"),
        kwargs={"pk": "organisation"},
        examples=10,
    ),
]


def _admin_model_endpoints() -> list[Endpoint]:
    """The admin forms Wagtail builds for our models: every view of theirs that takes a POST, as the
    persona whose group may use it, with an outsider who may not."""
    who = {  # namespace: (persona, outsider, object in the world, apps written)
        "courses_question": ("editor", "assessor", "question", ("courses", "wagtailcore")),
        "courses_competency": ("editor", "assessor", "competency_snippet", ("courses", "wagtailcore")),
        "courses_requiredcourse": ("superuser", "editor", "required_course", ("courses", "wagtailcore")),
        "quality_mark_standard": ("editor", "assessor", "standard", ("quality_mark", "wagtailcore")),
        "people_district": ("editor", "assessor", "org_district", ("people", "wagtailcore")),
        "people_partnership": ("editor", "assessor", "partnership", ("people", "wagtailcore")),
        "language_languagerule": ("editor", "assessor", "language_rule", ("language", "wagtailcore")),
        # Kept wording is a record of editors' confirmations: nobody adds, edits or deletes one here.
        "language_languageconfirmation": ("superuser", None, "language_confirmation", ("language", "wagtailcore")),
    }
    revision = {"question": "question_revision", "competency_snippet": "competency_revision"}
    revision |= {"standard": "standard_revision", "language_rule": "language_rule_revision"}
    views = {  # view: (takes the object's id, reads the form, examples)
        "add": (False, True, 20),
        "edit": (True, True, 20),
        "copy": (True, True, 8),
        "delete": (True, False, 6),
        "unpublish": (True, False, 6),
    }
    endpoints = []
    for namespace, (persona, outsider, obj, tables) in who.items():
        read_only = namespace == "language_languageconfirmation"
        for view, (by_id, form, examples) in views.items():
            endpoints.append(
                Endpoint(
                    f"wagtailsnippets_{namespace}:{view}",
                    persona,
                    outsider,
                    tables,
                    kwargs={"pk": obj} if by_id else {},
                    form=form and not read_only,
                    read_only=read_only,
                    examples=examples,
                )
            )
        if obj in revision:
            for view in ("revisions_revert", "revisions_unschedule"):
                endpoints.append(
                    Endpoint(
                        f"wagtailsnippets_{namespace}:{view}",
                        persona,
                        outsider,
                        tables,
                        kwargs={"pk": obj, "revision_id": revision[obj]},
                        form=view == "revisions_revert",
                        examples=8 if view == "revisions_revert" else 6,
                    )
                )
        # The chooser's creation form shows no fields of ours (its page has only the token).
        endpoints.append(
            Endpoint(
                f"wagtailsnippetchoosers_{namespace}:create",
                persona,
                outsider,
                tables,
                read_only=read_only,
                examples=8,
            )
        )
    users = ("people", "wagtailcore", "wagtailusers", "account")
    endpoints += [
        Endpoint("wagtailusers_users:add", "superuser", "editor", users, form=True, examples=30),
        Endpoint(
            "wagtailusers_users:edit", "superuser", "editor", users, kwargs={"pk": "user"}, form=True, examples=30
        ),
        Endpoint("wagtailusers_users:copy", "superuser", "editor", users, kwargs={"pk": "user"}, form=True, examples=8),
        Endpoint("wagtailusers_users:delete", "superuser", "editor", users, kwargs={"pk": "user"}, examples=6),
    ]
    return endpoints


def _in_scope(endpoints: list[Endpoint]) -> list[Endpoint]:
    """Generated endpoints exist for some models only (questions are the only drafts)."""
    from tests.security.matrix import routes_in_scope

    routes = routes_in_scope()
    return [endpoint for endpoint in endpoints if endpoint.name in routes and routes[endpoint.name].accepts_post]


ENDPOINTS += _in_scope(_admin_model_endpoints())

# Every URL in the permission matrix's scope that accepts POST and is not fuzzed, and why.
NOT_FUZZED = {
    "account_logout": "takes no input but the session: signing out would leave the next examples anonymous",
    "quality_mark_review:review": (
        "the quality-mark engineer's branch is reworking the review views; its POST is answered as the "
        "page (permission matrix row)"
    ),
}

# Half of them forged in the URL: the real id, another organisation's/learner's, zero, the largest.
FORGED_IDS = ("0", MAX_ID)


def test_the_plan_sends_at_least_5000_requests():
    assert sum(endpoint.examples for endpoint in ENDPOINTS) >= 5000


def test_every_url_that_accepts_post_is_fuzzed_or_excluded_with_a_reason():
    """Derived from the URL resolver (tests/security/matrix.py): a new form or action that is neither
    in ENDPOINTS nor in NOT_FUZZED fails here."""
    from tests.security.matrix import routes_in_scope

    routes = routes_in_scope()
    accepting = {name for name, route in routes.items() if route.accepts_post}
    fuzzed = {endpoint.name for endpoint in ENDPOINTS if endpoint.method == "post"}
    assert not fuzzed & set(NOT_FUZZED)
    assert all(len(reason) > 20 for reason in NOT_FUZZED.values())
    assert not sorted(accepting - fuzzed - set(NOT_FUZZED)), "accept POST but are neither fuzzed nor excluded"
    assert not sorted(set(NOT_FUZZED) - accepting), "excluded but no longer accept POST"
    assert not sorted(fuzzed - accepting), "fuzzed with POST but do not accept it"
    listed = {(endpoint.name, tuple(sorted(endpoint.kwargs.items()))) for endpoint in ENDPOINTS}
    assert len(listed) == len(ENDPOINTS), "an endpoint is listed twice"


def test_it_reads_the_fields_of_a_pages_post_forms():
    page = """<form method="get"><input name="q"></form>
    <form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="x">
    <input name="title" value="Old"><input type="checkbox" name="live" value="on">
    <select name="kind"><option value="">--</option><option value="school" selected>School</option></select>
    <textarea name="intro">Hello</textarea><button name="action_add" value="1">Add</button></form>"""
    assert _form_fields(page) == {
        "title": ["Old"],
        "live": ["on"],
        "kind": ["school"],
        "intro": ["Hello"],
        "action_add": ["1"],
    }


def _world_extras(world, *, learner, other_learner, manager_a, member_a, assessor, superuser):
    """An open attempt of the other learner, a draft application of a second school managed by
    manager_a, and a submitted one of a third school."""
    from courses.models import Competency, CoursePage

    course = CoursePage.objects.get(pk=world.course)
    enrolment = enrolment_start(learner=other_learner, course=course)
    for lesson in live_lessons_of(course):
        lesson_complete(enrolment=enrolment, lesson=lesson)
    attempt = quiz_attempt_start(enrolment=enrolment)
    world.open_attempt = attempt.pk
    world.answer_rows = {row.pk: [str(choice["id"]) for choice in row.choices] for row in attempt.answers.all()}
    world.competency = Competency.objects.order_by("pk").first().pk
    world.member_user = member_a.pk
    world.assessor = assessor.pk
    world.district = learner.district_id

    draft_school = OrganisationFactory(name="Draft School", kind=OrganisationKind.SCHOOL)
    MembershipFactory(organisation=draft_school, user=manager_a, role=MembershipRole.MANAGER)
    draft = quality_mark_services.application_start(organisation=draft_school, user=manager_a)
    world.draft_school, world.draft, world.draft_section = draft_school.pk, draft.pk, draft.sections.first().pk

    evidence = quality_mark_services.evidence_add(
        section=draft.sections.first(), user=manager_a, uploaded_file=SimpleUploadedFile("plan.png", png_bytes())
    )
    world.draft_evidence = evidence.pk

    third_school = OrganisationFactory(name="Third School", kind=OrganisationKind.SCHOOL)
    third_manager = MembershipFactory(organisation=third_school, role=MembershipRole.MANAGER).user
    submitted = quality_mark_services.application_start(organisation=third_school, user=third_manager)
    for section in submitted.sections.all():
        quality_mark_services.section_save(section=section, user=third_manager, self_level=3, commentary="Done.")
    quality_mark_services.application_submit(application=submitted, user=third_manager)
    quality_mark_services.application_review_start(application=submitted, user=assessor)
    for section in submitted.sections.all():  # so an "award" in the examples can succeed
        quality_mark_services.section_assess(section=section, user=assessor, agreed_level=3, comment="")
    world.submitted_application = submitted.pk
    world.submitted_section = submitted.sections.first().pk


class _FormFields(HTMLParser):
    """The fields of a page's POST forms: inputs (hidden ones too: formsets count their forms in
    them), selects, textareas and named buttons, each with the values the page offers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, list[str]] = {}
        self._in_post_form = False
        self._select: str | None = None
        self._textarea: str | None = None

    def _add(self, name: str | None, value: str | None) -> None:
        if not name or name == "csrfmiddlewaretoken":
            return
        values = self.fields.setdefault(name, [])
        if value and value not in values:
            values.append(value)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self._in_post_form = (attributes.get("method") or "").lower() == "post"
        elif not self._in_post_form:
            return
        elif (tag == "input" and attributes.get("type") != "file") or tag == "button":
            self._add(attributes.get("name"), attributes.get("value"))
        elif tag == "select":
            self._select = attributes.get("name")
            self._add(self._select, None)
        elif tag == "option" and self._select:
            self._add(self._select, attributes.get("value"))
        elif tag == "textarea":
            self._textarea = attributes.get("name")
            self._add(self._textarea, None)

    def handle_data(self, data):
        if self._textarea and data.strip():
            self._add(self._textarea, data.strip())

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_post_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def _form_fields(html: str) -> dict[str, list[str]]:
    parser = _FormFields()
    parser.feed(html)
    return parser.fields


def _page_form_fields(client, url: str) -> dict[str, list[str]]:
    """What the persona's GET of the URL offers to post back (a chooser answers JSON with its HTML)."""
    response = client.get(url)
    if response.status_code != 200:
        return {}
    body = response.content.decode(errors="replace")
    if response["Content-Type"].startswith("application/json"):
        found = json.loads(body)
        body = found.get("html") or found.get("htmlFragment") or ""
    return _form_fields(body)


def _resolve(value: str, world) -> str:
    if value.startswith("@"):
        return str(getattr(world, value[1:]))
    return value


def _field_names(endpoint: Endpoint, world) -> dict[str, list[str]]:
    fields = {}
    if endpoint.name == "courses:attempt":
        for row_pk, choice_ids in world.answer_rows.items():
            fields[f"answer-{row_pk}"] = choice_ids
    for name, values in endpoint.fields.items():
        name = name.replace("@competency", str(world.competency)).replace(
            "@submitted_section", str(world.submitted_section)
        )
        fields[name] = [_resolve(value, world) for value in values]
    return fields


def _real_kwargs(endpoint: Endpoint, world) -> dict[str, str]:
    return {
        key: (attr.strip("'") if attr.startswith("'") else str(getattr(world, attr)))
        for key, attr in endpoint.kwargs.items()
    }


def _url_kwargs(endpoint: Endpoint, world):
    """The real ids, or each one forged."""
    real = _real_kwargs(endpoint, world)
    if not real:
        return st.just(real)
    options = {}
    for key, value in real.items():
        if endpoint.kwargs[key].startswith("'"):
            options[key] = st.just(value)
        elif key in ("code", "token", "slug"):
            options[key] = st.one_of(
                st.just(value), st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789-_", min_size=1, max_size=50)
            )
        else:
            options[key] = st.sampled_from([value, value, *FORGED_IDS, str(world.other_ids.get(key, value))])
    return st.fixed_dictionaries(options)


def _rejected(response) -> bool:
    if response.status_code >= 400:
        return True
    body = response.content.decode(errors="replace") if not getattr(response, "streaming", False) else ""
    if "govuk-error-summary" in body or ("error-message" in body and response.status_code == 200 and "<form" in body):
        return True
    if response.get("Content-Type", "").startswith("application/json") and '"step": "reshow' in body:
        return True  # a Wagtail chooser showing its creation form again, with errors
    queued = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])
    return any(message.level >= message_levels.ERROR for message in queued)


def _declined(response) -> bool:
    """Answered with a message and no success: "That file has already been removed." (a remove
    that is safe to send twice)."""
    queued = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])
    return bool(queued) and all(message.level != message_levels.SUCCESS for message in queued)


def _refused_outsider(response) -> bool:
    """A 404 (or 403), sent to sign in, or (in the admin, which Wagtail answers so) sent to the
    admin's home page."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"].split("?")[0] in ("/accounts/login/", "/admin/")


def _forged(kwargs: dict, real: dict) -> bool:
    """An id in the URL that is not the real object's: one that does not exist, or another
    organisation's. (An admin "pk" of another object is no forgery: staff act on any object; a join
    code typed in another case or with other dashes is the same code.)"""
    from elearning.people.organisations.codes import join_code_normalise

    def differs(key, value):
        if key == "code":
            return join_code_normalise(value) != join_code_normalise(real[key])
        return value != real[key] and (key != "pk" or value in FORGED_IDS)

    return any(differs(key, value) for key, value in kwargs.items())


GROUPS = {
    "people": [e for e in ENDPOINTS if e.name.startswith(("people:", "organisations:"))],
    "accounts": [e for e in ENDPOINTS if e.name.startswith(("account_", "mfa_"))],
    "courses": [e for e in ENDPOINTS if e.name.startswith("courses:")],
    "admin_models": [e for e in ENDPOINTS if e.name.startswith(("wagtailsnippet", "wagtailusers"))],
    "staff_and_schools": [
        e
        for e in ENDPOINTS
        if not e.name.startswith(
            ("people:", "organisations:", "account_", "mfa_", "courses:", "wagtailsnippet", "wagtailusers")
        )
    ],
}


def test_every_endpoint_is_in_a_group():
    assert sum(len(group) for group in GROUPS.values()) == len(ENDPOINTS)


@pytest.mark.fuzz
@pytest.mark.django_db
@pytest.mark.parametrize("group", sorted(GROUPS))
def test_bad_input_never_errors_and_a_rejected_request_changes_nothing(
    group,
    learner,
    other_learner,
    member_a,
    manager_a,
    manager_b,
    organisation_a,
    organisation_b,
    licensing_authority,
    licensing_officer,
    assessor,
    scoped_analyst,
    editor,
    superuser,
    settings,
    tmp_path,
):
    _check_scale()
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
    _world_extras(
        world,
        learner=learner,
        other_learner=other_learner,
        manager_a=manager_a,
        member_a=member_a,
        assessor=assessor,
        superuser=superuser,
    )
    other_membership = MembershipFactory(organisation=organisation_b)
    world.other_ids = {
        "organisation_id": organisation_b.pk,
        "membership_id": other_membership.pk,
        "pk": organisation_b.pk,
    }
    users = {
        "anonymous": None,
        "learner": learner,
        "other_learner": other_learner,
        "member": member_a,
        "manager": manager_a,
        "other_manager": manager_b,
        "licensing_officer": licensing_officer,
        "assessor": assessor,
        "scoped_analyst": scoped_analyst,
        "editor": editor,
        "superuser": superuser,
    }
    clients = {}
    for persona, user in users.items():
        clients[persona] = Client(raise_request_exception=True)
        if user is not None:
            clients[persona].force_login(user)
    # Half-way through signing in: the password was right, allauth waits for the app's code.
    clients["staff_signing_in"] = Client(raise_request_exception=True)
    clients["staff_signing_in"].post(reverse("account_login"), {"login": editor.email, "password": PASSWORD})
    users["staff_signing_in"] = editor

    for endpoint in GROUPS[group]:
        if endpoint.reauthenticate:  # allauth asks again before a change to the account; it lasts minutes
            cache.clear()
            response = clients[endpoint.persona].post(reverse("account_reauthenticate"), {"password": PASSWORD})
            assert response.status_code == 302, f"{endpoint.persona} could not confirm their password"
        _hammer(endpoint, world, clients)


# For a quick local run only: BAD_INPUT_SCALE=0.05 sends a twentieth. CI must send them all.
SCALE = float(os.environ.get("BAD_INPUT_SCALE", "1"))


def _check_scale(scale: float = SCALE, environ=os.environ) -> None:
    if environ.get("CI", "").lower() == "true" and scale != 1:
        raise AssertionError(f"BAD_INPUT_SCALE={scale}: CI sends every planned request (at least 5,000); unset it.")


def test_ci_refuses_a_cut_down_run():
    _check_scale(0.05, {})  # a quick local run is fine
    _check_scale(1, {"CI": "true"})
    with pytest.raises(AssertionError, match=r"BAD_INPUT_SCALE=0\.05"):
        _check_scale(0.05, {"CI": "true"})


def _hammer(endpoint: Endpoint, world, clients) -> None:
    fields = _field_names(endpoint, world)
    if endpoint.form:
        page = _page_form_fields(
            clients[endpoint.persona], reverse(endpoint.name, kwargs=_real_kwargs(endpoint, world))
        )
        assert page, f"{endpoint.name}: no POST form found for {endpoint.persona}"
        fields = {name: sorted(set(page.get(name, [])) | set(fields.get(name, []))) for name in page | fields}
    sent = []
    # Every example is rolled back, so each starts from this state.
    baseline = fingerprint(*endpoint.tables)
    examples = max(1, int(endpoint.examples * SCALE))

    @hypothesis_settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def run(data):
        kwargs = data.draw(_url_kwargs(endpoint, world), label="url")
        present = data.draw(st.sets(st.sampled_from(sorted(fields))) if fields else st.just(set()), label="fields")
        form = {name: data.draw(nasty_values(fields[name]), label=name) for name in sorted(present)}
        if data.draw(st.booleans(), label="unknown field"):
            form["unexpected"] = data.draw(st.sampled_from(NASTY_TEXT))
        if endpoint.file_field and data.draw(st.booleans(), label="file"):
            content = data.draw(st.binary(max_size=2000), label="file content")
            name = data.draw(st.sampled_from(["a.csv", "a.png", "a.pdf", "../../etc/passwd", "a" * 300, "x\x00.txt"]))
            form[endpoint.file_field] = SimpleUploadedFile(name, content)
        # The outsider asks for the real objects (another organisation's ids may well be theirs).
        real = _real_kwargs(endpoint, world)
        real_ids = kwargs == real
        forged = _forged(kwargs, real)
        outsider = endpoint.outsider is not None and real_ids and data.draw(st.booleans(), label="outsider")
        persona = endpoint.outsider if outsider else endpoint.persona
        url = reverse(endpoint.name, kwargs=kwargs)
        cache.clear()  # rate limits: every example starts uncounted
        sent.append(1)
        client = clients[persona]
        # A request may sign the client out or give it a new session (a password changed, a code
        # accepted); its rows are rolled back, so the next example goes on with the old cookie.
        cookies = copy.deepcopy(client.cookies)
        with transaction.atomic():
            if endpoint.method == "get":
                response = client.get(url, {k: v for k, v in form.items() if not hasattr(v, "read")})
            else:
                response = client.post(url, form)
            assert response.status_code < 500, f"{endpoint.name} {url} {form!r}: {response.status_code}"
            if outsider:
                assert _refused_outsider(response), f"{endpoint.name} as {persona}: {response.status_code}"
            if forged:
                assert _refused_outsider(response) or _rejected(response) or _declined(response), (
                    f"{endpoint.name} {url} as {persona} with a forged id was not refused: {response.status_code}"
                )
            if outsider or forged or endpoint.read_only or _rejected(response):
                changed = changed_tables(baseline, fingerprint(*endpoint.tables))
                assert not changed, f"{endpoint.name} {url} as {persona} was refused but changed {changed}: {form!r}"
            transaction.set_rollback(True)
        client.cookies = cookies

    run()
    assert len(sent) >= 0.9 * examples, f"{endpoint.name}: only {len(sent)} of {examples} requests"
