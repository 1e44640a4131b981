"""The quality mark's emails. Services call these after their transaction commits; each sends
plain text to the right people. (QM-REVIEW refines the wording with templates in
templates/quality_mark/email/.)"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from elearning.people.models import Membership, MembershipRole

from .permissions import ASSESSORS_GROUP

CERTIFICATE_URL_NAME = "quality_mark:award_certificate"
logger = logging.getLogger(__name__)


def send_on_commit(notify, application) -> None:
    """Send `notify(application)` once the transaction commits. By then the step it reports is
    saved, so a mail server that fails must not turn it into an error page: the failure is logged
    (with the application) for staff to follow up, and the request carries on."""

    def send():
        try:
            notify(application)
        except Exception:  # SMTP errors, refused connections, timeouts: all of them, and only logged
            logger.exception(
                "The quality mark email %s for application %s could not be sent; the step it reports is saved.",
                notify.__name__,
                application.pk,
            )

    transaction.on_commit(send)


def _absolute(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


def _subject(text: str) -> str:
    return f"{getattr(settings, 'ACCOUNT_EMAIL_SUBJECT_PREFIX', '')}{text}"


def _manager_emails(organisation) -> list[str]:
    return sorted(
        Membership.objects.filter(organisation=organisation, role=MembershipRole.MANAGER, user__is_active=True)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )


def _assessor_emails() -> list[str]:
    users = get_user_model().objects.filter(is_active=True, groups__name=ASSESSORS_GROUP).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def _application_url(application) -> str:
    return _absolute(reverse("quality_mark:application", args=[application.organisation_id, application.pk]))


def _render(name: str, **context) -> str:
    return render_to_string(f"quality_mark/email/{name}.txt", context)


def _commented_sections(application) -> list:
    """The standards the assessor commented on, in the application's order."""
    sections = application.sections.order_by("sort_order", "pk")
    return [section for section in sections if section.assessor_comment.strip()]


def _send(subject: str, body: str, recipients: list[str]) -> int:
    if not recipients:
        return 0
    return send_mail(subject=_subject(subject), message=body, from_email=None, recipient_list=recipients)


def application_submitted(application) -> int:
    """To the assigned assessor if there is one (a resubmission), otherwise to every assessor."""
    organisation = application.organisation
    resubmitted = application.status == "resubmitted"
    if application.assessor_id and application.assessor.is_active and application.assessor.email:
        recipients = [application.assessor.email]
    else:
        recipients = _assessor_emails()
    verb = "resubmitted" if resubmitted else "submitted"
    body = _render(
        "application_submitted",
        application=application,
        organisation=organisation,
        is_resubmission=resubmitted,
        review_url=_absolute(reverse("quality_mark_review:review", args=[application.pk])),
        queue_url=_absolute(reverse("quality_mark_review:index")),
    )
    return _send(f"Quality mark application {verb}: {organisation.name}", body, recipients)


def information_requested(application) -> int:
    organisation = application.organisation
    body = _render(
        "information_requested",
        application=application,
        organisation=organisation,
        commented_sections=_commented_sections(application),
        application_url=_application_url(application),
    )
    return _send("More information needed for your quality mark application", body, _manager_emails(organisation))


def decision_made(application) -> int:
    organisation = application.organisation
    if application.status == "awarded":
        award = application.award
        subject = f"{organisation.name} has been awarded the school safeguarding quality mark"
    else:
        award = None
        subject = "Your quality mark application: not yet awarded"
    body = _render(
        "decision",
        application=application,
        organisation=organisation,
        award=award,
        award_code=award.display_code if award else "",
        certificate_url=_absolute(reverse(CERTIFICATE_URL_NAME, args=[organisation.pk, award.pk])) if award else "",
        verify_url=_absolute(reverse("courses:verify_code", args=[award.display_code])) if award else "",
        register_url=_absolute(reverse("quality_mark:register")),
        commented_sections=_commented_sections(application),
        application_url=_application_url(application),
    )
    return _send(subject, body, _manager_emails(organisation))


def award_reminder(award, kind) -> int:
    organisation = award.organisation
    days = 90 if kind == "90_days" else 30
    body = _render(
        "award_reminder",
        award=award,
        organisation=organisation,
        days_left=days,
        application_url=_absolute(reverse("quality_mark:school", args=[organisation.pk])),
    )
    return _send(f"Your quality mark expires in {days} days: time to renew", body, _manager_emails(organisation))
