from django.conf import settings
from django.db import models
from django.db.models import Q

from ..evidence import evidence_storage, evidence_upload_to
from .standards import Level


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    UNDER_REVIEW = "under_review", "Under review"
    MORE_INFORMATION = "more_information", "More information requested"
    RESUBMITTED = "resubmitted", "Resubmitted"
    AWARDED = "awarded", "Awarded"
    NOT_AWARDED = "not_awarded", "Not yet awarded"
    EXPIRED = "expired", "Expired"


CLOSED_STATUSES = [ApplicationStatus.AWARDED, ApplicationStatus.NOT_AWARDED, ApplicationStatus.EXPIRED]
# The school may change sections only while it holds the application.
EDITABLE_STATUSES = [ApplicationStatus.DRAFT, ApplicationStatus.MORE_INFORMATION]
# Waiting for, or in, an assessor's hands.
REVIEW_STATUSES = [ApplicationStatus.SUBMITTED, ApplicationStatus.RESUBMITTED, ApplicationStatus.UNDER_REVIEW]


class Application(models.Model):
    """A school's application for the quality mark: one section per standard. Its status moves only
    through quality_mark.services, which refuse illegal transitions."""

    organisation = models.ForeignKey(
        "people.Organisation", on_delete=models.CASCADE, related_name="quality_mark_applications"
    )
    status = models.CharField(max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT)
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quality_mark_assignments",
    )
    renewal_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="renewals")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True, help_text="The first submission.")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_comment = models.TextField(blank=True, help_text="Overall comments, or the actions to take.")

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation"],
                condition=~Q(status__in=CLOSED_STATUSES),
                name="quality_mark_one_open_application",
            ),
        ]
        indexes = [models.Index(fields=["status", "submitted_at"], name="quality_mark_app_status_idx")]

    def __str__(self):
        return f"{self.organisation} quality mark application ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def is_renewal(self) -> bool:
        return self.renewal_of_id is not None


class ApplicationSection(models.Model):
    """The school's answer for one standard, and the assessor's agreed level."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="sections")
    standard = models.ForeignKey("quality_mark.Standard", on_delete=models.PROTECT, related_name="sections")
    standard_title = models.CharField(max_length=200)
    sort_order = models.PositiveSmallIntegerField(default=0)
    self_level = models.PositiveSmallIntegerField(choices=Level.choices, null=True, blank=True)
    commentary = models.TextField(blank=True)
    measured_percent = models.PositiveIntegerField(
        null=True, blank=True, help_text="Measured standards: the figure when the school submitted."
    )
    measured_detail = models.JSONField(default=dict, blank=True, help_text="members_with_valid, headcount, as_of")
    agreed_level = models.PositiveSmallIntegerField(choices=Level.choices, null=True, blank=True)
    assessor_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["application", "standard"], name="quality_mark_one_section_per_standard"),
            models.CheckConstraint(
                condition=Q(self_level__isnull=True) | Q(self_level__gte=1, self_level__lte=4),
                name="quality_mark_section_self_level_range",
            ),
            models.CheckConstraint(
                condition=Q(agreed_level__isnull=True) | Q(agreed_level__gte=1, agreed_level__lte=4),
                name="quality_mark_section_agreed_level_range",
            ),
        ]

    def __str__(self):
        return f"{self.standard_title} ({self.application.organisation})"


class EvidenceFile(models.Model):
    """A file a school uploaded for a section. Stored privately under a random name; served only
    by the permission-checked download view, always as an attachment."""

    section = models.ForeignKey(ApplicationSection, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(storage=evidence_storage, upload_to=evidence_upload_to, max_length=200)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name


# What each step in the audit trail is called, for the school and for staff.
EVENT_LABELS = {
    "start": "Application started",
    "submit": "Submitted",
    "resubmit": "Resubmitted",
    "assign": "Assessor assigned",
    "review_start": "Review started",
    "assess": "Standard assessed",
    "request_information": "More information requested",
    "award": "Awarded",
    "not_award": "Not yet awarded",
    "expire": "Award expired",
}
# The steps that send the assessor's view to the school: the assessments recorded before one of
# them are shared with the school from then on.
SHARING_ACTIONS = {"request_information", "award", "not_award"}


class ApplicationEvent(models.Model):
    """The audit trail shown to the school and to staff: every transition and decision."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the system acted (an award expiring).",
    )
    at = models.DateTimeField()
    from_status = models.CharField(max_length=20, choices=ApplicationStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=ApplicationStatus.choices)
    action = models.CharField(max_length=40)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.action}: {self.from_status or '-'} → {self.to_status}"

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.action, self.action)
