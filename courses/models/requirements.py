from django.db import models
from wagtail.admin.panels import FieldPanel

from elearning.admin_forms import GuardedAdminModelForm
from elearning.people.models import OrganisationKind


class RequiredCourse(models.Model):
    """A course that every organisation of a kind requires its people to hold a valid certificate
    for, e.g. school → the school staff course; hotel → the Op Makesafe course. Staff-editable."""

    kind = models.CharField("organisation kind", max_length=30, choices=OrganisationKind.choices)
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="required_by")

    panels = [FieldPanel("kind"), FieldPanel("course")]
    base_form_class = GuardedAdminModelForm  # a forged course id is refused, not a 500

    class Meta:
        ordering = ["kind", "course__title"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "course"], name="courses_required_course_once_per_kind"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.course}"
