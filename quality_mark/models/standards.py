from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from elearning.admin_forms import GuardedAdminModelForm


class Level(models.IntegerChoices):
    EMERGING = 1, "1 Emerging"
    DEVELOPING = 2, "2 Developing"
    ESTABLISHED = 3, "3 Established"
    EMBEDDED = 4, "4 Embedded"


LEVEL_CHOICES = Level.choices


class StandardMeasure(models.TextChoices):
    SELF_ASSESSED = "", "Self-assessed by the school"
    STAFF_TRAINING = "staff_training", "Measured by the platform: staff holding a valid certificate"


class Standard(RevisionMixin, models.Model):
    """One standard of the quality mark: what good looks like, four level descriptors and the
    benchmark a school must reach. Applications copy the title when they start, so editing a
    standard never rewrites what a school submitted."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)
    what_good_looks_like = models.TextField()
    level_1_emerging = models.TextField("level 1: emerging")
    level_2_developing = models.TextField("level 2: developing")
    level_3_established = models.TextField("level 3: established")
    level_4_embedded = models.TextField("level 4: embedded")
    benchmark_level = models.PositiveSmallIntegerField(
        choices=Level.choices,
        default=Level.ESTABLISHED,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text="The level a school must reach for the award.",
    )
    evidence_expected = models.TextField(blank=True, help_text="What a school should upload or describe.")
    measure = models.CharField(max_length=30, choices=StandardMeasure.choices, blank=True, default="")
    measure_course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Measured standards: the course whose valid certificates count (the school staff course).",
    )
    measure_target_percent = models.PositiveSmallIntegerField(
        default=90,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="Measured standards: the share of the declared headcount that must hold a valid certificate.",
    )
    live = models.BooleanField(default=True, help_text="Only live standards are part of new applications.")
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="quality_mark_standard")

    base_form_class = GuardedAdminModelForm  # a forged course id is refused, not a 500
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("what_good_looks_like"),
        MultiFieldPanel(
            [
                FieldPanel("level_1_emerging"),
                FieldPanel("level_2_developing"),
                FieldPanel("level_3_established"),
                FieldPanel("level_4_embedded"),
                FieldPanel("benchmark_level"),
            ],
            heading="Levels",
        ),
        FieldPanel("evidence_expected"),
        MultiFieldPanel(
            [FieldPanel("measure"), FieldPanel("measure_course"), FieldPanel("measure_target_percent")],
            heading="Measured by the platform",
        ),
        FieldPanel("live"),
    ]

    class Meta:
        ordering = ["sort_order", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(benchmark_level__gte=1, benchmark_level__lte=4),
                name="quality_mark_standard_benchmark_level_range",
            ),
            models.CheckConstraint(
                condition=Q(measure_target_percent__gte=1, measure_target_percent__lte=100),
                name="quality_mark_standard_target_percent_range",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.is_measured and self.measure_course_id is None:
            # Without a course the platform has nothing to count, and every school would read 0%.
            raise ValidationError(
                {"measure_course": "Choose the course whose valid certificates count: this standard is measured."}
            )

    @property
    def revisions(self):
        return self._revisions

    @property
    def is_measured(self) -> bool:
        return self.measure == StandardMeasure.STAFF_TRAINING

    @property
    def descriptors(self) -> list[tuple[int, str, str]]:
        """(level, label, descriptor) for the four levels, lowest first."""
        texts = [self.level_1_emerging, self.level_2_developing, self.level_3_established, self.level_4_embedded]
        return [(level, label, text) for (level, label), text in zip(Level.choices, texts, strict=True)]
