import csv
import io
import re

from django import forms

from .selectors import TrainingStatus

STATUS_CHOICES = [("", "Any status"), ("overdue", "Needs attention (anything but completed)"), *TrainingStatus.choices]


class TrainingFilterForm(forms.Form):
    q = forms.CharField(label="Search by name or email", required=False, max_length=100)
    course = forms.TypedChoiceField(label="Course", required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label="Status", required=False, choices=STATUS_CHOICES)

    def __init__(self, *args, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.courses = {course.pk: course for course in courses}
        self.fields["course"].choices = [("", "All required courses")] + [(c.pk, c.title) for c in courses]
        self.fields["course"].error_messages["invalid_choice"] = "Choose one of the required courses"
        self.fields["status"].error_messages["invalid_choice"] = "Choose one of the statuses"
        self.fields["q"].error_messages["max_length"] = "Search for up to 100 characters"

    def filters(self) -> dict:
        """The filters to apply; none of them when the form is not valid."""
        if not self.is_valid():
            return {"search": "", "status": "", "course": None}
        return {
            "search": self.cleaned_data["q"],
            "status": self.cleaned_data["status"],
            "course": self.courses.get(self.cleaned_data["course"]),
        }


class ReminderForm(forms.Form):
    member = forms.IntegerField(required=False, min_value=1, max_value=2**62)


class RegisterListingForm(forms.Form):
    listed = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")], coerce=lambda value: value == "yes", empty_value=None
    )


class DriverSearchForm(forms.Form):
    q = forms.CharField(label="Search by name, email or badge number", required=False, max_length=100)


class BadgeCheckForm(forms.Form):
    MAX_BADGES = 500
    MAX_FILE_BYTES = 100 * 1024

    badges = forms.CharField(
        label="Paste badge numbers",
        help_text="One badge number per line, or separated by commas. Up to 500.",
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        error_messages={"max_length": "Paste up to 500 badge numbers at a time"},
    )
    file = forms.FileField(
        label="Or upload a CSV file",
        help_text="A .csv file with the badge numbers in its first column. Up to 500 rows, smaller than 100 KB.",
        required=False,
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError("The file must be a CSV file")
        if upload.size > self.MAX_FILE_BYTES:
            raise forms.ValidationError("The file must be smaller than 100 KB")
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError("The file must be a CSV file saved as UTF-8 text") from error
        if "\x00" in text:
            raise forms.ValidationError("The file must be a CSV file")
        try:
            rows = list(csv.reader(io.StringIO(text)))
        except csv.Error as error:
            raise forms.ValidationError("The file must be a CSV file") from error
        return [row[0] for row in rows if row and row[0].strip()]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        typed = [part for part in re.split(r"[\n,;]+", cleaned.get("badges") or "") if part.strip()]
        typed += cleaned.get("file") or []
        # A header row in a CSV is not a badge number to report on.
        headers = {"badge", "badge number", "badge numbers", "badge_number", "licence", "licence number"}
        typed = [value.strip() for value in typed if value.strip().lower() not in headers]
        if not typed:
            raise forms.ValidationError("Paste at least one badge number or upload a CSV file")
        if len(typed) > self.MAX_BADGES:
            raise forms.ValidationError(f"Check up to {self.MAX_BADGES} badge numbers at a time: you gave {len(typed)}")
        cleaned["badge_numbers"] = typed
        return cleaned
