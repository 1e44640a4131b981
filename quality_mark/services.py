"""Writes for the quality mark. Every status change happens here and nowhere else: each service
locks the application row, refuses a step that is not allowed from the current status with
IllegalTransition (changing nothing), writes an ApplicationEvent for the school's audit trail and a
Wagtail audit log entry `quality_mark.application.<action>`, and emails after the commit."""

import logging
from datetime import date, datetime, timedelta
from smtplib import SMTPException

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from courses.codes import code_generate
from courses.services.certificates import add_months
from elearning.people.models import OrganisationKind, OrganisationStatus

from . import notifications
from .errors import (
    AssessmentIncomplete,
    EvidenceRefused,
    IllegalTransition,
    IncompleteApplication,
    NotAssignedAssessor,
    QualityMarkError,
)
from .evidence import Refused, evidence_check, safe_display_name
from .models import (
    Application,
    ApplicationEvent,
    ApplicationSection,
    ApplicationStatus,
    Award,
    AwardReminder,
    EvidenceFile,
    QualityMarkSettings,
    Standard,
)
from .models.applications import CLOSED_STATUSES, EDITABLE_STATUSES, REVIEW_STATUSES
from .permissions import can_decide, can_manage_application, can_review, is_school_manager
from .selectors import application_missing, measured_figure, sections_of

S = ApplicationStatus
logger = logging.getLogger(__name__)
MAX_COMMENTARY = 10_000
MAX_COMMENT = 5_000
MAX_EVIDENCE_PER_SECTION = 20
REMINDER_DAYS = {AwardReminder.Kind.DAYS_90: 90, AwardReminder.Kind.DAYS_30: 30}

# The legal moves: action -> (statuses it may start from, status it leads to or None to keep).
TRANSITIONS = {
    "submit": ([S.DRAFT], S.SUBMITTED),
    "resubmit": ([S.MORE_INFORMATION], S.RESUBMITTED),
    "review_start": ([S.SUBMITTED, S.RESUBMITTED], S.UNDER_REVIEW),
    "request_information": ([S.UNDER_REVIEW], S.MORE_INFORMATION),
    "award": ([S.UNDER_REVIEW], S.AWARDED),
    "not_award": ([S.UNDER_REVIEW], S.NOT_AWARDED),
    "expire": ([S.AWARDED], S.EXPIRED),
}

# A final decision rests on an agreed level for every standard; asking for more information does not.
DECISIONS_NEEDING_LEVELS = {"award", "not_award"}

_REFUSALS = {
    "submit": "Only a draft can be submitted; this application is {status}.",
    "resubmit": "Only an application sent back for more information can be resubmitted; this one is {status}.",
    "review_start": "Only a submitted or resubmitted application can be taken for review; this one is {status}.",
    "request_information": "More information can be requested only during a review; this application is {status}.",
    "award": "An application can be awarded only during a review; this one is {status}.",
    "not_award": "An application can be marked not yet awarded only during a review; this one is {status}.",
    "expire": "Only an awarded application can expire; this one is {status}.",
}


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _locked(application: Application) -> Application:
    return Application.objects.select_for_update().select_related("organisation").get(pk=application.pk)


def _sync(target: Application, source: Application) -> None:
    """Copy the saved state back to the caller's object so it sees the new status."""
    for field in ("status", "assessor_id", "submitted_at", "decided_at", "decision_comment"):
        setattr(target, field, getattr(source, field))


def _check_transition(application: Application, action: str) -> S:
    sources, target = TRANSITIONS[action]
    if application.status not in sources:
        raise IllegalTransition(_REFUSALS[action].format(status=application.get_status_display().lower()))
    return target


def _record(application: Application, *, action: str, user, from_status: str, comment: str = "", at=None, data=None):
    ApplicationEvent.objects.create(
        application=application,
        actor=user,
        at=at or timezone.now(),
        from_status=from_status,
        to_status=application.status,
        action=action,
        comment=comment,
    )
    log(
        instance=application,
        action=f"quality_mark.application.{action}",
        user=user,
        data={"from": from_status, "to": application.status, "comment": comment, **(data or {})},
    )


def _require_manager(user, application: Application) -> None:
    if not can_manage_application(user, application):
        raise QualityMarkError("Only the school's managers can change its quality mark application.")


def _require_reviewer(user) -> None:
    if not can_review(user):
        raise QualityMarkError("Only assessors can review quality mark applications.")


def _require_assigned(user, application: Application) -> None:
    """Only the assigned assessor (or a superuser) reviews and decides; call after _require_reviewer."""
    if can_decide(user, application):
        return
    if application.assessor_id is None:
        raise NotAssignedAssessor("Nobody is assigned to this application yet. Assign it to yourself first.")
    # The assessor is read here, not joined to the locked row: after waiting for a lock, PostgreSQL
    # re-reads the locked row but not the rows joined to it, so a joined assessor could be stale.
    name = application.assessor.get_full_name() or application.assessor.email
    raise NotAssignedAssessor(
        f"This application is assigned to {name}: only they can review it and decide. "
        "To take it over, assign it to yourself first."
    )


def _clean_comment(comment: str, *, required: str | None = None, limit: int = MAX_COMMENT) -> str:
    comment = (comment or "").strip()
    if required and not comment:
        raise QualityMarkError(required)
    if len(comment) > limit:
        raise QualityMarkError(f"Keep the comment to {limit:,} characters or fewer.")
    return comment


# The school


@transaction.atomic
def application_start(*, organisation, user, now: datetime | None = None) -> Application:
    """Start an application (or a renewal) with one section per live standard. A renewal, or a new
    try after "not yet awarded", is pre-filled with the levels and commentaries of the school's
    last application."""
    now = _now(now)
    if organisation.kind != OrganisationKind.SCHOOL or organisation.status != OrganisationStatus.APPROVED:
        raise QualityMarkError("Only approved schools can apply for the quality mark.")
    if not is_school_manager(user, organisation):
        raise QualityMarkError("Only the school's managers can apply for the quality mark.")
    # Lock the school's applications so two starts at once make one.
    existing = list(Application.objects.select_for_update().filter(organisation=organisation).order_by("-created_at"))
    if any(application.status not in CLOSED_STATUSES for application in existing):
        raise QualityMarkError("Your school already has an application in progress.")
    standards = list(Standard.objects.filter(live=True).order_by("sort_order", "title"))
    if not standards:
        raise QualityMarkError("The quality mark standards are not published yet. Please try again later.")
    previous = existing[0] if existing else None
    earlier = {}
    if previous is not None:
        earlier = {section.standard_id: section for section in previous.sections.all()}
    try:
        with transaction.atomic():
            application = Application.objects.create(
                organisation=organisation, created_by=user, created_at=now, renewal_of=previous
            )
    except IntegrityError as error:  # another start won the race
        raise QualityMarkError("Your school already has an application in progress.") from error
    ApplicationSection.objects.bulk_create(
        ApplicationSection(
            application=application,
            standard=standard,
            standard_title=standard.title,
            sort_order=index,
            self_level=earlier[standard.pk].self_level if standard.pk in earlier and not standard.is_measured else None,
            commentary=earlier[standard.pk].commentary if standard.pk in earlier else "",
        )
        for index, standard in enumerate(standards)
    )
    _record(
        application,
        action="start",
        user=user,
        from_status="",
        at=now,
        comment="Renewal, pre-filled from the last application." if previous else "",
    )
    return application


def _lock_editable_section(section: ApplicationSection, user) -> tuple[Application, ApplicationSection]:
    application = _locked(section.application)
    _require_manager(user, application)
    if application.status not in EDITABLE_STATUSES:
        raise IllegalTransition(
            f"This application is {application.get_status_display().lower()}, so it cannot be changed now."
        )
    locked = ApplicationSection.objects.select_related("standard").get(pk=section.pk)
    locked.application = application
    return application, locked


@transaction.atomic
def section_save(*, section: ApplicationSection, user, self_level: int | None, commentary: str) -> ApplicationSection:
    """Save the school's level and commentary for one standard (save and return later)."""
    _application, locked = _lock_editable_section(section, user)
    if self_level in ("", None):
        self_level = None
    else:
        try:
            self_level = int(self_level)
        except (TypeError, ValueError) as error:
            raise QualityMarkError("Choose a level from 1 to 4.") from error
        if not 1 <= self_level <= 4:
            raise QualityMarkError("Choose a level from 1 to 4.")
    if locked.standard.is_measured:
        self_level = None  # the platform measures this one
    locked.self_level = self_level
    locked.commentary = _clean_comment(commentary, limit=MAX_COMMENTARY)
    locked.save(update_fields=["self_level", "commentary"])
    section.self_level, section.commentary = locked.self_level, locked.commentary
    return locked


@transaction.atomic
def evidence_add(*, section: ApplicationSection, user, uploaded_file, now: datetime | None = None) -> EvidenceFile:
    """Check an uploaded file by its content and keep it privately. A refused file is not stored."""
    application, locked = _lock_editable_section(section, user)
    name = safe_display_name(getattr(uploaded_file, "name", "") or "")
    if locked.evidence.count() >= MAX_EVIDENCE_PER_SECTION:
        raise EvidenceRefused(f"A standard can have at most {MAX_EVIDENCE_PER_SECTION} files. Remove one first.")

    def read() -> bytes:
        uploaded_file.seek(0)
        return uploaded_file.read()

    try:
        checked = evidence_check(name=name, size=getattr(uploaded_file, "size", None), read=read)
    except Refused as refusal:
        raise EvidenceRefused(str(refusal)) from refusal
    evidence = EvidenceFile(
        section=locked,
        original_name=name,
        content_type=checked.kind.content_type,
        size=len(checked.data),
        sha256=checked.sha256,
        uploaded_by=user,
        uploaded_at=_now(now),
    )
    evidence.file.save(f"evidence.{checked.kind.extension}", ContentFile(checked.data), save=False)
    stored_name = evidence.file.name
    try:
        evidence.save()
    except Exception:  # do not leave an unrecorded file behind
        evidence.file.storage.delete(stored_name)
        raise
    log(
        instance=application,
        action="quality_mark.application.evidence_add",
        user=user,
        data={"section": locked.standard_title, "file": evidence.original_name, "sha256": evidence.sha256},
    )
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: EvidenceFile, user) -> None:
    section = evidence.section
    application, locked = _lock_editable_section(section, user)
    stored = EvidenceFile.objects.filter(pk=evidence.pk, section=locked).first()
    if stored is None:
        raise QualityMarkError("That file has already been removed.")
    name, storage = stored.file.name, stored.file.storage
    stored.delete()
    transaction.on_commit(lambda: storage.delete(name))
    log(
        instance=application,
        action="quality_mark.application.evidence_remove",
        user=user,
        data={"section": locked.standard_title, "file": stored.original_name},
    )


@transaction.atomic
def application_submit(*, application: Application, user, today: date | None = None, now: datetime | None = None):
    """Draft -> submitted, or more information requested -> resubmitted. Refuses with the list of
    what is missing. Snapshots the measured figure, which never changes afterwards."""
    now = _now(now)
    today = today or timezone.localdate(now)
    locked = _locked(application)
    _require_manager(user, locked)
    action = "resubmit" if locked.status == S.MORE_INFORMATION else "submit"
    target = _check_transition(locked, action)
    sections = sections_of(locked)
    missing = application_missing(locked, sections)
    if missing:
        raise IncompleteApplication(missing)
    for section in sections:
        if section.standard.is_measured:
            figure = measured_figure(standard=section.standard, organisation=locked.organisation, today=today)
            section.measured_percent = figure.percent
            section.measured_detail = {
                "members_with_valid": figure.members_with_valid,
                "headcount": figure.headcount,
                "target_percent": figure.target_percent,
                "as_of": today.isoformat(),
            }
            section.save(update_fields=["measured_percent", "measured_detail"])
    from_status = locked.status
    locked.status = target
    if locked.submitted_at is None:
        locked.submitted_at = now
    locked.save(update_fields=["status", "submitted_at"])
    _record(locked, action=action, user=user, from_status=from_status, at=now)
    _sync(application, locked)
    notifications.send_on_commit(notifications.application_submitted, locked)
    return locked


# The assessor


@transaction.atomic
def application_assign(*, application: Application, assessor, user) -> Application:
    locked = _locked(application)
    _require_reviewer(user)
    if locked.status not in REVIEW_STATUSES:
        raise IllegalTransition(
            f"An assessor can be assigned only while the application is with the assessors; "
            f"it is {locked.get_status_display().lower()}."
        )
    if assessor is not None and not can_review(assessor):
        raise QualityMarkError("Only members of the Assessors group can be assigned.")
    locked.assessor = assessor
    locked.save(update_fields=["assessor"])
    name = (assessor.get_full_name() or assessor.email) if assessor is not None else "nobody"
    _record(
        locked,
        action="assign",
        user=user,
        from_status=locked.status,
        comment=f"Assigned to {name}.",
        data={"assessor": assessor.pk if assessor else None},
    )
    _sync(application, locked)
    return locked


@transaction.atomic
def application_review_start(*, application: Application, user) -> Application:
    locked = _locked(application)
    _require_reviewer(user)
    target = _check_transition(locked, "review_start")
    if locked.assessor_id is not None:
        _require_assigned(user, locked)  # unassigned: whoever takes it is assigned below
    from_status = locked.status
    locked.status = target
    fields = ["status"]
    if locked.assessor_id is None:
        locked.assessor = user  # whoever takes it is assigned
        fields.append("assessor")
    locked.save(update_fields=fields)
    _record(locked, action="review_start", user=user, from_status=from_status)
    _sync(application, locked)
    return locked


@transaction.atomic
def section_assess(*, section: ApplicationSection, user, agreed_level: int | None, comment: str) -> ApplicationSection:
    application = _locked(section.application)
    _require_reviewer(user)
    if application.status != S.UNDER_REVIEW:
        raise IllegalTransition(
            f"Standards can be assessed only during a review; this application is "
            f"{application.get_status_display().lower()}."
        )
    _require_assigned(user, application)
    if agreed_level in ("", None):
        agreed_level = None
    else:
        try:
            agreed_level = int(agreed_level)
        except (TypeError, ValueError) as error:
            raise QualityMarkError("Choose an agreed level from 1 to 4.") from error
        if not 1 <= agreed_level <= 4:
            raise QualityMarkError("Choose an agreed level from 1 to 4.")
    locked = ApplicationSection.objects.select_for_update().get(pk=section.pk, application=application)
    locked.agreed_level = agreed_level
    locked.assessor_comment = _clean_comment(comment)
    locked.save(update_fields=["agreed_level", "assessor_comment"])
    level = locked.get_agreed_level_display() if agreed_level is not None else "none"
    summary = f"{locked.standard_title}: agreed level {level}."
    # In the trail for staff at once; the school sees it once a decision shares it
    # (selectors.events_for_school).
    _record(
        application,
        action="assess",
        user=user,
        from_status=application.status,
        comment=f"{summary}\n{locked.assessor_comment}" if locked.assessor_comment else summary,
        data={"section": locked.standard_title, "agreed_level": agreed_level},
    )
    section.agreed_level, section.assessor_comment = locked.agreed_level, locked.assessor_comment
    return locked


def _decide(application: Application, *, action: str, user, comment: str, now: datetime | None) -> Application:
    locked = _locked(application)
    _require_reviewer(user)
    target = _check_transition(locked, action)
    _require_assigned(user, locked)
    if action in DECISIONS_NEEDING_LEVELS:
        # The row lock keeps section_assess out until this transaction ends.
        unassessed = locked.sections.filter(agreed_level__isnull=True).order_by("sort_order", "pk")
        if missing := list(unassessed.values_list("standard_title", flat=True)):
            raise AssessmentIncomplete(missing)
    from_status = locked.status
    locked.status = target
    if action != "request_information":
        locked.decided_at = _now(now)
    locked.decision_comment = comment
    locked.save(update_fields=["status", "decided_at", "decision_comment"])
    _record(locked, action=action, user=user, from_status=from_status, comment=comment, at=_now(now))
    _sync(application, locked)
    return locked


@transaction.atomic
def application_request_information(*, application: Application, user, comment: str, now=None) -> Application:
    comment = _clean_comment(comment, required="Say what more information the school should give.")
    locked = _decide(application, action="request_information", user=user, comment=comment, now=now)
    notifications.send_on_commit(notifications.information_requested, locked)
    return locked


@transaction.atomic
def application_award(*, application: Application, user, comment: str = "", now=None) -> Award:
    comment = _clean_comment(comment)
    now = _now(now)
    locked = _decide(application, action="award", user=user, comment=comment, now=now)
    awarded_on = timezone.localdate(now)
    years = QualityMarkSettings.load().award_years
    for _ in range(5):  # an 80-bit code clash will not happen; if it does, draw again
        try:
            with transaction.atomic():
                award = Award.objects.create(
                    application=locked,
                    organisation=locked.organisation,
                    awarded_on=awarded_on,
                    expires_on=add_months(awarded_on, 12 * years),
                    code=code_generate(),
                )
            break
        except IntegrityError:
            if Award.objects.filter(application=locked).exists():
                raise IllegalTransition("This application has already been awarded.") from None
    else:
        raise QualityMarkError("We could not issue the award. Please try again.")
    notifications.send_on_commit(notifications.decision_made, locked)
    return award


@transaction.atomic
def application_not_award(*, application: Application, user, comment: str, now=None) -> Application:
    comment = _clean_comment(comment, required="Say what the school needs to do before it applies again.")
    locked = _decide(application, action="not_award", user=user, comment=comment, now=now)
    notifications.send_on_commit(notifications.decision_made, locked)
    return locked


# The system


def awards_expire(*, today: date | None = None) -> int:
    """Mark awarded applications whose award has passed its expiry date as expired. Safe to run
    any number of times: an application already expired is left alone."""
    today = today or timezone.localdate()
    due = Application.objects.filter(status=S.AWARDED, award__expires_on__lte=today).values_list("pk", flat=True)
    expired = 0
    for pk in list(due):
        with transaction.atomic():
            locked = Application.objects.select_for_update().filter(pk=pk).first()
            if locked is None:
                continue
            try:
                target = _check_transition(locked, "expire")
            except IllegalTransition:
                continue  # changed since it was found (expired by another run, say): leave it
            from_status = locked.status
            locked.status = target
            locked.save(update_fields=["status"])
            _record(
                locked,
                action="expire",
                user=None,
                from_status=from_status,
                comment="The award reached its expiry date.",
            )
            expired += 1
    return expired


def _reminders_due(today: date):
    """(award, kind) pairs: the 90-day reminder from 90 days before expiry, the 30-day one from 30
    days before; a missed run catches up, but only the latest kind is sent. Revoked and expired
    awards, and schools that already hold a newer award, get nothing."""
    awards = (
        Award.objects.filter(revoked_at__isnull=True, expires_on__gt=today, expires_on__lte=today + timedelta(days=90))
        .select_related("organisation", "application")
        .order_by("pk")
    )
    for award in awards:
        if Award.objects.filter(organisation=award.organisation, awarded_on__gt=award.awarded_on).exists():
            continue
        days_left = (award.expires_on - today).days
        kind = AwardReminder.Kind.DAYS_30 if days_left <= 30 else AwardReminder.Kind.DAYS_90
        if AwardReminder.objects.filter(award=award, kind=kind).exists():
            continue
        if kind == AwardReminder.Kind.DAYS_90 and AwardReminder.objects.filter(award=award).exists():
            continue
        yield award, kind


def award_reminders_send(*, today: date | None = None, now: datetime | None = None) -> int:
    """Email each due reminder once; return how many were sent. The reminder row and the email go
    together, so a second run the same day sends nothing new."""
    now = _now(now)
    today = today or timezone.localdate(now)
    sent = 0
    for award, kind in list(_reminders_due(today)):
        try:
            with transaction.atomic():
                AwardReminder.objects.create(award=award, kind=kind, sent_at=now)
                recipients = notifications.award_reminder(award, kind)
                log(
                    instance=award,
                    action="quality_mark.award.reminder",
                    user=None,
                    data={"kind": kind, "expires_on": award.expires_on.isoformat(), "emails": recipients},
                )
        except IntegrityError:
            continue
        except (SMTPException, OSError):
            # Nothing is recorded, so the next run tries again; the other schools still get theirs.
            logger.exception("The %s reminder for award %s could not be emailed; it will be retried.", kind, award.pk)
            continue
        sent += 1
    return sent
