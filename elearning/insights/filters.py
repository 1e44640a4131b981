"""The filters every dashboard, export and report takes, and the analyst's scope.

`InsightsFilterForm` is bound to request.GET. Its choices are limited to the analyst's scope, so a
forged partnership, district or organisation id is a form error ("Select a valid choice"), and
`Filters` always carries the scope's partnership ids, so no query can reach outside it."""

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.forms.utils import flatatt
from django.utils.choices import BaseChoiceIterator
from django.utils.html import escape
from django.utils.safestring import mark_safe

from courses.models import CoursePage
from elearning.fields import IdChoiceField
from elearning.people.models import District, Organisation, OrganisationKind, Partnership, Sector

from .models import AnalystScope, Survey


def scope_partnership_ids(user) -> list[int] | None:
    """The partnerships an analyst may see; None when the analyst is not limited."""
    if user.is_superuser:
        return None
    scope = AnalystScope.objects.filter(user=user).first()
    if scope is None:
        return None
    return list(scope.partnerships.values_list("pk", flat=True))


@dataclass(frozen=True)
class Filters:
    date_from: datetime.date | None = None  # first day of the first month
    date_to: datetime.date | None = None  # first day of the last month
    partnership: int | None = None
    district: int | None = None
    sector: str = ""
    organisation_kind: str = ""
    organisation: int | None = None
    course: int | None = None
    scope: tuple[int, ...] | None = None  # partnership ids the analyst may see
    # The survey whose answers the survey figures show; None: the latest published one in the period
    # (selectors.survey_in_use). Answers to different surveys are never added together.
    survey: int | None = None

    @property
    def by_organisation(self) -> bool:
        return bool(self.organisation or self.organisation_kind)

    @property
    def has_area(self) -> bool:
        return self.scope is not None or bool(self.partnership or self.district)

    def rollup_q(self, *, since: bool = True) -> Q:
        """Conditions on a rollup table's dimension columns (not the organisation ones). since=False:
        everything up to the end of the period (registered learners)."""
        q = Q()
        if since and self.date_from:
            q &= Q(month__gte=self.date_from)
        if self.date_to:
            q &= Q(month__lte=self.date_to)
        if self.has_area:
            q &= self.area_q("")
        if self.sector:
            q &= Q(sector=self.sector)
        return q

    def area_q(self, prefix: str, *, partnership: str = "partnership_id", district: str = "district_id") -> Q:
        q = Q()
        if self.scope is not None:
            q &= Q(**{f"{prefix}{partnership}__in": self.scope})
        if self.partnership:
            q &= Q(**{f"{prefix}{partnership}": self.partnership})
        if self.district:
            q &= Q(**{f"{prefix}{district}": self.district})
        return q

    def describe(self) -> list[tuple[str, str]]:
        """The filters in words, for report headers and export file notes."""
        parts = []
        if self.date_from or self.date_to:
            start = f"{self.date_from:%B %Y}" if self.date_from else "the beginning"
            end = f"{self.date_to:%B %Y}" if self.date_to else "now"
            parts.append(("Period", f"{start} to {end}"))
        if self.partnership:
            parts.append(("Partnership", str(Partnership.objects.get(pk=self.partnership))))
        if self.district:
            parts.append(("District", str(District.objects.get(pk=self.district))))
        if self.sector:
            parts.append(("Sector", Sector(self.sector).label))
        if self.organisation_kind:
            parts.append(("Organisation kind", OrganisationKind(self.organisation_kind).label))
        if self.organisation:
            parts.append(("Organisation", str(Organisation.objects.get(pk=self.organisation))))
        if self.course:
            parts.append(("Course", str(CoursePage.objects.get(pk=self.course).title)))
        if self.survey:
            parts.append(("Survey", str(Survey.objects.get(pk=self.survey))))
        if self.scope is not None and not self.partnership:
            names = Partnership.objects.filter(pk__in=self.scope).values_list("name", flat=True)
            parts.append(("Partnerships", ", ".join(names) or "none"))
        return parts


class NamesWhenDrawn(BaseChoiceIterator):
    """A select's choices as (id, name) pairs, read from the database each time it is drawn and
    not kept. Thousands of model instances cost more than the rest of the page, and a list kept on
    the form lives until Python's cycle collector runs (forms and their bound fields refer to each
    other): 0.8 MB a request at 4,600 organisations, which grew each worker by 80 MB. A choice
    iterator, because Django turns any other iterable of choices into a list."""

    def __init__(self, queryset, *, empty_label: str):
        self.queryset, self.empty_label = queryset, empty_label

    def __iter__(self):
        yield "", self.empty_label
        yield from self.queryset.values_list("pk", "name")


class LongSelect(forms.Select):
    """A <select> whose options are written in one join, not through a template each. The
    organisation filter offers every approved organisation in the analyst's scope: about 4,600 in
    a nation, where Django's option templates took 230 ms of a 330 ms dashboard (in process; over
    HTTP the page took 650 ms)."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = "".join(
            f'<option value="{escape(key)}"{" selected" if str(key) in chosen else ""}>{escape(label)}</option>'
            for key, label in self.choices
        )
        attributes = flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name}))
        return mark_safe(f"<select{attributes}>{options}</select>")  # noqa: S308  # nosec B308, B703  # each value and label is escaped


class InsightsFilterForm(forms.Form):
    date_from = forms.DateField(label="From", required=False, help_text="For example 2026-01-01. Counts whole months.")
    date_to = forms.DateField(label="To", required=False, help_text="For example 2026-12-31.")
    partnership = IdChoiceField(queryset=Partnership.objects.none(), required=False, empty_label="All")
    district = IdChoiceField(queryset=District.objects.none(), required=False, empty_label="All")
    sector = forms.ChoiceField(choices=[("", "All"), *Sector.choices], required=False)
    organisation_kind = forms.ChoiceField(
        label="Organisation kind", choices=[("", "All"), *OrganisationKind.choices], required=False
    )
    organisation = IdChoiceField(
        queryset=Organisation.objects.none(), required=False, empty_label="All", widget=LongSelect
    )
    course = IdChoiceField(queryset=CoursePage.objects.none(), required=False, empty_label="All")
    survey = IdChoiceField(
        queryset=Survey.objects.none(),
        required=False,
        empty_label="The latest published",
        help_text="For the survey figures only.",
    )

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.scope = scope_partnership_ids(user)
        partnerships = Partnership.objects.all()
        districts = District.objects.all()
        organisations = Organisation.objects.filter(status="approved")
        if self.scope is not None:
            partnerships = partnerships.filter(pk__in=self.scope)
            districts = districts.filter(partnership__in=self.scope)
            organisations = organisations.filter(district__partnership__in=self.scope)
        self.fields["partnership"].queryset = partnerships
        self.fields["district"].queryset = districts.order_by("name")
        self.fields["organisation"].queryset = organisations.order_by("name")
        self.fields["organisation"].widget.choices = NamesWhenDrawn(organisations.order_by("name"), empty_label="All")
        self.fields["course"].queryset = CoursePage.objects.order_by("title")
        self.fields["survey"].queryset = Survey.objects.order_by("-opens_on", "title")
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "w-field__input")
        self.fields["date_from"].widget.input_type = "date"
        self.fields["date_to"].widget.input_type = "date"

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end of the period must be on or after its start.")
        district, partnership = cleaned.get("district"), cleaned.get("partnership")
        if district and partnership and district.partnership_id != partnership.pk:
            self.add_error("district", "This district is not in the chosen partnership.")
        return cleaned

    def filters(self) -> Filters:
        """The cleaned filters; call only when the form is valid."""
        data = self.cleaned_data
        start, end = data.get("date_from"), data.get("date_to")
        return Filters(
            date_from=start.replace(day=1) if start else None,
            date_to=end.replace(day=1) if end else None,
            partnership=data["partnership"].pk if data.get("partnership") else None,
            district=data["district"].pk if data.get("district") else None,
            sector=data.get("sector") or "",
            organisation_kind=data.get("organisation_kind") or "",
            organisation=data["organisation"].pk if data.get("organisation") else None,
            course=data["course"].pk if data.get("course") else None,
            survey=data["survey"].pk if data.get("survey") else None,
            scope=tuple(self.scope) if self.scope is not None else None,
        )
