"""Base forms for the Wagtail admin (a model's `base_form_class`; the language guard's forms build
on them) that answer forged values with a message instead of a 500; and our snippets' choosers,
which create nothing, answer a request to create with a 404 instead of a 500. Each was a 500 the
bad-input run found.

- django-modelcluster builds an inline row (a question's choices, a survey's options, a course's
  fixed questions) from the id the browser sends back, and raises for a missing or malformed one,
  where Django's own formsets treat it as tampering. Before any row is built, the guard turns such
  an id into a new, unsaved row and the form into an invalid one that says why, so nothing is
  saved.
- Wagtail's chooser widgets (a district's partnership, a question's competency) look the submitted
  id up again to show the form with its errors, and raise for a malformed one that the form field
  had already refused. The guard makes them show an empty choice instead.
"""

import functools

from django.core.exceptions import ValidationError
from django.http import Http404
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView

TAMPERED = "This form was changed outside the page. Reload the page and try again."


def _is_valid_pk(field, value) -> bool:
    try:
        field.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return False
    return True


class _TolerantChooserMixin:
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, TypeError, OverflowError, ValidationError):
            return None  # the form field has refused the value already


@functools.cache
def _tolerant(widget_class: type) -> type:
    return type(widget_class.__name__, (_TolerantChooserMixin, widget_class), {})


def _tolerate_forged_choices(fields) -> None:
    for field in fields.values():
        if isinstance(field.widget, BaseChooser) and not isinstance(field.widget, _TolerantChooserMixin):
            field.widget.__class__ = _tolerant(type(field.widget))


class ChildFormsetGuardMixin:
    """Put first among an admin form's bases."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _tolerate_forged_choices(self.fields)
        for formset in getattr(self, "formsets", {}).values():
            _tolerate_forged_choices(formset.form.base_fields)
        self.tampered_rows = False
        for formset in getattr(self, "formsets", {}).values():
            if not formset.is_bound:
                continue
            pk = formset.model._meta.pk
            data = None
            for index in range(min(formset.initial_form_count(), formset.absolute_max)):
                key = f"{formset.add_prefix(index)}-{pk.name}"
                value = formset.data.get(key)
                if value == "" or (value is not None and _is_valid_pk(pk, value)):
                    continue
                data = data if data is not None else formset.data.copy()
                data[key] = ""
            if data is not None:
                formset.data = data
                self.tampered_rows = True

    def is_valid(self):
        valid = super().is_valid()
        if self.tampered_rows:
            self.add_error(None, TAMPERED)
            return False
        return valid


class GuardedAdminModelForm(ChildFormsetGuardMixin, WagtailAdminModelForm):
    pass


class GuardedAdminPageForm(ChildFormsetGuardMixin, WagtailAdminPageForm):
    pass


class GuardedSnippetCreateView(SnippetCreateView):
    """Wagtail's chooser 'create' view answers a POST with a 500 when the chooser has no creation
    form (ours have none: snippets are made on their own pages). Then there is nothing to create
    here: a 404."""

    # After Wagtail's permission check (in dispatch), so who may not add still gets its answer.
    def get(self, request, *args, **kwargs):
        self._require_creation_form()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self._require_creation_form()
        return super().post(request, *args, **kwargs)

    def _require_creation_form(self):
        if self.get_creation_form_class() is None:
            raise Http404("Nothing can be created from this chooser.")


class GuardedSnippetChooserViewSet(SnippetChooserViewSet):
    """Set as `chooser_viewset_class` on every SnippetViewSet of ours."""

    create_view_class = GuardedSnippetCreateView
