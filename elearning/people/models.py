from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from elearning.language.forms import LanguageGuardSnippetForm


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

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="people_user_email_ci_unique"),
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


class Partnership(index.Indexed, models.Model):
    """A safeguarding children partnership: the body that owns local training and reporting routes."""

    name = models.CharField(max_length=150, unique=True)

    panels = [FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class District(index.Indexed, models.Model):
    """A local authority area with the numbers to call about a child at risk there."""

    name = models.CharField(max_length=100, unique=True)
    partnership = models.ForeignKey(Partnership, on_delete=models.PROTECT, related_name="districts")
    emergency_phone = models.CharField("emergency number", max_length=30, default="999", help_text="Usually 999.")
    police_non_emergency_phone = models.CharField("police non-emergency number", max_length=30, default="101")
    police_campaign_name = models.CharField(
        "campaign name to quote",
        max_length=100,
        blank=True,
        help_text='What to say when calling the police, for example "Operation Makesafe".',
    )
    childrens_social_care_name = models.CharField(
        "children's social care front door", max_length=150, help_text="For example the MASH or Children's Front Door."
    )
    childrens_social_care_phone = models.CharField("front door phone", max_length=30)
    childrens_social_care_email = models.EmailField("front door email", blank=True)
    childrens_social_care_url = models.URLField("front door web page", blank=True)
    out_of_hours_phone = models.CharField("out of hours phone", max_length=30)
    anonymous_reporting_name = models.CharField("anonymous reporting service", max_length=100, default="Crimestoppers")
    anonymous_reporting_phone = models.CharField("anonymous reporting phone", max_length=30, default="0800 555 111")
    anonymous_reporting_url = models.URLField(
        "anonymous reporting web page", blank=True, default="https://crimestoppers-uk.org"
    )

    base_form_class = LanguageGuardSnippetForm
    panels = [
        FieldPanel("name"),
        FieldPanel("partnership"),
        MultiFieldPanel(
            [
                FieldPanel("emergency_phone"),
                FieldPanel("police_non_emergency_phone"),
                FieldPanel("police_campaign_name"),
            ],
            heading="Police",
        ),
        MultiFieldPanel(
            [
                FieldPanel("childrens_social_care_name"),
                FieldPanel("childrens_social_care_phone"),
                FieldPanel("childrens_social_care_email"),
                FieldPanel("childrens_social_care_url"),
                FieldPanel("out_of_hours_phone"),
            ],
            heading="Children's social care",
        ),
        MultiFieldPanel(
            [
                FieldPanel("anonymous_reporting_name"),
                FieldPanel("anonymous_reporting_phone"),
                FieldPanel("anonymous_reporting_url"),
            ],
            heading="Anonymous reporting",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
