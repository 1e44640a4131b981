from django import forms

from .models import AttemptAnswer


class ChoiceIdsField(forms.MultipleChoiceField):
    """Checkbox answers, refusing a choice sent twice (a forged request, never a browser)."""

    def validate(self, value):
        super().validate(value)
        if len(set(value)) != len(value):
            raise forms.ValidationError("Select each answer only once", code="duplicate")


class QuizForm(forms.Form):
    """One field per question as asked in the attempt, named after its answer row. Choices carry
    their ids and text only: nothing in the form says which is right."""

    def __init__(self, *args, rows: list[AttemptAnswer], **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for number, row in enumerate(rows, 1):
            choices = [(str(choice["id"]), choice["text"]) for choice in row.choices]
            label = f"{number}. {row.prompt}"
            if row.allows_multiple:
                field = ChoiceIdsField(
                    label=label,
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    help_text="Select all that apply.",
                    error_messages={
                        "required": "Select at least one answer",
                        "invalid_choice": "Select from the answers shown",
                    },
                )
            else:
                field = forms.ChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={"required": "Select an answer", "invalid_choice": "Select from the answers shown"},
                )
            self.fields[self.field_name(row)] = field

    @staticmethod
    def field_name(row: AttemptAnswer) -> str:
        return f"answer-{row.pk}"

    def answers(self) -> dict[int, list[int]]:
        answers = {}
        for row in self.rows:
            value = self.cleaned_data[self.field_name(row)]
            answers[row.pk] = [int(v) for v in (value if isinstance(value, list) else [value])]
        return answers

    def add_answer_errors(self, errors: dict[int, str]) -> None:
        for row in self.rows:
            if row.pk in errors:
                self.add_error(self.field_name(row), errors[row.pk])
