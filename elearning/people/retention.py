"""Retention: sign-ups whose email address was never confirmed are removed after 30 days.

Who goes: accounts created through sign-up (they have an email address row) whose addresses are
all unconfirmed, that joined more than `UNVERIFIED_SIGNUP_DAYS` days ago, that are not staff, and
that nothing else in the database points to. The last test is generic: every model with a foreign
key (or many-to-many) to the user counts, except the user's own email addresses and Wagtail's
admin preferences. So an unconfirmed account that somehow holds a learning record, a membership,
an invitation, a join request, a certificate or an audit-log entry is kept for a person to decide.
`people` imports no product app, and a model added later is covered without a change here.
"""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

UNVERIFIED_SIGNUP_DAYS = 30
# What belongs to the account itself and goes with it.
OWN_RECORDS = {("account", "emailaddress"), ("wagtailusers", "userprofile")}


@dataclass(frozen=True)
class PurgeResult:
    removed: int
    kept_with_records: int


def _linked_elsewhere(queryset: QuerySet) -> QuerySet:
    """Annotate nothing; return the users that some other model points to."""
    User = get_user_model()
    linked = User.objects.none()
    for relation in User._meta.related_objects:
        model = relation.related_model
        if (model._meta.app_label, model._meta.model_name) in OWN_RECORDS:
            continue
        linked = linked | queryset.filter(Exists(model._base_manager.filter(**{relation.field.name: OuterRef("pk")})))
    return linked


def unverified_signups(*, now=None) -> QuerySet:
    """Unconfirmed sign-ups past the retention period, whether or not something points to them."""
    now = now or timezone.now()
    User = get_user_model()
    return User.objects.filter(
        Exists(EmailAddress.objects.filter(user=OuterRef("pk"))),
        ~Exists(EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)),
        date_joined__lt=now - timedelta(days=UNVERIFIED_SIGNUP_DAYS),
        is_staff=False,
        is_superuser=False,
    )


@transaction.atomic
def unverified_signups_purge(*, now=None, dry_run: bool = False) -> PurgeResult:
    """Remove unconfirmed sign-ups older than the retention period that hold nothing else.

    Idempotent: a second run finds nothing more to remove.
    """
    candidates = unverified_signups(now=now)
    linked_ids = set(_linked_elsewhere(candidates).values_list("pk", flat=True))
    removable = candidates.exclude(pk__in=linked_ids)
    removed = removable.count()
    if not dry_run and removed:
        for user in removable.select_for_update():
            user.delete()
    return PurgeResult(removed=removed, kept_with_records=len(linked_ids))
