"""Training records seen from an organisation: reminders a manager sent, and the staff-set
threshold for the Op Makesafe register of trained venues."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class TrainingReminder(models.Model):
    """An email a manager sent to one member about their required training. Kept so that the
    rate limits hold across workers and restarts, and so that managers can see who was reminded."""

    organisation = models.ForeignKey("people.Organisation", on_delete=models.CASCADE, related_name="training_reminders")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    sent_at = models.DateTimeField()
    bulk = models.BooleanField(default=False, help_text="Sent with “remind everyone overdue”.")

    class Meta:
        ordering = ["-sent_at"]
        indexes = [
            models.Index(fields=["organisation", "member", "-sent_at"], name="courses_reminder_member_idx"),
            models.Index(fields=["organisation", "bulk", "-sent_at"], name="courses_reminder_bulk_idx"),
        ]

    def __str__(self):
        return f"Reminder to {self.member_id} from {self.organisation_id} at {self.sent_at:%Y-%m-%d %H:%M}"


@register_setting(icon="tick-inverse")
class TrainingSettings(BaseSiteSetting):
    register_threshold_percent = models.PositiveSmallIntegerField(
        "Op Makesafe register threshold (%)",
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=(
            "A hotel or night-time venue that opts in is listed on the public register of trained venues "
            "while at least this share of its declared staff hold a valid certificate for its required course."
        ),
    )

    panels = [FieldPanel("register_threshold_percent")]

    class Meta:
        verbose_name = "training settings"
