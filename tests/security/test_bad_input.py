"""Bad input, generated: Hypothesis sends every form and POST endpoint forged ids (another
organisation's, out of range, zero), huge strings, unicode, null bytes, wrong types (several
values, a file, a number where text goes), missing and unknown fields, as the persona who may use
the form and as an outsider. For every request:

- no 500 and no unhandled exception (the test client re-raises any exception a view lets out);
- an outsider's request is refused with a 404 (or sent to sign in) and changes nothing;
- a rejected request (a 4xx, a form shown again with its error summary, or an error message)
  changes nothing in the tables that endpoint writes (a fingerprint before and after).

Each example runs in a savepoint that is rolled back, so examples never see each other's writes.
The runs are derandomised (the same examples on every CI run). At least 5,000 requests per run:
test_the_plan_sends_at_least_5000_requests checks the sum of the endpoints' max_examples, and each
endpoint checks it sent at least 90% of them."""

import os
from dataclasses import dataclass, field

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
# Half of them forged in the URL: the real id, another organisation's/learner's, zero, the largest.
FORGED_IDS = ("0", MAX_ID)


def test_the_plan_sends_at_least_5000_requests():
    assert sum(endpoint.examples for endpoint in ENDPOINTS) >= 5000


def test_every_post_endpoint_of_the_permission_matrix_is_planned():
    """Every URL the permission matrix POSTs to is hammered here, or left out for a reason."""
    from tests.security.test_permission_matrix import ROWS

    planned = {endpoint.name for endpoint in ENDPOINTS}
    not_planned = {
        "people:your_data_download": "takes no input: the permission matrix and test_privacy cover it",
        "quality_mark:start": "takes no input: the permission matrix covers it",
        "quality_mark:evidence_remove": "takes no input beyond ids: the permission matrix covers it",
    }
    posted = {name for name, row in ROWS.items() if row.method == "post"}
    assert not planned & set(not_planned)
    assert not posted - planned - set(not_planned)


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
    queued = getattr(getattr(response.wsgi_request, "_messages", None), "_queued_messages", [])
    return any(message.level >= message_levels.ERROR for message in queued)


def _refused_outsider(response) -> bool:
    """A 404 (or 403), sent to sign in, or (in the admin, which Wagtail answers so) sent to the
    admin's home page."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"].split("?")[0] in ("/accounts/login/", "/admin/")


GROUPS = {
    "people": [e for e in ENDPOINTS if e.name.startswith(("people:", "organisations:", "account_"))],
    "courses": [e for e in ENDPOINTS if e.name.startswith("courses:")],
    "staff_and_schools": [
        e for e in ENDPOINTS if not e.name.startswith(("people:", "organisations:", "account_", "courses:"))
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

    for endpoint in GROUPS[group]:
        _hammer(endpoint, world, clients)


# For a quick local run only: BAD_INPUT_SCALE=0.05 sends a twentieth. CI leaves it at 1.
SCALE = float(os.environ.get("BAD_INPUT_SCALE", "1"))


def _hammer(endpoint: Endpoint, world, clients) -> None:
    fields = _field_names(endpoint, world)
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
        real_ids = kwargs == _real_kwargs(endpoint, world)
        outsider = endpoint.outsider is not None and real_ids and data.draw(st.booleans(), label="outsider")
        persona = endpoint.outsider if outsider else endpoint.persona
        url = reverse(endpoint.name, kwargs=kwargs)
        cache.clear()  # rate limits: every example starts uncounted
        sent.append(1)
        with transaction.atomic():
            client = clients[persona]
            if endpoint.method == "get":
                response = client.get(url, {k: v for k, v in form.items() if not hasattr(v, "read")})
            else:
                response = client.post(url, form)
            assert response.status_code < 500, f"{endpoint.name} {url} {form!r}: {response.status_code}"
            if outsider:
                assert _refused_outsider(response), f"{endpoint.name} as {persona}: {response.status_code}"
            if outsider or _rejected(response):
                changed = changed_tables(baseline, fingerprint(*endpoint.tables))
                assert not changed, f"{endpoint.name} {url} as {persona} was refused but changed {changed}: {form!r}"
            transaction.set_rollback(True)

    run()
    assert len(sent) >= 0.9 * examples, f"{endpoint.name}: only {len(sent)} of {examples} requests"
