"""The training-needs survey form, built from the survey: a confidence question per competency and
checkboxes for the topics and formats it offers."""

from django import forms

from courses.forms_evaluation import confidence_field
from elearning.fields import IdChoiceField, IdMultipleChoiceField
from elearning.people.models import District, OrganisationKind, Sector

from .models import Survey, SurveyOptionKind
from .surveys.selectors import survey_options
from .surveys.services import COMMENTS_MAX_LENGTH, JOB_ROLE_MAX_LENGTH, SurveyAnswers


class OptionsField(IdMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class SurveyForm(forms.Form):
    sector = forms.ChoiceField(
        label="Which agency or sector do you work in?",
        choices=[("", "Select your agency or sector"), *Sector.choices],
        error_messages={"required": "Select your agency or sector", "invalid_choice": "Select your agency or sector"},
    )
    organisation_kind = forms.ChoiceField(
        label="What kind of organisation do you work for?",
        choices=[("", "Select a kind of organisation"), *OrganisationKind.choices],
        required=False,
        error_messages={"invalid_choice": "Select the kind of organisation you work for"},
    )
    job_role = forms.CharField(
        label="What is your role?",
        help_text="For example, designated safeguarding lead, hotel receptionist or licensing officer.",
        required=False,
        max_length=JOB_ROLE_MAX_LENGTH,
        error_messages={"max_length": f"Write your role in {JOB_ROLE_MAX_LENGTH} characters or fewer"},
    )
    district = IdChoiceField(
        label="Which district do you work in?",
        queryset=District.objects.order_by("name"),
        empty_label="Select your district",
        error_messages={
            "required": "Select the district you work in",
            "invalid_choice": "Select a district from the list",
        },
    )

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.competencies = list(survey.competencies.order_by("sort_order", "name"))
        for competency in self.competencies:
            self.fields[f"confidence-{competency.pk}"] = confidence_field(competency)
        for name, kind, label in (
            ("topics", SurveyOptionKind.TOPIC, "Which topics would you like training on?"),
            ("formats", SurveyOptionKind.FORMAT, "How would you like to be trained?"),
        ):
            queryset = survey_options(survey, kind)
            if queryset.exists():
                self.fields[name] = OptionsField(
                    label=label,
                    help_text="Select all that apply.",
                    queryset=queryset,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={
                        "invalid_choice": "Select from the options shown",
                        "invalid_pk_value": "Select from the options shown",
                    },
                )
        self.fields["comments"] = forms.CharField(
            label="Is there anything else you would like to tell us about training?",
            required=False,
            max_length=COMMENTS_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 5}),
            error_messages={"max_length": f"Write {COMMENTS_MAX_LENGTH} characters or fewer"},
        )

    def about_you_fields(self) -> list:
        return [self[name] for name in ("sector", "organisation_kind", "job_role", "district")]

    def confidence_fields(self) -> list:
        return [self[f"confidence-{competency.pk}"] for competency in self.competencies]

    def training_fields(self) -> list:
        return [self[name] for name in ("topics", "formats", "comments") if name in self.fields]

    def answers(self) -> SurveyAnswers:
        data = self.cleaned_data
        options = [*data.get("topics", ()), *data.get("formats", ())]
        return SurveyAnswers(
            sector=data["sector"],
            district_id=data["district"].pk,
            ratings={c.pk: data[f"confidence-{c.pk}"] for c in self.competencies},
            job_role=data["job_role"],
            organisation_kind=data["organisation_kind"],
            option_ids=[option.pk for option in options],
            comments=data["comments"],
        )

    def add_service_errors(self, errors: dict[str, str]) -> None:
        for name, message in errors.items():
            self.add_error(name if name in self.fields else None, message)
