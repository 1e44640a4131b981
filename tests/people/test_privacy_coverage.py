"""Every model that holds something about a person is in "Your data", or left out for a stated reason.

The walk: a model references a person when one of its own foreign keys (or one-to-ones) points at
the user model, or at a model that holds a person's records. A model holds a person's records when
it points at the user, or at such a model, with on_delete=CASCADE (the rows are theirs: they would
go with them). SET_NULL / PROTECT links only mention a person (a decision's author, an uploader):
those models must still be covered or excluded, but the walk does not continue through them, or
every page (whose owner is a user) would drag in the whole site. Fields a model inherits from a
concrete parent (Page.owner on every page type) belong to the parent."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

from elearning.people import privacy  # noqa: F401 - registers people's sections and exclusions
from elearning.people.privacy_registry import covered_models, excluded_models, sections


def _own_links(model):
    for field in model._meta.get_fields():
        if not (field.concrete and field.is_relation and (field.many_to_one or field.one_to_one)):
            continue
        if field.model is not model or getattr(field.remote_field, "parent_link", False):
            continue  # inherited from a concrete parent, or the parent link itself
        yield field


def models_referencing_people() -> dict[str, list[str]]:
    """{model label: ["field -> Target", ...]} for every installed model that references a person."""
    user_model = get_user_model()
    holds_records = {user_model}
    referencing: dict[str, list[str]] = {}
    changed = True
    while changed:
        changed = False
        for model in apps.get_models():
            if model is user_model:
                continue
            for field in _own_links(model):
                target = field.related_model
                if target not in holds_records:
                    continue
                link = f"{field.name} -> {target._meta.label}"
                if link not in referencing.setdefault(model._meta.label, []):
                    referencing[model._meta.label].append(link)
                    changed = True
                if field.remote_field.on_delete is models.CASCADE and model not in holds_records:
                    holds_records.add(model)
                    changed = True
    return referencing


def test_every_model_that_references_a_person_is_exported_or_excluded_with_a_reason():
    covered, excluded = covered_models(), excluded_models()
    missing = {
        label: links
        for label, links in models_referencing_people().items()
        if label not in covered and label not in excluded
    }
    assert not missing, (
        "These models reference a person but are neither in the personal data download nor excluded "
        "with a reason (register them with elearning.people.privacy_registry.register_personal_data "
        f"from the app's AppConfig.ready(), or exclude_from_personal_data): {missing}"
    )


def test_the_user_model_itself_is_exported():
    assert covered_models()[get_user_model()._meta.label] == "account"


@pytest.mark.parametrize("label", sorted(excluded_models()))
def test_every_exclusion_names_an_installed_model_and_gives_a_reason(label):
    app_label, _, model_name = label.partition(".")
    if app_label not in apps.app_configs:
        pytest.skip(f"{app_label} is not installed")
    apps.get_model(app_label, model_name)
    assert len(excluded_models()[label]) > 20


def test_no_model_is_both_exported_and_excluded():
    assert not set(covered_models()) & set(excluded_models())


def test_every_section_names_installed_models():
    for section in sections():
        for label in section.models:
            app_label, _, model_name = label.partition(".")
            if app_label in apps.app_configs:
                apps.get_model(app_label, model_name)
