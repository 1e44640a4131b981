"""Which partnerships a workforce analyst may see. No scope row: the analyst sees everything."""

from django.conf import settings
from django.db import models


class AnalystScope(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="analyst_scope",
        limit_choices_to={"is_staff": True},
        help_text="A member of the Workforce analysts group.",
    )
    partnerships = models.ManyToManyField(
        "people.Partnership",
        related_name="+",
        help_text="The analyst sees only these partnerships' figures.",
    )

    class Meta:
        verbose_name = "analyst scope"
        permissions = [("view_insights", "Can view insights dashboards, exports and reports")]

    def __str__(self):
        return f"Insights scope of {self.user}"
