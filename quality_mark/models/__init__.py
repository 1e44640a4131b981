from .applications import (
    Application,
    ApplicationEvent,
    ApplicationSection,
    ApplicationStatus,
    EvidenceFile,
)
from .awards import Award, AwardReminder, AwardStatus, QualityMarkSettings
from .standards import LEVEL_CHOICES, Level, Standard, StandardMeasure

__all__ = [
    "LEVEL_CHOICES",
    "Application",
    "ApplicationEvent",
    "ApplicationSection",
    "ApplicationStatus",
    "Award",
    "AwardReminder",
    "AwardStatus",
    "EvidenceFile",
    "Level",
    "QualityMarkSettings",
    "Standard",
    "StandardMeasure",
]
