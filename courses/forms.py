from django import forms

from elearning.lists import first_column_of_csv, pasted_and_uploaded

from .codes import code_normalise
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


class VerifyForm(forms.Form):
    code = forms.CharField(
        label="Certificate code",
        help_text="16 letters and numbers, for example K7QM-2XPD-9HRT-4WCA. Dashes and spaces do not matter.",
        max_length=64,
        error_messages={
            "required": "Enter the code from the certificate",
            "max_length": "That is not a certificate code",
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )

    def clean_code(self):
        code = code_normalise(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                "Enter the code as it is printed on the certificate, for example K7QM-2XPD-9HRT-4WCA"
            )
        return code


class BulkVerifyForm(forms.Form):
    MAX_CODES = 500
    MAX_FILE_BYTES = 100 * 1024

    codes = forms.CharField(
        label="Paste certificate codes",
        help_text="One code per line, or separated by commas. Up to 500.",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
    )
    file = forms.FileField(
        label="Or upload a CSV file",
        help_text="A .csv file with the codes in its first column. Up to 500 rows.",
        required=False,
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        return None if upload is None else first_column_of_csv(upload, max_bytes=self.MAX_FILE_BYTES)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        typed = pasted_and_uploaded(
            pasted=cleaned.get("codes"), uploaded=cleaned.get("file"), headers={"code", "certificate code", "codes"}
        )
        if not typed:
            raise forms.ValidationError("Paste at least one code or upload a CSV file")
        if len(typed) > self.MAX_CODES:
            raise forms.ValidationError(f"Check up to {self.MAX_CODES} codes at a time: you gave {len(typed)}")
        cleaned["codes"] = [(value[:64], code_normalise(value)) for value in typed]
        return cleaned
