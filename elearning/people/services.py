from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from .models import District, Organisation, OrganisationKind, OrganisationStatus, Partnership, User

BADGE_TAKEN = "This badge number is already registered with that licensing authority. Check the number on your badge"


@transaction.atomic
def profile_update(
    *,
    user: User,
    full_name: str,
    sector: str,
    job_role: str,
    district: District,
    reminder_emails: bool = True,
    licensing_authority: Organisation | None = None,
    badge_number: str = "",
) -> User:
    """Raises ValidationError (keyed by field) for a badge without an authority, an authority
    that is not an approved licensing authority, or a badge another driver has registered."""
    badge_number = "".join(badge_number.split()).upper()
    if licensing_authority is not None and (
        licensing_authority.kind != OrganisationKind.LICENSING_AUTHORITY
        or licensing_authority.status != OrganisationStatus.APPROVED
    ):
        raise ValidationError({"licensing_authority": "Choose a licensing authority from the list"})
    if licensing_authority is None and badge_number:
        raise ValidationError({"licensing_authority": "Choose the licensing authority that issued your badge"})
    if licensing_authority is not None and not badge_number:
        raise ValidationError({"badge_number": "Enter your badge number"})
    if (
        badge_number
        and User.objects.filter(licensing_authority=licensing_authority, badge_number=badge_number)
        .exclude(pk=user.pk)
        .exists()
    ):
        raise ValidationError({"badge_number": BADGE_TAKEN})
    user.full_name = " ".join(full_name.split())
    user.sector = sector
    user.job_role = job_role.strip()
    user.district = district
    user.reminder_emails = reminder_emails
    user.licensing_authority = licensing_authority
    user.badge_number = badge_number
    user.full_clean(exclude=["password"])
    try:
        with transaction.atomic():
            user.save(
                update_fields=[
                    "full_name",
                    "sector",
                    "job_role",
                    "district",
                    "reminder_emails",
                    "licensing_authority",
                    "badge_number",
                ]
            )
    except IntegrityError:  # another driver registered the same badge a moment ago
        raise ValidationError({"badge_number": BADGE_TAKEN}) from None
    return user


@transaction.atomic
def district_upsert(*, name: str, partnership: str, **contacts) -> District:
    partnership_row, _ = Partnership.objects.get_or_create(name=partnership)
    district, _ = District.objects.update_or_create(name=name, defaults={"partnership": partnership_row, **contacts})
    return district
