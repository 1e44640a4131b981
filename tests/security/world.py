"""The real objects the permission matrix points at. They belong to the learner, to organisation A
(a school managed by manager_a, with member_a) and to a licensing authority, so that every other
persona asks for another learner's, another organisation's or another school's object."""

from types import SimpleNamespace

from django.apps import apps
from django.utils import timezone

from courses.selectors import live_lessons_of
from courses.services import quiz_attempt_submit
from elearning.people.models import JoinRequest, MembershipRole, OrganisationKind
from elearning.people.organisations import services as organisation_services
from tests.courses.helpers import open_attempt, right_answers
from tests.factories import MembershipFactory, UserFactory, make_course


def build_world(*, learner, manager_a, member_a, organisation_a, licensing_authority, licensing_officer, assessor):
    course = make_course()
    lesson = live_lessons_of(course)[0]
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt))
    certificate = attempt.certificate

    organisation_services.join_code_set(organisation=organisation_a, by=manager_a)
    organisation_a.refresh_from_db()
    invitation, token = organisation_services.invitation_create(
        organisation=organisation_a, invited_by=manager_a, email="newcomer@example.org"
    )
    applicant = UserFactory(full_name="Ann Applicant")
    join_request = JoinRequest.objects.create(organisation=organisation_a, user=applicant, created_at=timezone.now())
    membership = member_a.memberships.get(organisation=organisation_a)
    second_manager = MembershipFactory(organisation=organisation_a, role=MembershipRole.MANAGER).user
    assert licensing_authority.kind == OrganisationKind.LICENSING_AUTHORITY

    world = SimpleNamespace(
        course=course.pk,
        lesson=lesson.pk,
        attempt=attempt.pk,
        certificate=certificate.pk,
        certificate_code=certificate.display_code,
        organisation=organisation_a.pk,
        partnership=organisation_a.district.partnership_id,
        licensing_authority=licensing_authority.pk,
        join_code=organisation_a.join_code,
        invitation=invitation.pk,
        invitation_token=token,
        join_request=join_request.pk,
        membership=membership.pk,
        second_manager=second_manager.pk,
        manager=manager_a.pk,
        user=learner.pk,
    )
    if "quality_mark" in apps.app_configs:
        _quality_mark(world, organisation_a=organisation_a, manager_a=manager_a, assessor=assessor)
    if "insights" in apps.app_configs:
        _insights(world)
    _admin(world)
    return world


def _quality_mark(world, *, organisation_a, manager_a, assessor):
    from tests.security import world_quality_mark

    world_quality_mark.build(world, organisation_a=organisation_a, manager_a=manager_a, assessor=assessor)


def _insights(world):
    from tests.security import world_insights

    world_insights.build(world)


def _admin(world):
    from tests.security import world_admin

    world_admin.build(world)
