import calendar
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.log_actions import log

from ..codes import code_generate
from ..errors import CourseError
from ..models import Certificate, CertificateReminder, QuizAttempt


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month (31 January + 1 = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def certificate_issue(*, attempt: QuizAttempt, now: datetime | None = None) -> Certificate:
    """Issue the certificate for a passing attempt, or return the one it already has."""
    if not attempt.passed:
        raise CourseError("Only a passed quiz earns a certificate.")
    existing = Certificate.objects.filter(attempt=attempt).first()
    if existing:
        return existing
    enrolment = attempt.enrolment
    course, learner = enrolment.course, enrolment.learner
    issued_on = timezone.localdate(now or timezone.now())
    validity = course.certificate_validity_months
    for _ in range(5):  # a clash of two 80-bit codes will not happen; if it does, draw again
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    attempt=attempt,
                    learner=learner,
                    course=course,
                    holder_name=learner.full_name or learner.email,
                    course_title=course.title,
                    audience=course.get_audience_display(),
                    score=attempt.score,
                    issued_on=issued_on,
                    expires_on=add_months(issued_on, validity) if validity else None,
                    code=code_generate(),
                )
        except IntegrityError:
            if existing := Certificate.objects.filter(attempt=attempt).first():
                return existing
    raise CourseError("We could not issue the certificate. Please try again.")


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, user, reason: str, now: datetime | None = None) -> Certificate:
    """Revoke a certificate. The reason is kept internally and in the audit log; verification only
    ever says "revoked"."""
    reason = (reason or "").strip()
    if not reason:
        raise CourseError("Give a reason for revoking the certificate.")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise CourseError("This certificate has already been revoked.")
    certificate.revoked_at = now or timezone.now()
    certificate.revoked_by = user
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    # Labelled by id: str(certificate) holds the holder's name, which erasure must be able to remove.
    log(
        instance=certificate,
        action="courses.certificate.revoke",
        user=user,
        title=f"Certificate {certificate.pk}",
        data={"reason": reason},
    )
    return certificate


def _reminders_due(today: date):
    """(certificate, kind) pairs whose email is due today or was missed by a few days: due from 30
    days before expiry until expiry; expired on the day and up to a week after. Revoked
    certificates, learners who opted out, and certificates already renewed get nothing."""
    renewed = Certificate.objects.filter(
        learner=OuterRef("learner"),
        course=OuterRef("course"),
        issued_on__gt=OuterRef("issued_on"),
        revoked_at__isnull=True,
    )
    candidates = (
        Certificate.objects.filter(
            revoked_at__isnull=True,
            expires_on__gte=today - timedelta(days=7),
            expires_on__lte=today + timedelta(days=settings.CERTIFICATE_REFRESHER_DAYS),
            learner__is_active=True,
            learner__reminder_emails=True,
        )
        .exclude(Exists(renewed))
        .select_related("learner", "course")
        .order_by("pk")
    )
    for certificate in candidates:
        kind = CertificateReminder.Kind.EXPIRED if certificate.expires_on <= today else CertificateReminder.Kind.DUE
        yield certificate, kind


def certificate_reminders_send(*, today: date | None = None, now: datetime | None = None) -> int:
    """Email every reminder that is due and not yet sent; return how many were sent. Recording the
    reminder and sending it happen together, so a crash never leaves one sent but unrecorded
    twice over: a second run the same day sends nothing new."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    sent = 0
    for certificate, kind in _reminders_due(today):
        try:
            with transaction.atomic():
                CertificateReminder.objects.create(certificate=certificate, kind=kind, sent_at=now)
                _send_reminder(certificate, kind, today)
        except IntegrityError:
            continue  # already sent: the unique constraint is the record
        sent += 1
    return sent


def _send_reminder(certificate: Certificate, kind: str, today: date) -> None:
    context = {
        "certificate": certificate,
        "kind": kind,
        "days_left": (certificate.expires_on - today).days,
        "course_url": f"{settings.WAGTAILADMIN_BASE_URL}{certificate.course.url}",
        "my_learning_url": f"{settings.WAGTAILADMIN_BASE_URL}/my-learning/",
    }
    subject = (
        f"Your {certificate.course_title} certificate expires today"
        if kind == CertificateReminder.Kind.EXPIRED
        else f"Time to refresh your {certificate.course_title} training"
    )
    send_mail(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        message=render_to_string("courses/email/certificate_reminder.txt", context),
        from_email=None,
        recipient_list=[certificate.learner.email],
    )
