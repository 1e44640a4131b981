"""Writes for a manager's view of their organisation's training: reminders and the register opt-in."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.log_actions import log

from elearning.people.models import Membership, Organisation

from ..errors import CourseError
from ..models import TrainingReminder
from .selectors import REGISTER_KINDS, TrainingStatus, member_rows, member_training_queryset, required_courses_for

MEMBER_REMINDER_GAP = timedelta(hours=24)
BULK_REMINDERS_PER_DAY = 2


def _message(*, organisation: Organisation, row, sender) -> EmailMessage:
    body = render_to_string(
        "courses/organisation/email/training_reminder.txt",
        {
            "organisation": organisation,
            "name": row.user.full_name or row.user.email,
            "cells": [cell for cell in row.cells if cell.overdue],
            "base_url": settings.WAGTAILADMIN_BASE_URL,
            "sender_name": getattr(sender, "full_name", "") or "your manager",
        },
    )
    subject = f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{organisation.name}: your safeguarding training"
    return EmailMessage(subject=subject, body=body, to=[row.user.email])


@transaction.atomic
def training_reminder_send(*, organisation: Organisation, sender, member=None, now: datetime | None = None) -> int:
    """Email one member (or, with no member, everyone overdue) about the required courses they have
    not completed or whose certificate expires within 30 days. Nobody gets more than one reminder in
    24 hours, and an organisation sends at most two "everyone overdue" batches in 24 hours.
    Returns how many emails were sent."""
    now = now or timezone.now()
    # Serialise reminders per organisation, so that two clicks cannot both pass the limits.
    Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
    courses = required_courses_for(organisation.kind)
    if not courses:
        raise CourseError("This organisation has no required courses, so there is nothing to remind anyone about.")
    since = now - MEMBER_REMINDER_GAP
    recent = TrainingReminder.objects.filter(organisation=organisation, sent_at__gt=since)
    queryset = member_training_queryset(organisation, courses=courses, status="overdue", today=timezone.localdate(now))
    if member is not None:
        if not Membership.objects.filter(organisation=organisation, user=member).exists():
            raise CourseError("That person is not a member of this organisation.")
        rows = member_rows(queryset.filter(user=member), courses)
        if not rows:
            raise CourseError("This member's training is up to date, so there is nothing to remind them about.")
        if recent.filter(member=member).exists():
            raise CourseError("This member was reminded in the last 24 hours. Try again tomorrow.")
    else:
        batches = recent.filter(bulk=True).values("sent_at").distinct().count()
        if batches >= BULK_REMINDERS_PER_DAY:
            raise CourseError(
                f"Everyone overdue can be reminded {BULK_REMINDERS_PER_DAY} times in 24 hours. Try again tomorrow."
            )
        reminded = recent.values("member_id")
        rows = member_rows(queryset.exclude(user_id__in=reminded), courses)
        if not rows:
            raise CourseError("Nobody overdue is waiting for a reminder: they are up to date or were reminded today.")
    TrainingReminder.objects.bulk_create(
        [
            TrainingReminder(
                organisation=organisation, member=row.user, sender=sender, sent_at=now, bulk=member is None
            )
            for row in rows
        ]
    )
    messages = [_message(organisation=organisation, row=row, sender=sender) for row in rows]
    # Sent inside the transaction: if the mail server refuses, nothing is recorded as sent.
    get_connection(fail_silently=False).send_messages(messages)
    return len(rows)


@transaction.atomic
def organisation_register_listing_set(*, organisation: Organisation, user, listed: bool) -> Organisation:
    """Opt a hotel or night-time venue in to (or out of) the public register of trained venues. It
    appears only while its coverage reaches the staff-set threshold."""
    if organisation.kind not in REGISTER_KINDS:
        raise CourseError("Only hotels and night-time venues can be listed on the register of trained venues.")
    Organisation.objects.filter(pk=organisation.pk).update(on_public_register=listed)
    organisation.on_public_register = listed
    log(
        instance=organisation,
        action="courses.training.register_listing",
        user=user,
        data={"on_public_register": listed},
    )
    return organisation


__all__ = [
    "BULK_REMINDERS_PER_DAY",
    "MEMBER_REMINDER_GAP",
    "TrainingStatus",
    "organisation_register_listing_set",
    "training_reminder_send",
]
