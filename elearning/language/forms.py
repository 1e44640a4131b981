"""The language guard in the Wagtail admin.

Set ``base_form_class`` to LanguageGuardPageForm on a page model, or to LanguageGuardSnippetForm on
a snippet (or mix LanguageGuardFormMixin into a form of your own, first among its bases). Saving,
publishing or submitting such a form whose text uses a phrase to avoid is refused once: the editor
sees each phrase, where it is and what to say instead, and a checkbox "I have checked this wording
and want to keep it". Ticking it and saving again saves exactly what they wrote, and records who
kept which phrases (LanguageConfirmation). Nothing is ever changed for them.

The check runs after everything else on the form is valid, including inline formsets (a cluster
form cleans them after the form's own clean()), and reads the would-be instance with its would-be
children, so it sees what would be saved. A phrase already confirmed in the same place of the same
content is not asked about again. Autosave and live preview post the same form, so they wait for
the confirmation too: the admin tells the editor to save, and saving shows the check.
"""

from django import forms

from elearning.admin_forms import GuardedAdminModelForm, GuardedAdminPageForm

from .matching import match_keys

CONFIRM_FIELD = "language_confirmed"
REVIEWED_FIELD = "language_reviewed"
CONFIRM_LABEL = "I have checked this wording and want to keep it"
CONFIRMED_ATTRIBUTE = "_language_confirmed_matches"


class LanguageConfirmWidget(forms.CheckboxInput):
    """The checkbox, with the phrases found above it. Wagtail renders form fields that no panel
    claims at the end of the form, bare, so the widget brings its own heading, list and label; it
    renders nothing when there is nothing to confirm."""

    template_name = "language/widgets/language_confirm.html"

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.matches = []
        self.after_tabs = False

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"].update(matches=self.matches, label=CONFIRM_LABEL, after_tabs=self.after_tabs)
        return context


class LanguageGuardFormMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        #: matches the editor has still to confirm, after a failed check
        self.language_matches = []
        #: matches the editor confirmed on this submission, recorded once the content is saved
        self.language_confirmed_matches = []
        self.fields[CONFIRM_FIELD] = forms.BooleanField(
            label=CONFIRM_LABEL, required=False, widget=LanguageConfirmWidget()
        )
        # Which matches the editor was shown: ticking the box confirms those, not any added since.
        self.fields[REVIEWED_FIELD] = forms.CharField(required=False, widget=forms.HiddenInput)

    def is_valid(self):
        if not super().is_valid():
            return False
        self.check_language()
        return not self.errors

    def check_language(self):
        from .selectors import confirmed_identities, language_matches_for, split_confirmed

        matches = language_matches_for(self.instance, children=self.language_children())
        pending, _ = split_confirmed(matches, confirmed_identities(self.instance))
        if not pending:
            return
        keys = match_keys(pending)
        reviewed = set(filter(None, (self.cleaned_data.get(REVIEWED_FIELD) or "").split(",")))
        if self.cleaned_data.get(CONFIRM_FIELD) and set(keys) <= reviewed:
            self.language_confirmed_matches = pending
            return
        self.language_matches = pending
        self.fields[CONFIRM_FIELD].widget.matches = pending
        # Show the list that is being confirmed now, and the box unticked until it is ticked for it.
        data = self.data.copy()
        data[self.add_prefix(REVIEWED_FIELD)] = ",".join(keys)
        data.pop(self.add_prefix(CONFIRM_FIELD), None)
        self.data = data
        self.add_error(
            None,
            [
                forms.ValidationError(
                    "“%(found)s” in %(where)s can blame the child. Say instead: %(suggestion)s.",
                    code="language",
                    params={"found": match.found, "where": match.where, "suggestion": match.suggestion},
                )
                for match in pending
            ],
        )
        self.add_error(
            CONFIRM_FIELD,
            forms.ValidationError(
                "Change the wording, or tick this box at the end of the form and save again.",
                code="language_confirm",
            ),
        )

    def language_children(self) -> dict[str, list]:
        """The would-be inline children, by relation name, in their submitted order."""
        children = {}
        for name, formset in getattr(self, "formsets", {}).items():
            kept = []
            for position, form in enumerate(formset.forms):
                if not getattr(form, "cleaned_data", None):
                    continue
                if formset.can_delete and formset._should_delete_form(form):
                    continue
                order = form.cleaned_data.get("ORDER")
                kept.append((order is None, order or 0, position, form.instance))
            children[name] = [instance for *_, instance in sorted(kept, key=lambda item: item[:3])]
        return children

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if self.language_confirmed_matches:
            # The admin view saves the instance after this; wagtail_hooks records the confirmation
            # once it has a primary key.
            setattr(instance, CONFIRMED_ATTRIBUTE, self.language_confirmed_matches)
        return instance


class LanguageGuardPageForm(LanguageGuardFormMixin, GuardedAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONFIRM_FIELD].widget.after_tabs = True


class LanguageGuardSnippetForm(LanguageGuardFormMixin, GuardedAdminModelForm):
    pass
