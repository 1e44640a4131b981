"""Learning records: plain Django models written only by courses.services."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class Enrolment(models.Model):
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="enrolments")
    started_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True, help_text="When the learner first passed the quiz.")
    best_score = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "course"], name="courses_one_enrolment_per_learner_course"),
        ]
        indexes = [models.Index(fields=["course", "completed_at"], name="courses_enrol_course_done_idx")]

    def __str__(self):
        return f"{self.learner} on {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="courses_lesson_completed_once"),
        ]

    def __str__(self):
        return f"Lesson {self.lesson_id} completed on enrolment {self.enrolment_id}"


class QuizAttempt(models.Model):
    """One sitting of a course quiz. Open until submitted; immutable afterwards."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(help_text="1 for the first attempt at this course, and so on.")
    pass_mark = models.PositiveSmallIntegerField(help_text="The course's pass mark when the attempt started.")
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Per cent correct, rounded down.")
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["enrolment", "number"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "number"], name="courses_attempt_number_unique"),
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(submitted_at__isnull=True),
                name="courses_one_open_attempt_per_enrolment",
            ),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True, score__isnull=True, passed__isnull=True)
                | Q(submitted_at__isnull=False, score__isnull=False, passed__isnull=False),
                name="courses_attempt_scored_iff_submitted",
            ),
        ]

    def __str__(self):
        return f"Attempt {self.number} by {self.enrolment.learner_id} at course {self.enrolment.course_id}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class AttemptAnswer(models.Model):
    """A question as it was asked in one attempt, and the learner's answer to it.

    The prompt, the choices (in the order shown), which were correct, their feedback and the
    competency are copied when the attempt starts, so later edits to the bank never change a past
    result."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey("courses.Question", null=True, on_delete=models.SET_NULL, related_name="+")
    competency = models.ForeignKey("courses.Competency", null=True, on_delete=models.SET_NULL, related_name="+")
    prompt = models.TextField()
    allows_multiple = models.BooleanField()
    explanation = models.TextField(blank=True)
    choices = models.JSONField(help_text='[{"id", "text", "is_correct", "feedback"}] in the order shown.')
    chosen = models.JSONField(null=True, blank=True, help_text="Ids of the chosen choices, once submitted.")
    is_correct = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="courses_answer_position_unique"),
        ]
        indexes = [models.Index(fields=["question", "is_correct"], name="courses_answer_question_idx")]

    def __str__(self):
        return f"Q{self.position + 1} of attempt {self.attempt_id}"
