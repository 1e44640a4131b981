from django import forms

from .models import District, Sector


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
    district = forms.ModelChoiceField(
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
