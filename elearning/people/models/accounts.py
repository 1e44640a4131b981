from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower


class Sector(models.TextChoices):
    """Who a learner works with. Courses are written for one of these audiences."""

    SCHOOL = "school", "School staff"
    PRACTITIONER = "practitioner", "Multi-agency practitioner"
    TAXI = "taxi", "Taxi or private hire driver"
    HOTEL = "hotel", "Hotel, B&B or lettings"
    NIGHT_TIME = "night_time", "Night-time economy"
    OTHER = "other", "Other"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person who signs in with their email address. The profile lives on the user row because
    almost every learner page needs it (the certificate name, the district's local contacts)."""

    username = None
    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(
        "full name",
        max_length=150,
        blank=True,
        help_text="Your name as it should appear on your certificates.",
    )
    sector = models.CharField(max_length=20, choices=Sector.choices, blank=True)
    job_role = models.CharField("job role", max_length=100, blank=True)
    district = models.ForeignKey("people.District", null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    reminder_emails = models.BooleanField(
        "email me when a certificate is due for renewal",
        default=True,
        help_text="We email you 30 days before a certificate expires and on the day it expires.",
    )

    licensing_authority = models.ForeignKey(
        "people.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="licensed_drivers",
        limit_choices_to={"kind": "licensing_authority", "status": "approved"},
        help_text="Taxi and private hire drivers: the council that licenses you.",
    )
    badge_number = models.CharField(
        "licence badge number", max_length=30, blank=True, help_text="As printed on your driver's badge."
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="people_user_email_ci_unique"),
            models.UniqueConstraint(
                fields=["licensing_authority", "badge_number"],
                condition=~models.Q(badge_number=""),
                name="people_badge_unique_per_authority",
            ),
        ]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def has_complete_profile(self) -> bool:
        return bool(self.full_name and self.sector and self.job_role and self.district_id)
