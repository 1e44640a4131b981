from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from courses.codes import code_display


class AwardStatus(models.TextChoices):
    VALID = "valid", "Valid"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"


class Award(models.Model):
    """The quality mark a school holds after a successful application, with a verification code."""

    application = models.OneToOneField("quality_mark.Application", on_delete=models.PROTECT, related_name="award")
    organisation = models.ForeignKey(
        "people.Organisation", on_delete=models.CASCADE, related_name="quality_mark_awards"
    )
    awarded_on = models.DateField()
    expires_on = models.DateField()
    code = models.CharField(max_length=16, unique=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-awarded_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__gt=models.F("awarded_on")), name="quality_mark_award_expires_after_award"
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="quality_mark_award_revocation_has_reason",
            ),
        ]
        indexes = [models.Index(fields=["expires_on"], name="quality_mark_award_expires_idx")]

    def __str__(self):
        return f"Quality mark {self.display_code} ({self.organisation})"

    @property
    def display_code(self) -> str:
        return code_display(self.code)

    def status_on(self, today: date) -> str:
        if self.revoked_at is not None:
            return AwardStatus.REVOKED
        return AwardStatus.VALID if self.expires_on > today else AwardStatus.EXPIRED

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return AwardStatus(self.status).label


class AwardReminder(models.Model):
    """A reminder sent to the school before its award expires: each kind once per award."""

    class Kind(models.TextChoices):
        DAYS_90 = "90_days", "90 days before expiry"
        DAYS_30 = "30_days", "30 days before expiry"

    award = models.ForeignKey(Award, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["sent_at"]
        constraints = [models.UniqueConstraint(fields=["award", "kind"], name="quality_mark_one_reminder_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} reminder for {self.award}"


@register_setting(icon="tick-inverse")
class QualityMarkSettings(BaseGenericSetting):
    award_years = models.PositiveSmallIntegerField(
        "award valid for (years)",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text="How long a quality mark lasts from the day it is awarded.",
    )

    panels = [FieldPanel("award_years")]

    class Meta:
        verbose_name = "quality mark settings"
