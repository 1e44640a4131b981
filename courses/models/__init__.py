from .certificates import Certificate, CertificateReminder, CertificateStatus
from .competencies import Competency
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
    "CourseIndexPage",
    "CoursePage",
    "CourseQuizQuestion",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "Question",
    "QuizAttempt",
    "RequiredCourse",
]
