import pytest
from django.core.exceptions import ValidationError

from elearning.fields import IdChoiceField, IdMultipleChoiceField
from elearning.people.models import District
from tests.factories import DistrictFactory

pytestmark = pytest.mark.django_db

FORGED = [
    "9223372036854775808",
    "99999999999999999999999",
    "-1",
    "0",
    "1e3",
    "1; DROP TABLE",
    " ",
    "\u0661",
]  # an Arabic-Indic one: a digit to Python, not an id


@pytest.mark.parametrize("value", FORGED)
def test_it_refuses_a_forged_id_as_an_invalid_choice(value):
    field = IdChoiceField(queryset=District.objects.all())
    with pytest.raises(ValidationError):
        field.clean(value)


def test_it_still_chooses_a_real_row():
    district = DistrictFactory()
    assert IdChoiceField(queryset=District.objects.all()).clean(str(district.pk)) == district
    assert list(IdMultipleChoiceField(queryset=District.objects.all()).clean([str(district.pk)])) == [district]


@pytest.mark.parametrize("value", FORGED)
def test_it_refuses_a_forged_id_among_several(value):
    district = DistrictFactory()
    with pytest.raises(ValidationError):
        IdMultipleChoiceField(queryset=District.objects.all()).clean([str(district.pk), value])
