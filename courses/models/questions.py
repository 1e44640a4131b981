from django import forms
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin
from wagtail.search import index

from elearning.admin_forms import GuardedAdminModelForm
from elearning.language.forms import LanguageGuardFormMixin
from elearning.people.models import Sector


class QuestionAdminForm(LanguageGuardFormMixin, GuardedAdminModelForm):
    audiences = forms.MultipleChoiceField(
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Courses for these audiences may draw this question at random.",
    )

    def is_valid(self):
        # The choices are an inline formset, cleaned after this form's own clean(): check them
        # once everything else is valid.
        if not super().is_valid():
            return False
        choices = [
            form.cleaned_data
            for form in self.formsets["choices"].forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        correct = sum(1 for choice in choices if choice.get("is_correct"))
        if len(choices) < 2:
            self.add_error(None, "Give at least two choices.")
        elif self.cleaned_data.get("allows_multiple") and correct < 1:
            self.add_error(None, "Mark at least one choice as correct.")
        elif not self.cleaned_data.get("allows_multiple") and correct != 1:
            self.add_error(None, "Mark exactly one choice as correct, or allow more than one answer.")
        return not self.errors


class Question(DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A reusable quiz question in the bank. Published changes affect attempts started afterwards
    only: every attempt snapshots the questions it asked."""

    text = models.TextField("question")
    allows_multiple = models.BooleanField(
        "more than one answer",
        default=False,
        help_text=(
            'Learners "select all that apply"; the question is right only if they choose exactly the correct ones.'
        ),
    )
    explanation = models.TextField(help_text="Shown to the learner after they submit.")
    competency = models.ForeignKey("courses.Competency", on_delete=models.PROTECT, related_name="questions")
    audiences = models.JSONField(default=list, blank=True)
    key = models.SlugField(
        max_length=80, unique=True, null=True, blank=True, help_text="A stable reference for imports; optional."
    )

    base_form_class = QuestionAdminForm
    panels = [
        FieldPanel("text"),
        FieldPanel("allows_multiple"),
        InlinePanel("choices", label="Choices", min_num=2),
        FieldPanel("explanation"),
        FieldPanel("competency"),
        FieldPanel("audiences"),
        FieldPanel("key"),
    ]
    search_fields = [index.SearchField("text"), index.AutocompleteField("text")]

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.text if len(self.text) <= 80 else f"{self.text[:77]}..."


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(max_length=300)
    is_correct = models.BooleanField("correct", default=False)
    feedback = models.TextField(help_text="Why this choice is right or wrong. Every choice needs feedback.")

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    def __str__(self):
        return self.text
