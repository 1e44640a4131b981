from django import forms

from elearning.fields import IdChoiceField

from .models import District, Organisation, OrganisationKind, OrganisationStatus, Sector


class ProfileForm(forms.Form):
    full_name = forms.CharField(
        label="Full name",
        max_length=150,
        help_text="As it should appear on your certificates.",
        error_messages={"required": "Enter your full name"},
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    sector = forms.ChoiceField(
        label="Where do you work?",
        choices=Sector.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select where you work", "invalid_choice": "Select where you work"},
    )
    job_role = forms.CharField(
        label="Job role",
        max_length=100,
        help_text="For example teaching assistant, reception manager, hackney carriage driver.",
        error_messages={"required": "Enter your job role"},
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    district = IdChoiceField(
        label="Which area do you work in?",
        queryset=District.objects.all(),
        empty_label="Choose an area",
        help_text="We show you the numbers to call about a child in this area.",
        error_messages={"required": "Choose the area you work in", "invalid_choice": "Choose an area from the list"},
    )
    reminder_emails = forms.BooleanField(
        label="Email me when a certificate is due for renewal",
        required=False,
        help_text="We email you 30 days before a certificate expires and on the day it expires.",
    )
    licensing_authority = IdChoiceField(
        label="Licensing authority (optional)",
        queryset=Organisation.objects.filter(
            kind=OrganisationKind.LICENSING_AUTHORITY, status=OrganisationStatus.APPROVED
        ),
        required=False,
        empty_label="None",
        help_text="Taxi and private hire drivers only: the council that licenses you.",
        error_messages={"invalid_choice": "Choose a licensing authority from the list"},
    )
    badge_number = forms.CharField(
        label="Badge number (optional)",
        max_length=30,
        required=False,
        help_text="Taxi and private hire drivers only: as printed on your driver's badge.",
        error_messages={"max_length": "Enter a badge number of 30 characters or fewer"},
        widget=forms.TextInput(attrs={"class": "govuk-input--width-10", "spellcheck": "false"}),
    )

    def clean(self):
        cleaned = super().clean()
        authority = cleaned.get("licensing_authority")
        badge = "".join(cleaned.get("badge_number", "").split())
        if authority is not None and not badge and "badge_number" not in self.errors:
            self.add_error("badge_number", "Enter your badge number")
        if authority is None and badge and "licensing_authority" not in self.errors:
            self.add_error("licensing_authority", "Choose the licensing authority that issued your badge")
        return cleaned
