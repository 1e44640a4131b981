"""Domain errors raised by quality_mark.services. Their messages are written for the person acting."""


class QualityMarkError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class IllegalTransition(QualityMarkError):
    """The application is not in a status from which this step is allowed. Nothing was changed."""


class IncompleteApplication(QualityMarkError):
    """Submit refused: `missing` lists what is still to do, section by section."""

    def __init__(self, missing: list):
        super().__init__("The application is not complete yet: " + "; ".join(item.text for item in missing) + ".")
        self.missing = missing


class EvidenceRefused(QualityMarkError):
    """An uploaded file was refused; nothing was stored."""


class NotAssignedAssessor(QualityMarkError):
    """Someone other than the assigned assessor (or a superuser) tried to review or decide."""


class AssessmentIncomplete(QualityMarkError):
    """Award or "not yet awarded" refused: `missing` names the standards with no agreed level."""

    def __init__(self, missing: list[str]):
        super().__init__(
            "Agree a level for every standard before you decide. Still without an agreed level: "
            + ", ".join(missing)
            + "."
        )
        self.missing = missing
