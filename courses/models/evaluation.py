"""Course evaluation: confidence per competency before and after a course, and the validation-sheet
questions answered at completion. Written only by courses.services.evaluation."""

from django.db import models
from django.db.models import Q


class ConfidenceStage(models.TextChoices):
    BEFORE = "before", "Before the course"
    AFTER = "after", "After the course"


class Satisfaction(models.IntegerChoices):
    """The validation-sheet scale."""

    HIGHLY_SATISFIED = 4, "Highly satisfied"
    SATISFIED = 3, "Satisfied"
    PARTLY_SATISFIED = 2, "Partly satisfied"
    UNSATISFIED = 1, "Unsatisfied"


class Confidence(models.IntegerChoices):
    VERY_CONFIDENT = 4, "Very confident"
    CONFIDENT = 3, "Fairly confident"
    NOT_VERY_CONFIDENT = 2, "Not very confident"
    NOT_CONFIDENT = 1, "Not confident"


ACTION_MAX_LENGTH = 2000


def _in_scale(field):
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": 1, f"{field}__lte": 4})


class CourseEvaluation(models.Model):
    """One per enrolment. Each stage is either answered (…_at) or skipped (…_skipped_at), never both."""

    enrolment = models.OneToOneField("courses.Enrolment", on_delete=models.CASCADE, related_name="evaluation")
    before_at = models.DateTimeField(null=True, blank=True, help_text="When confidence was given at the start.")
    before_skipped_at = models.DateTimeField(null=True, blank=True)
    after_at = models.DateTimeField(
        null=True, blank=True, help_text="When confidence and the validation questions were answered at completion."
    )
    after_skipped_at = models.DateTimeField(null=True, blank=True)
    met_aims = models.PositiveSmallIntegerField(
        "the course met its stated aims", null=True, blank=True, choices=Satisfaction.choices
    )
    relevant = models.PositiveSmallIntegerField(
        "the content was relevant to me", null=True, blank=True, choices=Satisfaction.choices
    )
    useful = models.PositiveSmallIntegerField(
        "it was useful to me", null=True, blank=True, choices=Satisfaction.choices
    )
    action = models.TextField("what will you do as a result?", blank=True, max_length=ACTION_MAX_LENGTH)

    class Meta:
        # Insights lists the newest "what will you do" answers under any filter: walking this index
        # newest first stops after a few hundred, however many evaluations there are.
        indexes = [
            models.Index(fields=["-after_at"], condition=~Q(action=""), name="courses_evaluation_action_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=_in_scale("met_aims"), name="courses_evaluation_met_aims_1_4"),
            models.CheckConstraint(condition=_in_scale("relevant"), name="courses_evaluation_relevant_1_4"),
            models.CheckConstraint(condition=_in_scale("useful"), name="courses_evaluation_useful_1_4"),
            models.CheckConstraint(
                condition=Q(before_at__isnull=True) | Q(before_skipped_at__isnull=True),
                name="courses_evaluation_before_answered_or_skipped",
            ),
            models.CheckConstraint(
                condition=Q(after_at__isnull=True) | Q(after_skipped_at__isnull=True),
                name="courses_evaluation_after_answered_or_skipped",
            ),
        ]

    def __str__(self):
        return f"Evaluation of enrolment {self.enrolment_id}"


class ConfidenceRating(models.Model):
    evaluation = models.ForeignKey(CourseEvaluation, on_delete=models.CASCADE, related_name="ratings")
    competency = models.ForeignKey("courses.Competency", on_delete=models.PROTECT, related_name="+")
    stage = models.CharField(max_length=10, choices=ConfidenceStage.choices)
    rating = models.PositiveSmallIntegerField(choices=Confidence.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "competency", "stage"], name="courses_confidence_once_per_competency_stage"
            ),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=4), name="courses_confidence_rating_1_4"),
        ]

    def __str__(self):
        return f"{self.get_stage_display()}: {self.rating} for competency {self.competency_id}"
