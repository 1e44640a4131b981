from collections.abc import Sequence

from django import forms

from elearning.people.models import District


class DistrictContactsForm(forms.Form):
    """Which district's numbers to show on the how-to-report page. Read from the query string.

    The choices are the districts passed in, grouped by partnership, so checking a value never
    touches the database: an unknown, forged or enormous value is simply not one of them."""

    district = forms.ChoiceField(
        label="Which area is the child in?",
        help_text="Choose the council area where the child lives. If you do not know, choose the area you are in.",
        error_messages={
            "required": "Select the area the child is in",
            "invalid_choice": "Select an area from the list",
        },
    )

    def __init__(self, *args, districts: Sequence[District], **kwargs):
        super().__init__(*args, **kwargs)
        groups: dict[str, list[tuple[str, str]]] = {}
        for district in districts:
            groups.setdefault(district.partnership.name, []).append((str(district.pk), district.name))
        self.fields["district"].choices = [("", "Choose an area"), *groups.items()]
