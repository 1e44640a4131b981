"""Render every Django form as GOV.UK Frontend markup.

settings.FORM_RENDERER points at GovukFormRenderer, so ``{{ form }}`` uses
templates/includes/forms/form.html and ``{{ field.as_field_group }}`` uses
templates/includes/forms/field.html. Those templates write the labels, hints, error messages and
fieldsets themselves and ask GovukBoundField for the widget with GOV.UK classes.

The renderer is global, so the Wagtail admin's forms get GovukBoundField too. It only adds
members to Django's BoundField and leaves ``{{ field }}`` alone, so the admin renders as before.
"""

from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting

# GOV.UK class of each widget, by BoundField.widget_type. Widgets not listed are text-like
# inputs (text, email, password, number, url, date ...) and get "govuk-input". Radio and
# checkbox lists are written out by field.html, one input per choice.
WIDGET_CLASSES = {
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "selectmultiple": "govuk-select",
    "nullbooleanselect": "govuk-select",
    "file": "govuk-file-upload",
    "clearablefile": "govuk-file-upload",
    "checkbox": "govuk-checkboxes__input",
}
# Widgets with no "--error" modifier: a single checkbox shows its error on the form group.
WIDGETS_WITHOUT_ERROR_CLASS = {"checkbox"}


class GovukBoundField(BoundField):
    """A BoundField that knows GOV.UK Frontend's ids and classes."""

    @property
    def hint_id(self):
        return f"{self.auto_id}-hint" if self.auto_id and self.help_text else ""

    @property
    def error_id(self):
        return f"{self.auto_id}-error" if self.auto_id and self.errors else ""

    @property
    def describedby(self):
        """The ids for aria-describedby, on the input or on the fieldset of a choice list."""
        return " ".join(id_ for id_ in (self.hint_id, self.error_id) if id_)

    @property
    def first_input_id(self):
        """The id an error summary links to: for a radio or checkbox list, its first input."""
        if self.id_for_label:
            return self.id_for_label
        subwidgets = self.subwidgets
        return subwidgets[0].id_for_label if subwidgets else self.auto_id

    def govuk_widget(self):
        """Render the widget with GOV.UK classes and aria-describedby pointing at our ids."""
        widget = self.field.widget
        widget_type = self.widget_type
        base_class = WIDGET_CLASSES.get(widget_type, "govuk-input")
        classes = [base_class]
        if self.errors and widget_type not in WIDGETS_WITHOUT_ERROR_CLASS:
            classes.append(f"{base_class}--error")
        # Keep classes a form sets on its widget, e.g. "govuk-input--width-10".
        if widget.attrs.get("class"):
            classes.append(widget.attrs["class"])
        attrs = {
            "class": " ".join(classes),
            # GOV.UK: never use placeholder text in place of a label or hint (allauth sets
            # placeholders). False makes Django's widget templates leave the attribute out.
            "placeholder": False,
        }
        # A widget drawn in a fieldset (e.g. a date split into parts) is described on the
        # fieldset instead, as field.html does for radios.
        if self.describedby and not self.use_fieldset:
            attrs["aria-describedby"] = self.describedby
        if widget_type == "email":
            attrs["spellcheck"] = "false"
        return self.as_widget(attrs=attrs)


class GovukFormRenderer(TemplatesSetting):
    """Loads form templates through settings.TEMPLATES, so they live in templates/.

    TemplatesSetting also loads Django's own widget templates that way, which needs
    "django.forms" in INSTALLED_APPS.
    """

    form_template_name = "includes/forms/form.html"
    field_template_name = "includes/forms/field.html"
    bound_field_class = GovukBoundField
