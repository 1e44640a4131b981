from .certificates import bulk_verify, certificate_download, verify, verify_code
from .evaluation import evaluation_after, evaluation_before
from .learning import attempt, attempt_result, course_start, lesson_complete_view, my_learning, quiz_start

__all__ = [
    "attempt",
    "attempt_result",
    "bulk_verify",
    "certificate_download",
    "course_start",
    "evaluation_after",
    "evaluation_before",
    "lesson_complete_view",
    "my_learning",
    "quiz_start",
    "verify",
    "verify_code",
]
