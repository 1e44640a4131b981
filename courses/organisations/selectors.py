"""Reads that join organisations with training records: required courses per kind, each member's
status per required course, coverage, the Op Makesafe register and licensing checks.

Every status is computed in the database (Exists/Subquery per required course, never per row), so
a page runs the same number of queries for 10 members as for 100,000."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Replace, Upper
from django.utils import timezone

from elearning.people.models import (
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    User,
)

from ..models import Certificate, CoursePage, Enrolment, RequiredCourse

PAGE_SIZE = 50
REGISTER_KINDS = (OrganisationKind.HOTEL, OrganisationKind.NIGHT_TIME_VENUE)
DRIVER_KINDS = (OrganisationKind.LICENSING_AUTHORITY, OrganisationKind.TAXI_OPERATOR)


class TrainingStatus:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    EXPIRING = "expiring"
    EXPIRED = "expired"

    choices = [
        (NOT_STARTED, "Not started"),
        (IN_PROGRESS, "In progress"),
        (COMPLETED, "Completed"),
        (EXPIRING, "Expiring within 30 days"),
        (EXPIRED, "Expired"),
    ]
    labels = dict(choices)
    # Everything but a certificate that stays valid for more than 30 days wants a reminder.
    OVERDUE = (NOT_STARTED, IN_PROGRESS, EXPIRING, EXPIRED)


def required_courses_for(kind: str) -> list[CoursePage]:
    """The courses every organisation of this kind requires, in title order."""
    return list(
        CoursePage.objects.filter(required_by__kind=kind)
        .order_by("title", "pk")
        .only("id", "title", "slug", "url_path", "path", "depth")
    )


def _valid_certificates(course_id: int, user_ref: str, today: date) -> QuerySet:
    """Certificates that count as held today; revoked and expired ones do not."""
    return Certificate.objects.with_status("valid", today=today).filter(learner=OuterRef(user_ref), course_id=course_id)


def status_expression(course_id: int, user_ref: str, today: date):
    """A CASE expression giving the TrainingStatus of the person at OuterRef(user_ref)."""
    valid = _valid_certificates(course_id, user_ref, today)
    soon = today + timedelta(days=settings.CERTIFICATE_REFRESHER_DAYS)
    # Several valid certificates (a refresher taken early): the one that lasts longest decides.
    lasting = valid.filter(Q(expires_on__isnull=True) | Q(expires_on__gt=soon))
    expired = Certificate.objects.with_status("expired", today=today).filter(
        learner=OuterRef(user_ref), course_id=course_id
    )
    enrolled = Enrolment.objects.filter(learner=OuterRef(user_ref), course_id=course_id)
    return Case(
        When(Exists(lasting), then=Value(TrainingStatus.COMPLETED)),
        When(Exists(valid), then=Value(TrainingStatus.EXPIRING)),
        When(Exists(expired), then=Value(TrainingStatus.EXPIRED)),
        When(Exists(enrolled), then=Value(TrainingStatus.IN_PROGRESS)),
        default=Value(TrainingStatus.NOT_STARTED),
        output_field=CharField(),
    )


def expiry_expression(course_id: int, user_ref: str, today: date):
    """The latest expiry date among valid certificates (None when none, or when it never expires)."""
    valid = _valid_certificates(course_id, user_ref, today).order_by(F("expires_on").desc(nulls_first=True))
    return Subquery(valid.values("expires_on")[:1])


def expired_on_expression(course_id: int, user_ref: str, today: date):
    expired = (
        Certificate.objects.with_status("expired", today=today)
        .filter(learner=OuterRef(user_ref), course_id=course_id)
        .order_by("-expires_on")
    )
    return Subquery(expired.values("expires_on")[:1])


def annotate_statuses(queryset: QuerySet, courses: list[CoursePage], *, user_ref: str, today: date) -> QuerySet:
    """Add `status_<course id>`, `expires_<course id>` and `expired_<course id>` for each course."""
    annotations = {}
    for course in courses:
        annotations[f"status_{course.pk}"] = status_expression(course.pk, user_ref, today)
        annotations[f"expires_{course.pk}"] = expiry_expression(course.pk, user_ref, today)
        annotations[f"expired_{course.pk}"] = expired_on_expression(course.pk, user_ref, today)
    return queryset.annotate(**annotations)


@dataclass
class CourseCell:
    course: CoursePage
    status: str
    expires_on: date | None
    expired_on: date | None

    @property
    def label(self) -> str:
        return TrainingStatus.labels[self.status]

    @property
    def overdue(self) -> bool:
        return self.status in TrainingStatus.OVERDUE


@dataclass
class PersonRow:
    user: User
    role: str
    cells: list[CourseCell]

    @property
    def overdue(self) -> bool:
        return any(cell.overdue for cell in self.cells)


def _cells(obj, courses) -> list[CourseCell]:
    return [
        CourseCell(
            course=course,
            status=getattr(obj, f"status_{course.pk}"),
            expires_on=getattr(obj, f"expires_{course.pk}"),
            expired_on=getattr(obj, f"expired_{course.pk}"),
        )
        for course in courses
    ]


def _status_filter(courses: list[CoursePage], *, status: str, course: CoursePage | None) -> Q:
    """Members with this status for the chosen course, or for any required course."""
    statuses = TrainingStatus.OVERDUE if status == "overdue" else (status,)
    targets = [course] if course is not None else courses
    condition = Q(pk__in=[])
    for target in targets:
        condition |= Q(**{f"status_{target.pk}__in": statuses})
    return condition


def _members(organisation: Organisation, search: str) -> QuerySet:
    queryset = (
        Membership.objects.filter(organisation=organisation)
        .select_related("user")
        .only("id", "role", "organisation_id", "user__id", "user__full_name", "user__email")
        .order_by("user__full_name", "user__email", "pk")
    )
    if search := (search or "").strip():
        queryset = queryset.filter(Q(user__full_name__icontains=search) | Q(user__email__icontains=search))
    return queryset


def member_training_queryset(
    organisation: Organisation,
    *,
    courses: list[CoursePage],
    search: str = "",
    status: str = "",
    course: CoursePage | None = None,
    today: date | None = None,
) -> QuerySet:
    """Memberships of the organisation with each required course's status annotated, filtered and
    ordered by name. Only training records: never attempts, scores or answers."""
    today = today or timezone.localdate()
    queryset = annotate_statuses(_members(organisation, search), courses, user_ref="user", today=today)
    if status and courses:
        queryset = queryset.filter(_status_filter(courses, status=status, course=course))
    return queryset


def member_rows(queryset, courses) -> list[PersonRow]:
    return [PersonRow(user=m.user, role=m.role, cells=_cells(m, courses)) for m in queryset]


def member_training_rows(
    organisation: Organisation,
    *,
    search: str = "",
    status: str = "",
    course: CoursePage | None = None,
    page: int | str | None = 1,
    courses: list[CoursePage] | None = None,
    today: date | None = None,
) -> tuple[Page, list[PersonRow]]:
    """One page (50 rows) of members by required courses: a count query and a rows query."""
    if courses is None:
        courses = required_courses_for(organisation.kind)
    if status and courses:  # the filter needs every member's status
        queryset = member_training_queryset(
            organisation, courses=courses, search=search, status=status, course=course, today=today
        )
        paginated = Paginator(queryset, PAGE_SIZE).get_page(page)
        return paginated, member_rows(paginated.object_list, courses)
    # Otherwise the statuses of one page only: with every member annotated, PostgreSQL planned each
    # status as a hash of the course's certificates across the county (80 ms at 20,000 learners).
    paginated = Paginator(_members(organisation, search), PAGE_SIZE).get_page(page)
    one_page = _members(organisation, "").filter(pk__in=paginated.object_list.values("pk"))
    rows = annotate_statuses(one_page, courses, user_ref="user", today=today or timezone.localdate())
    return paginated, member_rows(rows, courses)


@dataclass(frozen=True)
class Coverage:
    course: CoursePage
    members_with_valid: int
    members: int
    headcount: int

    @property
    def share_of_headcount(self) -> float | None:
        """Members with a valid certificate ÷ declared headcount; None when no headcount is declared.
        May pass 1 when more members trained than the headcount declared."""
        return self.members_with_valid / self.headcount if self.headcount else None

    @property
    def share_of_members(self) -> float | None:
        return self.members_with_valid / self.members if self.members else None

    @property
    def percent_of_headcount(self) -> int | None:
        """Rounded down, so 79.9% never reads as 80%."""
        return self.members_with_valid * 100 // self.headcount if self.headcount else None

    @property
    def percent_of_members(self) -> int | None:
        return self.members_with_valid * 100 // self.members if self.members else None


def organisation_coverages(
    *, organisation: Organisation, courses: list[CoursePage], today: date | None = None
) -> list[Coverage]:
    """Coverage of each course in one query."""
    today = today or timezone.localdate()
    aggregates = {"members": Count("pk")}
    for course in courses:
        aggregates[f"valid_{course.pk}"] = Count("pk", filter=Exists(_valid_certificates(course.pk, "user", today)))
    figures = Membership.objects.filter(organisation=organisation).aggregate(**aggregates)
    return [
        Coverage(
            course=course,
            members_with_valid=figures[f"valid_{course.pk}"],
            members=figures["members"],
            headcount=organisation.declared_headcount,
        )
        for course in courses
    ]


def organisation_coverage(*, organisation: Organisation, course: CoursePage, today: date | None = None) -> Coverage:
    """Members of the organisation who hold a valid (unexpired, unrevoked) certificate for the
    course, against its members and its declared headcount. The quality mark's evidence for the
    whole-staff training standard reads this."""
    return organisation_coverages(organisation=organisation, courses=[course], today=today)[0]


# Op Makesafe register of trained venues


@dataclass
class RegisterEntry:
    organisation: Organisation
    trained_since: date | None

    @property
    def town(self) -> str:
        """The last line of the address, which is the town in a UK address; else the postcode."""
        lines = [line.strip(" ,") for line in (self.organisation.address or "").splitlines() if line.strip(" ,")]
        return lines[-1] if lines else self.organisation.postcode


def _valid_member_count(course_id: int, today: date):
    members = (
        Membership.objects.filter(organisation=OuterRef("pk"))
        .filter(Exists(_valid_certificates(course_id, "user", today)))
        .order_by()
        .values("organisation")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(members[:1], output_field=IntegerField()), 0)


def trained_venues_queryset(*, threshold_percent: int, search: str = "", today: date | None = None) -> QuerySet:
    """Approved hotels and night-time venues that opted in and whose valid certificates for every
    required course of their kind reach the threshold share of their declared headcount. A venue
    drops off as soon as coverage falls below: nothing is stored, it is computed on each read."""
    today = today or timezone.localdate()
    requirements = list(RequiredCourse.objects.filter(kind__in=REGISTER_KINDS).values_list("kind", "course_id"))
    queryset = Organisation.objects.filter(
        status=OrganisationStatus.APPROVED,
        kind__in=REGISTER_KINDS,
        on_public_register=True,
        declared_headcount__gt=0,
    ).select_related("district")
    qualifies = Q(pk__in=[])
    for kind in REGISTER_KINDS:
        course_ids = sorted({course_id for k, course_id in requirements if k == kind})
        if not course_ids:
            continue  # a kind with no required course has nothing to be trained in
        condition = Q(kind=kind)
        for course_id in course_ids:
            name = f"trained_{course_id}"
            if name not in queryset.query.annotations:
                queryset = queryset.annotate(**{name: _valid_member_count(course_id, today) * 100})
            condition &= Q(**{f"{name}__gte": F("declared_headcount") * threshold_percent})
        qualifies |= condition
    queryset = queryset.filter(qualifies)
    if search := (search or "").strip():
        queryset = queryset.filter(Q(name__icontains=search) | Q(district__name__icontains=search))
    earliest = (
        Certificate.objects.with_status("valid", today=today)
        .filter(
            course__required_by__kind=OuterRef("kind"),
            learner__memberships__organisation=OuterRef("pk"),
        )
        .order_by()
        .values("learner__memberships__organisation")
        .annotate(first=Min("issued_on"))
        .values("first")
    )
    return queryset.annotate(trained_since=Subquery(earliest[:1])).order_by("name", "pk")


def trained_venues(*, threshold_percent: int, search: str = "", page=1, today: date | None = None):
    queryset = trained_venues_queryset(threshold_percent=threshold_percent, search=search, today=today)
    paginated = Paginator(queryset, PAGE_SIZE).get_page(page)
    return paginated, [RegisterEntry(organisation=o, trained_since=o.trained_since) for o in paginated.object_list]


# Licensing authorities and their drivers


def driver_courses() -> list[CoursePage]:
    """The taxi courses: those required of licensing authorities or taxi operators."""
    return list(
        CoursePage.objects.filter(required_by__kind__in=DRIVER_KINDS)
        .distinct()
        .order_by("title", "pk")
        .only("id", "title", "slug", "url_path", "path", "depth")
    )


def licensed_drivers(
    authority: Organisation, *, courses: list[CoursePage] | None = None, search: str = "", today: date | None = None
) -> QuerySet:
    """Drivers who named this authority on their profile, with status and expiry per taxi course."""
    today = today or timezone.localdate()
    courses = driver_courses() if courses is None else courses
    queryset = (
        User.objects.filter(licensing_authority=authority)
        .only("id", "full_name", "email", "badge_number")
        .order_by("badge_number", "full_name", "pk")
    )
    if search := (search or "").strip():
        queryset = queryset.filter(
            Q(full_name__icontains=search) | Q(email__icontains=search) | Q(badge_number__icontains=search)
        )
    return annotate_statuses(queryset, courses, user_ref="pk", today=today)


def driver_rows(queryset, courses) -> list[PersonRow]:
    return [PersonRow(user=u, role="driver", cells=_cells(u, courses)) for u in queryset]


BADGE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9/\-]{0,29}$")


def badge_normalise(value: str) -> str | None:
    """Upper case without spaces; None when it cannot be a badge number."""
    cleaned = re.sub(r"\s+", "", value or "").upper()
    return cleaned if BADGE_PATTERN.match(cleaned) else None


@dataclass
class BadgeResult:
    typed: str
    badge: str | None
    driver: PersonRow | None

    @property
    def outcome(self) -> str:
        if self.badge is None:
            return "not a badge number"
        if self.driver is None:
            return "no driver with this badge"
        if all(cell.status in (TrainingStatus.COMPLETED, TrainingStatus.EXPIRING) for cell in self.driver.cells):
            return "trained"
        return "not trained"


def badge_check(
    authority: Organisation,
    badge_numbers: list[str],
    *,
    courses: list[CoursePage] | None = None,
    today: date | None = None,
) -> list[BadgeResult]:
    """Each badge number as given, matched (ignoring case and spaces) against this authority's
    drivers only, with their status for the taxi courses. One query whatever the list's length."""
    courses = driver_courses() if courses is None else courses
    normalised = [(typed, badge_normalise(typed)) for typed in badge_numbers]
    wanted = {badge for _, badge in normalised if badge}
    drivers = {}
    if wanted:
        # Badges are stored as typed: compare without spaces and case.
        queryset = (
            licensed_drivers(authority, courses=courses, today=today)
            .annotate(badge_key=Replace(Upper("badge_number"), Value(" "), Value("")))
            .filter(badge_key__in=wanted)
        )
        for user in queryset:
            row = PersonRow(user=user, role="driver", cells=_cells(user, courses))
            drivers[user.badge_key] = row
    return [BadgeResult(typed=typed[:64], badge=badge, driver=drivers.get(badge)) for typed, badge in normalised]
