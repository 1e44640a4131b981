from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from ..codes import code_display


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"


class CertificateQuerySet(models.QuerySet):
    def with_status(self, status: str, *, today: date | None = None):
        today = today or timezone.localdate()
        if status == CertificateStatus.REVOKED:
            return self.filter(revoked_at__isnull=False)
        current = Q(expires_on__isnull=True) | Q(expires_on__gt=today)
        if status == CertificateStatus.VALID:
            return self.filter(current, revoked_at__isnull=True)
        return self.filter(revoked_at__isnull=True).exclude(current)


class Certificate(models.Model):
    """Proof that a learner passed a course. Issued once for the passing attempt, at once; what it
    says (name, course, dates, score) is fixed at issue, so later edits never change it."""

    attempt = models.OneToOneField(
        "courses.QuizAttempt", on_delete=models.PROTECT, related_name="certificate", help_text="The passing attempt."
    )
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="certificates")
    holder_name = models.CharField(max_length=150, help_text="The name on the learner's profile when it was issued.")
    course_title = models.CharField(max_length=255)
    audience = models.CharField(max_length=100)
    score = models.PositiveSmallIntegerField()
    issued_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True, help_text="Empty when the certificate does not expire.")
    code = models.CharField(max_length=16, unique=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.TextField(blank=True, help_text="Kept internally; never shown on verification.")

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True) | Q(expires_on__gt=models.F("issued_on")),
                name="courses_certificate_expires_after_issue",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="courses_certificate_revocation_has_reason",
            ),
        ]
        permissions = [("revoke_certificate", "Can revoke certificates")]
        indexes = [
            models.Index(fields=["learner", "course", "-issued_on"], name="courses_cert_learner_idx"),
            models.Index(fields=["expires_on"], name="courses_cert_expires_idx"),
        ]

    def __str__(self):
        return f"{self.display_code} ({self.holder_name}, {self.course_title})"

    @property
    def display_code(self) -> str:
        return code_display(self.code)

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def status_on(self, today: date) -> str:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.expires_on is not None and self.expires_on <= today:
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    def refresher_due(self, today: date | None = None) -> bool:
        """Within 30 days of expiry, or expired: time to take the course again."""
        today = today or timezone.localdate()
        return (
            self.revoked_at is None
            and self.expires_on is not None
            and (self.expires_on - today).days <= settings.CERTIFICATE_REFRESHER_DAYS
        )


class CertificateReminder(models.Model):
    """An email sent about a certificate. One of each kind per certificate, so reminders run from
    cron every hour and never send twice."""

    class Kind(models.TextChoices):
        DUE = "due", "Refresher due (30 days before expiry)"
        EXPIRED = "expired", "Expired today"

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate", "kind"], name="courses_one_reminder_of_each_kind"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for certificate {self.certificate_id}"
