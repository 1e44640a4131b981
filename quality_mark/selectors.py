"""Reads for the quality mark: what a school sees, what is missing, the measured figure and the
public register."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from courses.organisations.selectors import organisation_coverage
from elearning.people.models import Membership, MembershipRole, Organisation, OrganisationKind, OrganisationStatus

from .models import Application, ApplicationEvent, ApplicationSection, Award, EvidenceFile, Standard
from .models.applications import CLOSED_STATUSES, SHARING_ACTIONS
from .permissions import can_download_evidence

REGISTER_PAGE_SIZE = 25


def standards_live() -> QuerySet[Standard]:
    return Standard.objects.filter(live=True).select_related("measure_course")


def standard_application_count(standard: Standard) -> int:
    """How many applications (of any status) answer this standard. Their sections point to it and
    the database protects it, so a standard in use can be retired (not live) but never deleted."""
    return ApplicationSection.objects.filter(standard=standard).values("application").distinct().count()


def school_for_manager(user, organisation_id) -> Organisation:
    """The approved school this user manages, or 404 whatever the reason."""
    if not getattr(user, "is_authenticated", False):
        raise Http404("No such school")
    managed = Membership.objects.filter(user=user, role=MembershipRole.MANAGER).values("organisation_id")
    organisation = (
        Organisation.objects.filter(
            pk=organisation_id, kind=OrganisationKind.SCHOOL, status=OrganisationStatus.APPROVED, pk__in=managed
        )
        .select_related("district")
        .first()
    )
    if organisation is None:
        raise Http404("No such school")
    return organisation


def application_for_school(organisation: Organisation, application_id) -> Application:
    application = (
        Application.objects.filter(pk=application_id, organisation=organisation)
        .select_related("organisation", "organisation__district", "assessor", "renewal_of")
        .first()
    )
    if application is None:
        raise Http404("No such application")
    return application


def section_for_application(application: Application, section_id) -> ApplicationSection:
    section = (
        ApplicationSection.objects.filter(pk=section_id, application=application)
        .select_related("standard", "standard__measure_course")
        .prefetch_related("evidence")
        .first()
    )
    if section is None:
        raise Http404("No such section")
    section.application = application
    return section


def sections_of(application: Application) -> list[ApplicationSection]:
    sections = list(
        application.sections.select_related("standard", "standard__measure_course").prefetch_related(
            Prefetch("evidence", queryset=EvidenceFile.objects.order_by("uploaded_at", "pk"))
        )
    )
    for section in sections:
        section.application = application
    return sections


def applications_for_organisation(organisation: Organisation) -> QuerySet[Application]:
    return Application.objects.filter(organisation=organisation).select_related("award").order_by("-created_at", "-pk")


def events_for_school(application: Application) -> list[ApplicationEvent]:
    """The application's history as its school sees it: every step, except that the assessor's
    per-standard assessments appear only once a request for more information, an award or "not
    yet awarded" has shared them (as the application page shows agreed levels and comments only
    then). While a review is open they are the assessor's working notes; once shared they stay."""
    events = list(application.events.select_related("actor").order_by("at", "pk"))
    shared_up_to = max((event.pk for event in events if event.action in SHARING_ACTIONS), default=0)
    return [event for event in events if event.action != "assess" or event.pk < shared_up_to]


def open_application(organisation: Organisation) -> Application | None:
    return Application.objects.filter(organisation=organisation).exclude(status__in=CLOSED_STATUSES).first()


def latest_award(organisation: Organisation) -> Award | None:
    """The school's most recent award that has not been revoked, whether or not it has expired."""
    return (
        Award.objects.filter(organisation=organisation, revoked_at__isnull=True).order_by("-awarded_on", "-pk").first()
    )


def current_award(organisation: Organisation, *, today: date | None = None) -> Award | None:
    today = today or timezone.localdate()
    return (
        Award.objects.filter(organisation=organisation, revoked_at__isnull=True, expires_on__gt=today)
        .order_by("-expires_on", "-pk")
        .first()
    )


def award_for_manager(user, organisation: Organisation, award_id) -> Award:
    award = Award.objects.filter(pk=award_id, organisation=organisation).select_related("organisation").first()
    if award is None:
        raise Http404("No such award")
    return award


# The measured standard


@dataclass(frozen=True)
class MeasuredFigure:
    members_with_valid: int
    headcount: int
    target_percent: int
    as_of: date

    @property
    def percent(self) -> int | None:
        """Rounded down, so 89.9% never reads as 90%; None when no headcount is declared."""
        return self.members_with_valid * 100 // self.headcount if self.headcount else None

    @property
    def meets_target(self) -> bool:
        return self.percent is not None and self.members_with_valid * 100 >= self.headcount * self.target_percent


def measured_figure(*, standard: Standard, organisation: Organisation, today: date | None = None) -> MeasuredFigure:
    """The live figure: members holding a valid certificate for the standard's course, as a share
    of the school's declared headcount."""
    today = today or timezone.localdate()
    if standard.measure_course is None:
        members_with_valid = 0
    else:
        coverage = organisation_coverage(organisation=organisation, course=standard.measure_course, today=today)
        members_with_valid = coverage.members_with_valid
    return MeasuredFigure(
        members_with_valid=members_with_valid,
        headcount=organisation.declared_headcount,
        target_percent=standard.measure_target_percent,
        as_of=today,
    )


def snapshot_figure(section: ApplicationSection) -> MeasuredFigure | None:
    """The figure stored when the school submitted, or None before the first submission."""
    detail = section.measured_detail or {}
    if section.measured_percent is None and not detail:
        return None
    return MeasuredFigure(
        members_with_valid=detail.get("members_with_valid", 0),
        headcount=detail.get("headcount", 0),
        target_percent=detail.get("target_percent", section.standard.measure_target_percent),
        as_of=date.fromisoformat(detail["as_of"]) if detail.get("as_of") else None,
    )


# What is missing before submission


@dataclass(frozen=True)
class Missing:
    section: ApplicationSection | None
    text: str


def section_missing(section: ApplicationSection) -> list[str]:
    """What the school still has to do in this section, in words for the task list."""
    missing = []
    if not section.standard.is_measured and section.self_level is None:
        missing.append("choose the level you have reached")
    if not section.commentary.strip():
        missing.append("write a commentary")
    if section.standard.is_measured and section.application.organisation.declared_headcount == 0:
        missing.append("declare how many staff should be trained (your organisation's headcount)")
    return missing


def section_is_complete(section: ApplicationSection) -> bool:
    return not section_missing(section)


def application_missing(application: Application, sections: list[ApplicationSection] | None = None) -> list[Missing]:
    sections = sections if sections is not None else sections_of(application)
    missing = []
    for section in sections:
        for text in section_missing(section):
            missing.append(Missing(section=section, text=f"{section.standard_title}: {text}"))
    if not sections:
        missing.append(Missing(section=None, text="There are no standards to answer yet"))
    return missing


# Evidence


def evidence_for_download(user, evidence_id) -> EvidenceFile:
    """The evidence file, if this user may download it; otherwise the same 404 as a missing one."""
    if not getattr(user, "is_authenticated", False):
        raise Http404("No such file")
    evidence = (
        EvidenceFile.objects.filter(pk=evidence_id)
        .select_related("section__application__organisation", "section__application__assessor")
        .first()
    )
    if evidence is None or not can_download_evidence(user, evidence):
        raise Http404("No such file")
    return evidence


# The public register


def register_queryset(*, search: str = "", today: date | None = None) -> QuerySet[Award]:
    """Schools holding a current award (unexpired, unrevoked), one row per school (its latest award)."""
    today = today or timezone.localdate()
    awards = Award.objects.filter(
        revoked_at__isnull=True,
        expires_on__gt=today,
        awarded_on__lte=today,
        organisation__status=OrganisationStatus.APPROVED,
    )
    newer = awards.filter(organisation=OuterRef("organisation"), awarded_on__gt=OuterRef("awarded_on"))
    queryset = awards.exclude(Exists(newer)).select_related("organisation", "organisation__district")
    if search := (search or "").strip()[:100]:
        queryset = queryset.filter(
            Q(organisation__name__icontains=search) | Q(organisation__district__name__icontains=search)
        )
    return queryset.order_by("organisation__name", "pk")


def award_for_code(code: str) -> Award | None:
    return Award.objects.filter(code=code).select_related("organisation", "organisation__district").first()
