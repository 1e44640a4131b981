"""A fingerprint of what the database holds, to prove that a rejected request changed nothing."""

from django.apps import apps
from django.core import serializers
from wagtail.models import Page

# Tables that change whatever a request says: sessions, the admin's editing state, and site
# settings, whose row Wagtail creates on first read.
VOLATILE = {"sessions.Session", "wagtailadmin.EditingSession", "wagtailadmin.FormState", "courses.TrainingSettings"}


def fingerprint(*app_labels: str) -> dict[str, str]:
    """{model label: its rows serialised}, for the given apps (all of ours when none given); pages
    are left out."""
    labels = set(app_labels) or {"people", "courses", "quality_mark", "insights", "account", "mfa", "wagtailcore"}
    return {
        model._meta.label: serializers.serialize("json", model._default_manager.order_by("pk"))
        for model in apps.get_models()
        if model._meta.app_label in labels
        and model._meta.label not in VOLATILE
        and not model._meta.proxy
        and not issubclass(model, Page)  # content: no form of a learner, manager or assessor writes pages
    }


def changed_tables(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(label for label in before.keys() | after.keys() if before.get(label) != after.get(label))
