"""Domain errors raised by the organisation services. Their messages are written for the person
who caused them, so views show them as they are."""


class OrganisationError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAllowed(OrganisationError):
    pass


class LastManager(OrganisationError):
    def __init__(self, message: str = "An organisation must always have at least one manager."):
        super().__init__(message)


class InvitationInvalid(OrganisationError):
    pass


class JoinCodeInvalid(OrganisationError):
    def __init__(self, message: str = "This join link is not valid. Ask the organisation for a new one."):
        super().__init__(message)


class AlreadyMember(OrganisationError):
    pass


class AlreadyDecided(OrganisationError):
    pass
