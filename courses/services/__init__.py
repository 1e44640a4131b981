"""Writes to learning records and certificates. Views and commands call these; nothing else writes."""

from .certificates import certificate_issue, certificate_reminders_send, certificate_revoke
from .evaluation import (
    evaluation_after_record,
    evaluation_after_skip,
    evaluation_before_record,
    evaluation_before_skip,
)
from .learning import answer_errors, enrolment_start, lesson_complete, quiz_attempt_start, quiz_attempt_submit

__all__ = [
    "answer_errors",
    "certificate_issue",
    "certificate_reminders_send",
    "certificate_revoke",
    "enrolment_start",
    "evaluation_after_record",
    "evaluation_after_skip",
    "evaluation_before_record",
    "evaluation_before_skip",
    "lesson_complete",
    "quiz_attempt_start",
    "quiz_attempt_submit",
]
