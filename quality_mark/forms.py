from django import forms

from .models import Level


class SectionForm(forms.Form):
    """The school's answer for one standard. Both fields may be left for later (save and return);
    "check and submit" says what is still missing."""

    self_level = forms.TypedChoiceField(
        label="Which level has your school reached?",
        choices=Level.choices,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    commentary = forms.CharField(
        label="Commentary",
        help_text="What you do, who does it and how you know it works. Say where your evidence shows it.",
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    status = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, measured: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if measured:
            del self.fields["self_level"]


class EvidenceForm(forms.Form):
    file = forms.FileField(
        label="Upload a file",
        help_text="A PDF, Word document (.docx), Excel workbook (.xlsx), PNG or JPEG, up to 10 MB.",
        error_messages={"required": "Choose a file to upload.", "empty": "The file is empty."},
    )


class RegisterSearchForm(forms.Form):
    q = forms.CharField(label="Search by school name or district", required=False, max_length=100)
