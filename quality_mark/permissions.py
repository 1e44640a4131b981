"""Who may do what with the quality mark: the one place for these rules."""

from elearning.people.models import Membership, MembershipRole, OrganisationStatus

ASSESSORS_GROUP = "Assessors"


def is_school_manager(user, organisation) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if organisation.status != OrganisationStatus.APPROVED:
        return False
    return Membership.objects.filter(organisation=organisation, user=user, role=MembershipRole.MANAGER).exists()


def can_manage_application(user, application) -> bool:
    """The school's managers: they fill in, submit and follow their own application."""
    return is_school_manager(user, application.organisation)


def can_review(user) -> bool:
    """Assessors (the "Assessors" group) and superusers review applications in the admin."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=ASSESSORS_GROUP).exists()


def can_decide(user, application) -> bool:
    """The application's assigned assessor, or a superuser: only they take the review, record
    agreed levels and decide. Any assessor may (re)assign an application, so taking one over is
    an explicit, logged step rather than a click on someone else's work."""
    if not can_review(user):
        return False
    return user.is_superuser or (application.assessor_id is not None and application.assessor_id == user.pk)


def can_download_evidence(user, evidence) -> bool:
    """The school's managers, the application's assigned assessor, and superusers."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    application = evidence.section.application
    if application.assessor_id is not None and application.assessor_id == user.pk and can_review(user):
        return True
    return can_manage_application(user, application)
