from .certificates import Certificate, CertificateReminder, CertificateStatus
from .competencies import Competency
from .evaluation import ConfidenceRating, ConfidenceStage, CourseEvaluation
from .organisations import TrainingReminder, TrainingSettings
from .pages import CourseIndexPage, CoursePage, CourseQuizQuestion, LessonPage
from .questions import Choice, Question
from .records import AttemptAnswer, Enrolment, LessonCompletion, QuizAttempt
from .requirements import RequiredCourse

__all__ = [
    "AttemptAnswer",
    "Certificate",
    "CertificateReminder",
    "CertificateStatus",
    "Choice",
    "Competency",
    "ConfidenceRating",
    "ConfidenceStage",
    "CourseEvaluation",
    "CourseIndexPage",
    "CoursePage",
    "CourseQuizQuestion",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "Question",
    "QuizAttempt",
    "RequiredCourse",
    "TrainingReminder",
    "TrainingSettings",
]
