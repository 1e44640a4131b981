from django import forms

from elearning.lists import first_column_of_csv, pasted_and_uploaded

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
        return None if upload is None else first_column_of_csv(upload, max_bytes=self.MAX_FILE_BYTES)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        # A header row in a CSV is not a badge number to report on.
        headers = {"badge", "badge number", "badge numbers", "badge_number", "licence", "licence number"}
        typed = pasted_and_uploaded(pasted=cleaned.get("badges"), uploaded=cleaned.get("file"), headers=headers)
        if not typed:
            raise forms.ValidationError("Paste at least one badge number or upload a CSV file")
        if len(typed) > self.MAX_BADGES:
            raise forms.ValidationError(f"Check up to {self.MAX_BADGES} badge numbers at a time: you gave {len(typed)}")
        cleaned["badge_numbers"] = typed
        return cleaned
