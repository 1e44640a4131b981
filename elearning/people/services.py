from django.db import transaction

from .models import District, Partnership, User


@transaction.atomic
def profile_update(
    *, user: User, full_name: str, sector: str, job_role: str, district: District, reminder_emails: bool = True
) -> User:
    user.full_name = " ".join(full_name.split())
    user.sector = sector
    user.job_role = job_role.strip()
    user.district = district
    user.reminder_emails = reminder_emails
    user.full_clean(exclude=["password"])
    user.save(update_fields=["full_name", "sector", "job_role", "district", "reminder_emails"])
    return user


@transaction.atomic
def district_upsert(*, name: str, partnership: str, **contacts) -> District:
    partnership_row, _ = Partnership.objects.get_or_create(name=partnership)
    district, _ = District.objects.update_or_create(name=name, defaults={"partnership": partnership_row, **contacts})
    return district
