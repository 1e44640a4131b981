"""The training-needs survey: published by staff for a period, answered by anyone with the link."""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from elearning.admin_forms import GuardedAdminModelForm
from elearning.people.models import OrganisationKind, Sector


class Survey(ClusterableModel):
    title = models.CharField(max_length=150, help_text='For example "2026 workforce survey".')
    slug = models.SlugField(
        max_length=80, unique=True, help_text="The last part of the survey's link: /surveys/<slug>/."
    )
    intro = models.TextField(blank=True, help_text="Shown above the questions: who the survey is for and why.")
    opens_on = models.DateField()
    closes_on = models.DateField(help_text="The last day answers are accepted.")
    competencies = ParentalManyToManyField(
        "courses.Competency", blank=True, related_name="+", help_text="Respondents rate their confidence in each."
    )
    live = models.BooleanField(default=False, help_text="Only a live survey can be opened through its link.")

    base_form_class = GuardedAdminModelForm  # a tampered option row is refused, not a 500
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")], heading="Open for answers"),
        FieldPanel("live"),
        FieldPanel("competencies", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([InlinePanel("options", label="Option")], heading="Topics and formats of training"),
    ]

    class Meta:
        ordering = ["-opens_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=models.F("opens_on")), name="insights_survey_closes_after_opening"
            ),
        ]

    def __str__(self):
        return self.title

    def is_open(self, today: datetime.date) -> bool:
        return self.live and self.opens_on <= today <= self.closes_on


class SurveyOptionKind(models.TextChoices):
    TOPIC = "topic", "Topic"
    FORMAT = "format", "Format"


class SurveyOption(Orderable):
    """A topic or a format of training a respondent can ask for. sort_order (from Orderable) orders them."""

    survey = ParentalKey(Survey, on_delete=models.CASCADE, related_name="options")
    kind = models.CharField(max_length=10, choices=SurveyOptionKind.choices)
    label = models.CharField(max_length=150)

    panels = [FieldPanel("kind"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["survey", "kind", "label"], name="insights_option_label_once_per_survey"),
        ]

    def __str__(self):
        return self.label


class SurveyResponse(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField()
    sector = models.CharField("agency or sector", max_length=20, choices=Sector.choices, blank=True)
    job_role = models.CharField("role", max_length=100, blank=True)
    district = models.ForeignKey("people.District", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    organisation_kind = models.CharField(max_length=30, choices=OrganisationKind.choices, blank=True)
    options = models.ManyToManyField(SurveyOption, blank=True, related_name="+")
    comments = models.TextField(blank=True)
    anonymous_key = models.CharField(
        max_length=64,
        blank=True,
        help_text="Salted hash of the browser's address and user agent, for anonymous answers.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "respondent"],
                condition=Q(respondent__isnull=False),
                name="insights_one_response_per_person",
            ),
        ]
        indexes = [
            models.Index(fields=["survey", "anonymous_key", "submitted_at"], name="insights_response_anon_idx"),
        ]

    def __str__(self):
        return f"Response {self.pk} to {self.survey}"


class SurveyConfidence(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="confidence")
    competency = models.ForeignKey("courses.Competency", on_delete=models.PROTECT, related_name="+")
    rating = models.PositiveSmallIntegerField(help_text="1 not confident .. 4 very confident.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "competency"], name="insights_confidence_once_per_competency"),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=4), name="insights_confidence_rating_1_4"),
        ]

    def __str__(self):
        return f"{self.rating} for competency {self.competency_id}"
