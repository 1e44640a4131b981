import re

from django import forms

from elearning.fields import IdChoiceField

from ..models import District, MembershipRole, Organisation, OrganisationKind

# The shape of a UK postcode (not a check that it exists), e.g. HG1 1AA, SW1A 2AA, M1 1AE.
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
URN_RE = re.compile(r"^[0-9]{6}$")


class OrganisationRegisterForm(forms.Form):
    kind = forms.ChoiceField(
        label="What kind of organisation is it?",
        choices=OrganisationKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select the kind of organisation",
            "invalid_choice": "Select the kind of organisation",
        },
    )
    name = forms.CharField(
        label="Organisation name",
        max_length=200,
        error_messages={"required": "Enter the organisation's name"},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    district = IdChoiceField(
        label="Which area is it in?",
        queryset=District.objects.all(),
        empty_label="Choose an area",
        error_messages={"required": "Choose the area it is in", "invalid_choice": "Choose an area from the list"},
    )
    address = forms.CharField(
        label="Address",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
    )
    postcode = forms.CharField(
        label="Postcode",
        max_length=10,
        error_messages={"required": "Enter the postcode"},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "class": "govuk-input--width-10"}),
    )
    urn = forms.CharField(
        label="School URN",
        max_length=10,
        required=False,
        help_text="Schools only: the 6-digit unique reference number, for example 121234.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "govuk-input--width-10"}),
    )
    premises_licence_number = forms.CharField(
        label="Premises licence number (optional)",
        max_length=50,
        required=False,
        help_text="Hotels and venues, if you have one.",
    )
    declared_headcount = forms.IntegerField(
        label="How many staff should be trained?",
        min_value=1,
        max_value=100_000,
        help_text="Everyone who should hold a valid certificate, including part-time and support staff.",
        error_messages={
            "required": "Enter how many staff should be trained",
            "invalid": "Enter a whole number, like 25",
            "min_value": "Enter a number of staff of 1 or more",
            "max_value": "Enter a number of staff of 100,000 or fewer",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "govuk-input--width-5"}),
    )

    def clean_postcode(self):
        postcode = " ".join(self.cleaned_data["postcode"].split()).upper()
        if not POSTCODE_RE.match(postcode):
            raise forms.ValidationError("Enter a real postcode, like HG1 2AB")
        if " " not in postcode:
            postcode = f"{postcode[:-3]} {postcode[-3:]}"
        return postcode

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        urn = "".join(cleaned.get("urn", "").split())
        if kind == OrganisationKind.SCHOOL:
            if not urn:
                self.add_error("urn", "Enter the school's URN")
            elif not URN_RE.match(urn):
                self.add_error("urn", "Enter the URN as 6 digits, like 121234")
            elif Organisation.objects.filter(urn=urn).exists():
                self.add_error("urn", "A school with this URN is already registered. Ask its manager to invite you")
            else:
                cleaned["urn"] = urn
        else:
            # Only schools have a URN; one typed for another kind is dropped, not stored.
            cleaned["urn"] = ""
        return cleaned


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages={
            "required": "Enter the email address of the person to invite",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label="Role",
        choices=MembershipRole.choices,
        initial=MembershipRole.MEMBER,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a role", "invalid_choice": "Choose a role"},
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=MembershipRole.choices)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("decline", "Decline")])


class JoinCodeActionForm(forms.Form):
    action = forms.ChoiceField(choices=[("enable", "Switch on"), ("regenerate", "New code"), ("disable", "Switch off")])
