from .accounts import Sector, User, UserManager
from .organisations import (
    Invitation,
    JoinRequest,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
)
from .places import District, Partnership

__all__ = [
    "District",
    "Invitation",
    "JoinRequest",
    "Membership",
    "MembershipRole",
    "Organisation",
    "OrganisationKind",
    "OrganisationStatus",
    "Partnership",
    "Sector",
    "User",
    "UserManager",
]
