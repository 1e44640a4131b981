"""Who may do what with courses: the one place for these rules."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from elearning.people.models import Membership, MembershipRole, OrganisationStatus

from .models import Enrolment, LessonPage
from .selectors import enrolment_for_lesson


def lesson_access(*, user, lesson: LessonPage, request) -> tuple[Enrolment | None, object | None]:
    """(the learner's enrolment, None) when they may read the lesson; else (None, a redirect to
    where they should go instead)."""
    if not user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    if not user.has_complete_profile:
        return None, redirect(f"{reverse('people:profile')}?{urlencode({'next': request.get_full_path()})}")
    course = lesson.course
    enrolment = enrolment_for_lesson(course=course, learner=user)
    if enrolment is None:
        messages.info(request, "Start the course to open its lessons.")
        return None, redirect(course.get_url(request))
    return enrolment, None


def can_bulk_verify(user) -> bool:
    """Partnership staff and managers of approved organisations check codes in bulk."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return Membership.objects.filter(
        user=user, role=MembershipRole.MANAGER, organisation__status=OrganisationStatus.APPROVED
    ).exists()
