"""Insights objects for the permission matrix: a live survey."""

import datetime

from django.utils import timezone

from elearning.insights.models import AnalystScope, Survey


def build(world):
    today = timezone.localdate()
    survey = Survey.objects.create(
        title="Workforce survey",
        slug="workforce-survey",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=30),
        live=True,
    )
    world.survey = survey.pk
    world.survey_slug = survey.slug
    scope = AnalystScope.objects.order_by("pk").first()  # the scoped analyst's, when the test has one
    world.analyst_scope = scope.pk if scope else None
    return world
