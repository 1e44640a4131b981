"""Generated learners and the organisations they belong to."""

import bisect
import itertools
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from elearning.people.models import MembershipRole, Organisation, OrganisationKind, OrganisationStatus, Sector

from . import vocab


@dataclass(slots=True)
class Learner:
    pk: int
    number: int
    sector: str
    district_id: int
    ability: float
    engagement: float
    registered_at: datetime
    first_name: str
    last_name: str
    job_role: str
    licensing_authority_id: int | None = None
    badge_number: str = ""
    organisations: list = field(default_factory=list)  # [(pk, kind)]
    certificates: int = 0
    last_seen: datetime | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def email(self) -> str:
        return f"learner{self.number:06d}@{vocab.GENERATED_EMAIL_DOMAIN}"


def weighted_picker(rng, items, weights):
    """A function drawing one item with the given weights (bisect on the running total: fast)."""
    totals = list(itertools.accumulate(weights))
    top = totals[-1]
    return lambda: items[bisect.bisect(totals, rng.random() * top)]


def learners_plan(run) -> list:
    rng = run.rng("people")
    sectors = list(vocab.SECTOR_WEIGHTS)
    pick_sector = weighted_picker(rng, sectors, list(vocab.SECTOR_WEIGHTS.values()))
    districts = run.world.districts
    pick_district = weighted_picker(rng, districts, [vocab.DISTRICT_WEIGHTS.get(d.name, 3) for d in districts])
    span = (run.end - run.start).total_seconds()
    covered = max(len(sectors), len(districts))
    learners = []
    for number in range(1, run.learners + 1):
        if number <= covered:
            # The first few learners cover every sector and district, however few are asked for.
            sector, district = sectors[number % len(sectors)], districts[number % len(districts)]
        else:
            sector, district = pick_sector(), pick_district()
        # More people register each year as the platform becomes known.
        registered_at = run.start + timedelta(seconds=span * rng.betavariate(1.15, 1.0))
        registered_at = min(registered_at, run.end - timedelta(hours=2))
        learners.append(
            Learner(
                pk=run.tables.user.allocate(),
                number=number,
                sector=sector,
                district_id=district.pk,
                ability=rng.gauss(vocab.SECTOR_ABILITY[sector], 0.9),
                engagement=rng.betavariate(8, 2),
                registered_at=registered_at,
                first_name=rng.choice(vocab.FIRST_NAMES),
                last_name=rng.choice(vocab.SURNAMES),
                job_role=rng.choice(vocab.JOB_ROLES[sector]),
            )
        )
    return learners


def user_row(run, learner: Learner) -> tuple:
    return (
        learner.pk,
        # "!" makes the password unusable: generated learners never sign in.
        f"!generated-{learner.number}",
        learner.last_seen,
        False,
        learner.first_name,
        learner.last_name,
        False,
        True,
        learner.registered_at,
        learner.email,
        learner.full_name,
        learner.sector,
        learner.job_role,
        learner.district_id,
        True,
        learner.licensing_authority_id,
        learner.badge_number,
    )


USER_FIELDS = [
    "id",
    "password",
    "last_login",
    "is_superuser",
    "first_name",
    "last_name",
    "is_staff",
    "is_active",
    "date_joined",
    "email",
    "full_name",
    "sector",
    "job_role",
    "district_id",
    "reminder_emails",
    "licensing_authority_id",
    "badge_number",
]

ORGANISATION_FIELDS = [
    "id",
    "kind",
    "name",
    "district_id",
    "address",
    "postcode",
    "urn",
    "premises_licence_number",
    "declared_headcount",
    "status",
    "decided_at",
    "on_public_register",
    "created_at",
    "created_by_id",
]
MEMBERSHIP_FIELDS = ["id", "organisation_id", "user_id", "role", "joined_at"]


def _organisation(run, rng, *, kind, district, manager, members):
    organisations, memberships = run.tables.organisation, run.tables.membership
    pk = organisations.allocate()
    place = rng.choice(vocab.PLACES)
    name = rng.choice(vocab.ORGANISATION_NAMES[kind]).format(
        place=place, saint=rng.choice(vocab.SAINTS), district=district.name
    )
    if kind != OrganisationKind.LICENSING_AUTHORITY:
        name = f"{name}, {district.name}"
    created_at = run.clamp(manager.registered_at + timedelta(minutes=rng.uniform(5, 600)))
    decided_at = run.clamp(created_at + timedelta(hours=rng.uniform(2, 96)))
    headcount = 0 if kind == OrganisationKind.LICENSING_AUTHORITY else math.ceil(len(members) * rng.uniform(1.05, 1.9))
    organisations.add(
        (
            pk,
            kind,
            name,
            district.pk,
            f"{rng.randint(1, 200)} {place} Road, {district.name}",
            "",
            f"G{pk}" if kind == OrganisationKind.SCHOOL else "",
            f"PL/G{pk}" if kind in (OrganisationKind.HOTEL, OrganisationKind.NIGHT_TIME_VENUE) else "",
            headcount,
            OrganisationStatus.APPROVED,
            decided_at,
            kind in (OrganisationKind.HOTEL, OrganisationKind.NIGHT_TIME_VENUE) and rng.random() < 0.3,
            created_at,
            manager.pk,
        )
    )
    for member in members:
        manager_role = member is manager or rng.random() < 0.03
        joined_at = created_at if member is manager else max(member.registered_at, decided_at)
        joined_at = run.clamp(joined_at + timedelta(minutes=rng.uniform(1, 4000)))
        memberships.add(
            (
                memberships.allocate(),
                pk,
                member.pk,
                MembershipRole.MANAGER if manager_role else MembershipRole.MEMBER,
                joined_at,
            )
        )
        member.organisations.append((pk, kind))
    return pk


def organisations_plan(run, learners: list) -> None:
    """Organisations of every kind in every district, sized like the real ones, each registered by
    its first member (its manager); licensing authorities license the district's drivers."""
    rng = run.rng("organisations")
    districts = {district.pk: district for district in run.world.districts}
    groups: dict = {}
    for learner in learners:
        if rng.random() < 0.86:
            groups.setdefault((learner.district_id, vocab.KIND_FOR_SECTOR[learner.sector]), []).append(learner)
    in_district: dict = {}
    for (district_id, kind), members in sorted(groups.items()):
        count = max(1, round(len(members) / vocab.MEMBERS_PER_ORGANISATION[kind]))
        # A few large organisations and many small ones.
        pick = weighted_picker(rng, list(range(count)), [rng.lognormvariate(0, 0.8) for _ in range(count)])
        assigned = [[] for _ in range(count)]
        for member in members:
            assigned[pick()].append(member)
        for members_of in assigned:
            if members_of:
                pk = _organisation(
                    run, rng, kind=kind, district=districts[district_id], manager=members_of[0], members=members_of
                )
                in_district.setdefault(district_id, []).append((pk, members_of[0]))
    # Some people belong to a second organisation (a practitioner attached to a school, say).
    memberships = run.tables.membership
    for learner in learners:
        options = in_district.get(learner.district_id)
        if options and learner.organisations and rng.random() < 0.05:
            pk, manager = rng.choice(options)
            if all(pk != own for own, _ in learner.organisations):
                joined_at = max(learner.registered_at, manager.registered_at + timedelta(days=5))
                memberships.add(
                    (
                        memberships.allocate(),
                        pk,
                        learner.pk,
                        MembershipRole.MEMBER,
                        run.clamp(joined_at + timedelta(days=rng.uniform(1, 60))),
                    )
                )
                learner.organisations.append((pk, None))
    _licensing(run, rng, learners, districts)


def _licensing(run, rng, learners, districts) -> None:
    existing = dict(
        Organisation.objects.filter(kind=OrganisationKind.LICENSING_AUTHORITY, status=OrganisationStatus.APPROVED)
        .order_by("-pk")
        .values_list("district_id", "pk")
    )
    authorities = {}
    for district_id, district in sorted(districts.items()):
        if district_id in existing:
            authorities[district_id] = existing[district_id]
            continue
        officer = next(
            (x for x in learners if x.district_id == district_id and x.sector == Sector.OTHER),
            None,
        )
        if officer is not None:
            officer.job_role = "Licensing officer"
            authorities[district_id] = _organisation(
                run,
                rng,
                kind=OrganisationKind.LICENSING_AUTHORITY,
                district=district,
                manager=officer,
                members=[officer],
            )
    for learner in learners:
        if learner.sector == Sector.TAXI and learner.district_id in authorities and rng.random() < 0.9:
            learner.licensing_authority_id = authorities[learner.district_id]
            learner.badge_number = f"G{learner.number:06d}"
