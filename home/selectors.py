"""Reads for the public pages. Each runs a fixed number of queries, however many rows there are."""

from collections.abc import Mapping
from dataclasses import dataclass

from elearning.people.models import District

from .forms import DistrictContactsForm


def reporting_districts() -> list[District]:
    """Every district with its partnership, in the order the district list shows them."""
    return list(District.objects.select_related("partnership").order_by("partnership__name", "name"))


@dataclass(frozen=True)
class DistrictContacts:
    form: DistrictContactsForm
    district: District | None
    """Whose numbers to show: the chosen district, or the user's own if none was chosen."""
    own_district: District | None
    """The signed-in user's district, if they have one."""


def district_contacts_for(*, params: Mapping[str, str], default_district_id: int | None) -> DistrictContacts:
    """The district whose numbers the how-to-report page shows.

    `params` is the query string. Without a `district` in it, the form starts at the user's own
    district and shows its numbers; with one, the form checks it against the list and shows
    that district's numbers, or an error and no district (the national numbers still show).
    Nothing else is read, so the result varies only on these two arguments. One query."""
    districts = reporting_districts()
    by_id = {district.pk: district for district in districts}
    own = by_id.get(default_district_id) if default_district_id is not None else None
    if "district" not in params:
        form = DistrictContactsForm(initial={"district": str(own.pk) if own else ""}, districts=districts)
        return DistrictContacts(form=form, district=own, own_district=own)
    form = DistrictContactsForm({"district": params["district"]}, districts=districts)
    chosen = by_id[int(form.cleaned_data["district"])] if form.is_valid() else None
    return DistrictContacts(form=form, district=chosen, own_district=own)
