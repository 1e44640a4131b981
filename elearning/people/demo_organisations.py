"""Demo organisations, built through the services as a manager and staff would build them.
Safe to run again: what exists already is left as it is."""

from allauth.account.models import EmailAddress
from django.utils import timezone

from .models import Membership, MembershipRole, Organisation, OrganisationKind, OrganisationStatus, User
from .organisations.services import organisation_decide, organisation_register
from .services import profile_update

MANAGER_EMAIL = "manager@example.com"

ORGANISATIONS = [
    {
        "kind": OrganisationKind.SCHOOL,
        "name": "Ashville Primary School",
        "address": "1 School Lane, Harrogate",
        "postcode": "HG1 2AB",
        "urn": "999001",
        "declared_headcount": 35,
        "managed": True,
    },
    {
        "kind": OrganisationKind.HOTEL,
        "name": "The Station Hotel",
        "address": "2 Station Parade, Harrogate",
        "postcode": "HG1 1TE",
        "premises_licence_number": "PL/0001",
        "declared_headcount": 18,
        "managed": True,
    },
    {
        "kind": OrganisationKind.LICENSING_AUTHORITY,
        "name": "Harrogate Licensing Authority",
        "address": "Civic Centre, St Luke's Avenue, Harrogate",
        "postcode": "HG1 2AE",
        "declared_headcount": 0,
        "managed": False,
    },
    {
        "kind": OrganisationKind.TAXI_OPERATOR,
        "name": "Spa Town Taxis",
        "address": "3 Cab Rank, Harrogate",
        "postcode": "HG1 5AA",
        "declared_headcount": 40,
        "managed": False,
    },
]


def _pick_district(districts):
    values = list(districts.values()) if isinstance(districts, dict) else list(districts)
    for district in values:
        if district.name == "Harrogate":
            return district
    return values[0]


def _manager(*, password: str, district) -> User:
    user = User.objects.filter(email__iexact=MANAGER_EMAIL).first()
    if user is None:
        user = User.objects.create_user(email=MANAGER_EMAIL, password=password)
    EmailAddress.objects.update_or_create(user=user, email=MANAGER_EMAIL, defaults={"verified": True, "primary": True})
    if not user.has_complete_profile:
        profile_update(
            user=user, full_name="Morgan Manager", sector="school", job_role="Headteacher", district=district
        )
    return user


def organisations_demo_load(*, districts, learner: User, manager_password: str) -> dict[str, Organisation]:
    """A school, a hotel, a licensing authority and a taxi operator, all approved. The demo
    learner is a member of the school; manager@example.com manages the school and the hotel (and,
    so that nothing is left without a manager, the other two)."""
    district = _pick_district(districts)
    manager = _manager(password=manager_password, district=district)
    built = {}
    for spec in ORGANISATIONS:
        spec = dict(spec)
        spec.pop("managed")
        organisation = Organisation.objects.filter(name=spec["name"]).first()
        if organisation is None:
            organisation = organisation_register(user=manager, district=district, **spec)
        if organisation.status != OrganisationStatus.APPROVED:
            organisation = organisation_decide(organisation=organisation, decided_by=None, approve=True)
        built[spec["kind"]] = organisation
    Membership.objects.get_or_create(
        organisation=built[OrganisationKind.SCHOOL],
        user=learner,
        defaults={"role": MembershipRole.MEMBER, "joined_at": timezone.now()},
    )
    return built
