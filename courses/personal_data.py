"""What courses hold about a learner, for "Your data" (download and erasure). Registered from
CoursesConfig.ready() into elearning.people.privacy_registry.

On erasure the learning records stay (completion rates, scores and knowledge gaps still add up)
and point at the anonymised user row; certificates are revoked with the reason "account erased"
and no longer carry the name; free text the learner wrote is blanked."""

from django.db.models import Prefetch

from elearning.people.privacy_registry import ErasureContext, register_personal_data

from .models import Certificate, CourseEvaluation, Enrolment, LessonCompletion, QuizAttempt, TrainingReminder
from .services import certificate_revoke

ERASED_REASON = "account erased"
ERASED_HOLDER_NAME = "(name removed)"


def _choice_texts(choices, ids) -> list[str]:
    chosen = set(ids or ())
    return [choice["text"] for choice in choices if choice["id"] in chosen]


def export_learning(user) -> list[dict]:
    enrolments = (
        Enrolment.objects.filter(learner=user)
        .select_related("course")
        .prefetch_related(
            Prefetch("lesson_completions", LessonCompletion.objects.select_related("lesson").order_by("completed_at")),
            Prefetch("attempts", QuizAttempt.objects.prefetch_related("answers").order_by("number")),
        )
        .order_by("started_at")
    )
    return [
        {
            "course": enrolment.course.title,
            "started_at": enrolment.started_at,
            "completed_at": enrolment.completed_at,
            "best_score": enrolment.best_score,
            "lessons_completed": [
                {"lesson": completion.lesson.title, "completed_at": completion.completed_at}
                for completion in enrolment.lesson_completions.all()
            ],
            "quiz_attempts": [
                {
                    "number": attempt.number,
                    "started_at": attempt.started_at,
                    "submitted_at": attempt.submitted_at,
                    "score": attempt.score,
                    "passed": attempt.passed,
                    "pass_mark": attempt.pass_mark,
                    "answers": [
                        {
                            "question": answer.prompt,
                            "your_answer": _choice_texts(answer.choices, answer.chosen),
                            "correct": answer.is_correct,
                        }
                        for answer in attempt.answers.all()
                    ],
                }
                for attempt in enrolment.attempts.all()
            ],
        }
        for enrolment in enrolments
    ]


def export_evaluations(user) -> list[dict]:
    evaluations = (
        CourseEvaluation.objects.filter(enrolment__learner=user)
        .select_related("enrolment__course")
        .prefetch_related("ratings__competency")
        .order_by("pk")
    )
    return [
        {
            "course": evaluation.enrolment.course.title,
            "before_at": evaluation.before_at,
            "after_at": evaluation.after_at,
            "met_aims": evaluation.met_aims,
            "relevant": evaluation.relevant,
            "useful": evaluation.useful,
            "what_you_will_do": evaluation.action,
            "confidence": [
                {"competency": rating.competency.name, "stage": rating.stage, "rating": rating.rating}
                for rating in evaluation.ratings.all()
            ],
        }
        for evaluation in evaluations
    ]


def erase_evaluations(user, context: ErasureContext) -> None:
    CourseEvaluation.objects.filter(enrolment__learner=user).exclude(action="").update(action="")


def export_certificates(user) -> list[dict]:
    return [
        {
            "code": certificate.display_code,
            "holder_name": certificate.holder_name,
            "course": certificate.course_title,
            "score": certificate.score,
            "issued_on": certificate.issued_on,
            "expires_on": certificate.expires_on,
            "status": certificate.status,
            "revoked_at": certificate.revoked_at,
            "reminders_sent": [
                {"kind": reminder.get_kind_display(), "sent_at": reminder.sent_at}
                for reminder in certificate.reminders.all()
            ],
        }
        for certificate in Certificate.objects.filter(learner=user).prefetch_related("reminders").order_by("pk")
    ]


def erase_certificates(user, context: ErasureContext) -> None:
    """Revoked through the service, so each revocation is in the audit trail; then the name goes."""
    for certificate in Certificate.objects.filter(learner=user, revoked_at__isnull=True).order_by("pk"):
        certificate_revoke(certificate=certificate, user=context.by, reason=ERASED_REASON, now=context.now)
    Certificate.objects.filter(learner=user).exclude(holder_name=ERASED_HOLDER_NAME).update(
        holder_name=ERASED_HOLDER_NAME
    )


def export_training_reminders(user) -> list[dict]:
    return [
        {"organisation": reminder.organisation.name, "sent_at": reminder.sent_at}
        for reminder in TrainingReminder.objects.filter(member=user).select_related("organisation").order_by("sent_at")
    ]


def register() -> None:
    register_personal_data(
        name="learning",
        models=["courses.Enrolment", "courses.LessonCompletion", "courses.QuizAttempt", "courses.AttemptAnswer"],
        export=export_learning,
        description="Courses started, lessons completed and quiz attempts with your answers",
    )
    register_personal_data(
        name="course_evaluations",
        models=["courses.CourseEvaluation", "courses.ConfidenceRating"],
        export=export_evaluations,
        erase=erase_evaluations,
    )
    register_personal_data(
        name="certificates",
        models=["courses.Certificate", "courses.CertificateReminder"],
        export=export_certificates,
        erase=erase_certificates,
    )
    register_personal_data(
        name="training_reminders",
        models=["courses.TrainingReminder"],
        export=export_training_reminders,
    )
