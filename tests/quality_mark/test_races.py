"""Two decisions at once must leave exactly one. Locking is only real on PostgreSQL, so these run
there; SQLite serialises every write anyway."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from elearning.people.models import MembershipRole, OrganisationKind
from quality_mark import services
from quality_mark.errors import IllegalTransition, QualityMarkError
from quality_mark.models import Application, ApplicationEvent, Award, Standard, StandardMeasure
from quality_mark.permissions import ASSESSORS_GROUP
from tests.courses.test_races import run_together
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory, make_course
from tests.quality_mark.helpers import assess_all, fill, start, under_review

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="races and locking are only real on PostgreSQL"),
]


@pytest.fixture
def cast(settings, tmp_path):
    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "evidence"
    school = OrganisationFactory(kind=OrganisationKind.SCHOOL, declared_headcount=10)
    manager = MembershipFactory(organisation=school, role=MembershipRole.MANAGER).user
    assessors = [UserFactory(is_staff=True) for _ in range(2)]
    for assessor in assessors:
        assessor.groups.add(Group.objects.get(name=ASSESSORS_GROUP))
    course = make_course(slug="school-staff")
    for n, measured in enumerate([False, True]):
        Standard.objects.create(
            title=f"Standard {n}",
            slug=f"standard-{n}",
            sort_order=n,
            what_good_looks_like="Good.",
            level_1_emerging="1",
            level_2_developing="2",
            level_3_established="3",
            level_4_embedded="4",
            measure=StandardMeasure.STAFF_TRAINING if measured else "",
            measure_course=course if measured else None,
        )
    return school, manager, assessors


def test_two_concurrent_decisions_by_the_assigned_assessor_leave_exactly_one(cast):
    school, manager, (assigned, _other) = cast
    application = assess_all(under_review(school, manager, assigned), assigned)
    results, errors = run_together(
        lambda: services.application_award(application=Application.objects.get(pk=application.pk), user=assigned),
        lambda: services.application_not_award(
            application=Application.objects.get(pk=application.pk), user=assigned, comment="Not yet."
        ),
    )
    assert len(results) == 1
    assert len(errors) == 1 and isinstance(errors[0], IllegalTransition)
    application.refresh_from_db()
    assert application.status in ("awarded", "not_awarded")
    assert ApplicationEvent.objects.filter(application=application, action__in=["award", "not_award"]).count() == 1
    assert Award.objects.count() == (1 if application.status == "awarded" else 0)


def test_concurrent_awards_by_the_assessor_and_superusers_make_one_award(cast):
    school, manager, (assigned, _other) = cast
    superusers = [UserFactory(is_staff=True, is_superuser=True) for _ in range(2)]
    application = assess_all(under_review(school, manager, assigned), assigned)
    results, errors = run_together(
        *(
            lambda user=user: services.application_award(
                application=Application.objects.get(pk=application.pk), user=user
            )
            for user in (assigned, *superusers)
        )
    )
    assert len(results) == 1 and len(errors) == 2
    assert all(isinstance(error, IllegalTransition) for error in errors)
    assert Award.objects.count() == 1


def test_a_takeover_racing_a_decision_leaves_one_consistent_outcome(cast):
    """The assigned assessor decides while another assessor assigns it to themselves and decides:
    whichever order the locks give, exactly one decision is made, by whoever held it then."""
    school, manager, (assigned, other) = cast
    application = assess_all(under_review(school, manager, assigned), assigned)

    def take_over_and_decide():
        services.application_assign(application=Application.objects.get(pk=application.pk), assessor=other, user=other)
        return services.application_not_award(
            application=Application.objects.get(pk=application.pk), user=other, comment="Not yet."
        )

    results, errors = run_together(
        lambda: services.application_award(application=Application.objects.get(pk=application.pk), user=assigned),
        take_over_and_decide,
    )
    assert len(results) + len(errors) == 2
    application.refresh_from_db()
    decisions = ApplicationEvent.objects.filter(application=application, action__in=["award", "not_award"])
    assert decisions.count() == 1
    decision = decisions.get()
    assert decision.actor == {"award": assigned, "not_award": other}[decision.action]
    assert all(isinstance(error, QualityMarkError) for error in errors), [repr(error) for error in errors]


def test_two_concurrent_submits_submit_once(cast):
    school, manager, _ = cast
    application = fill(start(school, manager), manager)
    results, errors = run_together(
        *(
            lambda: services.application_submit(application=Application.objects.get(pk=application.pk), user=manager)
            for _ in range(3)
        )
    )
    assert len(results) == 1 and len(errors) == 2
    assert ApplicationEvent.objects.filter(application=application, action="submit").count() == 1


def test_two_concurrent_starts_make_one_application(cast):
    school, manager, _ = cast
    results, errors = run_together(
        *(lambda: services.application_start(organisation=school, user=manager) for _ in range(3))
    )
    assert len(results) == 1 and len(errors) == 2
    assert all(isinstance(error, QualityMarkError) for error in errors)
    assert Application.objects.filter(organisation=school).count() == 1
