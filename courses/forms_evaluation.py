"""The course evaluation forms: confidence per competency on a 4-point scale, and at completion
the validation-sheet questions."""

from django import forms

from .models import Competency
from .models.evaluation import ACTION_MAX_LENGTH, Confidence, Satisfaction

# Radios read from the top of the scale down, as on the paper validation sheets.
CONFIDENCE_CHOICES = sorted(Confidence.choices, reverse=True)
SATISFACTION_CHOICES = sorted(Satisfaction.choices, reverse=True)

VALIDATION_QUESTIONS = {
    "met_aims": "The course met its stated aims",
    "relevant": "The content was relevant to me",
    "useful": "The course was useful to me",
}


def confidence_field(competency) -> forms.TypedChoiceField:
    """The 4-point confidence question for one competency: the same in evaluations and surveys, so
    their answers can be compared."""
    return forms.TypedChoiceField(
        label=f"How confident do you feel about {competency.name.lower()}?",
        help_text=competency.description,
        choices=CONFIDENCE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": f"Select how confident you feel about {competency.name.lower()}",
            "invalid_choice": "Select one of the answers shown",
        },
    )


class ConfidenceForm(forms.Form):
    """One set of radios per competency of the course, named after the competency."""

    def __init__(self, *args, competencies: list[Competency], **kwargs):
        super().__init__(*args, **kwargs)
        self.competencies = competencies
        for competency in competencies:
            self.fields[self.field_name(competency.pk)] = confidence_field(competency)

    @staticmethod
    def field_name(competency_id: int) -> str:
        return f"confidence-{competency_id}"

    def confidence_fields(self) -> list:
        return [self[self.field_name(c.pk)] for c in self.competencies]

    def ratings(self) -> dict[int, int]:
        return {c.pk: self.cleaned_data[self.field_name(c.pk)] for c in self.competencies}

    def add_service_errors(self, errors: dict[str, str]) -> None:
        for name, message in errors.items():
            self.add_error(name if name in self.fields else None, message)


class AfterEvaluationForm(ConfidenceForm):
    """Confidence again, then the three validation questions and what the learner will do."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, question in VALIDATION_QUESTIONS.items():
            self.fields[name] = forms.TypedChoiceField(
                label=question,
                help_text="How satisfied are you?",
                choices=SATISFACTION_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Select how satisfied you are that {question[0].lower()}{question[1:]}",
                    "invalid_choice": "Select one of the answers shown",
                },
            )
        self.fields["action"] = forms.CharField(
            label="What will you do as a result?",
            help_text="For example, something you will do differently at work or who you will tell.",
            required=False,
            max_length=ACTION_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 5}),
            error_messages={"max_length": f"Write {ACTION_MAX_LENGTH} characters or fewer"},
        )

    def answers(self) -> dict:
        return {
            "ratings": self.ratings(),
            "met_aims": self.cleaned_data["met_aims"],
            "relevant": self.cleaned_data["relevant"],
            "useful": self.cleaned_data["useful"],
            "action": self.cleaned_data["action"],
        }
