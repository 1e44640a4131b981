"""Form fields that choose rows by id and refuse forged ids as invalid choices.

Django's ModelChoiceField passes a submitted id straight to the database. A number too large for a
64-bit integer then raises OverflowError on SQLite (and DataError on PostgreSQL) instead of failing
validation, so a forged form value became a 500. These fields check the shape first."""

from django import forms

MAX_ID = 2**63 - 1


def is_id(value) -> bool:
    text = str(value).strip()
    return text.isascii() and text.isdigit() and 0 < int(text) <= MAX_ID


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not is_id(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        if any(not is_id(pk) for pk in value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": ""}
            )
        return super()._check_values(value)
