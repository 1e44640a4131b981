from django.conf import settings
from django.db import models
from django.db.models import Q
from wagtail.search import index


class OrganisationKind(models.TextChoices):
    SCHOOL = "school", "School"
    HOTEL = "hotel", "Hotel or accommodation"
    TAXI_OPERATOR = "taxi_operator", "Taxi and private hire operator"
    LICENSING_AUTHORITY = "licensing_authority", "Licensing authority"
    AGENCY = "agency", "Statutory or voluntary agency"
    NIGHT_TIME_VENUE = "night_time_venue", "Night-time venue"
    OTHER = "other", "Other"


class OrganisationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Not approved"


class Organisation(index.Indexed, models.Model):
    """A school, hotel, taxi operator, licensing authority, agency or venue whose people train here.
    Registered by a manager; listed only once partnership staff approve it."""

    kind = models.CharField(max_length=30, choices=OrganisationKind.choices)
    name = models.CharField(max_length=200)
    district = models.ForeignKey("people.District", on_delete=models.PROTECT, related_name="organisations")
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    urn = models.CharField("school URN", max_length=10, blank=True, help_text="Schools: the unique reference number.")
    premises_licence_number = models.CharField(
        max_length=50, blank=True, help_text="Hotels and venues: the premises licence number, if there is one."
    )
    declared_headcount = models.PositiveIntegerField(
        "staff who should be trained", default=0, help_text="Everyone who should hold a valid certificate."
    )
    status = models.CharField(max_length=10, choices=OrganisationStatus.choices, default=OrganisationStatus.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    join_code = models.CharField(max_length=16, unique=True, null=True, blank=True, editable=False)
    join_code_enabled = models.BooleanField(default=False)
    on_public_register = models.BooleanField(
        "listed on the Op Makesafe register",
        default=False,
        help_text="Hotels and venues that opt in appear while their trained share stays above the threshold.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("postcode"),
        index.SearchField("urn"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("district"),
    ]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["urn"], condition=~Q(urn=""), name="people_organisation_urn_unique"),
            models.CheckConstraint(
                condition=Q(kind="school") | Q(urn=""), name="people_organisation_urn_only_for_schools"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_approved(self) -> bool:
        return self.status == OrganisationStatus.APPROVED


class MembershipRole(models.TextChoices):
    MEMBER = "member", "Member"
    MANAGER = "manager", "Manager"


class Membership(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    joined_at = models.DateTimeField()

    class Meta:
        ordering = ["organisation", "user"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="people_one_membership_per_person"),
        ]
        indexes = [models.Index(fields=["organisation", "role"], name="people_membership_role_idx")]

    def __str__(self):
        return f"{self.user} in {self.organisation} ({self.role})"


class Invitation(models.Model):
    """An emailed link to join. Only a hash of its token is stored; it works once and expires."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation for {self.email} to {self.organisation}"


class JoinRequest(models.Model):
    """Someone used the join code: they become a member when a manager approves."""

    class Decision(models.TextChoices):
        APPROVED = "approved", "Approved"
        DECLINED = "declined", "Declined"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests")
    created_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=Q(decided_at__isnull=True),
                name="people_one_open_join_request",
            ),
        ]

    def __str__(self):
        return f"{self.user} asks to join {self.organisation}"
