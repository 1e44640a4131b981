from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from elearning.people.decorators import profile_required

from ..errors import AttemptAlreadySubmitted, InvalidAnswers, LessonNotInCourse, QuizNotAvailable
from ..forms import QuizForm
from ..models import CoursePage, Enrolment, LessonPage
from ..selectors import (
    attempt_for_learner,
    course_outline_for,
    learner_certificates,
    learner_courses,
)
from ..selectors_evaluation import (
    CONFIDENCE_OFFER_SESSION_KEY,
    certificates_waiting_for_evaluation,
    confidence_offered,
    evaluation_due,
)
from ..services import enrolment_start, lesson_complete, quiz_attempt_start, quiz_attempt_submit


def _live_course(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live(), pk=course_id)


@profile_required
def my_learning(request):
    in_progress, completed = learner_courses(learner=request.user)
    return render(
        request,
        "courses/my_learning.html",
        {
            "in_progress": in_progress,
            "completed": completed,
            "certificates": learner_certificates(learner=request.user),
            "certificates_waiting": certificates_waiting_for_evaluation(learner=request.user),
            "refresher_days": settings.CERTIFICATE_REFRESHER_DAYS,
        },
    )


@require_POST
@profile_required
def course_start(request, course_id: int):
    course = _live_course(course_id)
    enrolment = enrolment_start(learner=request.user, course=course)
    outline = course_outline_for(course=course, learner=request.user)
    if confidence_offered(enrolment=enrolment, lessons_completed=outline.completed_count):
        request.session[CONFIDENCE_OFFER_SESSION_KEY] = course.pk
    if outline.next_lesson:
        return redirect(outline.next_lesson.lesson.get_url(request))
    return redirect(course.get_url(request))


@require_POST
@profile_required
def lesson_complete_view(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = lesson.course
    enrolment = Enrolment.objects.filter(learner=request.user, course=course).select_related("course").first()
    if enrolment is None:
        messages.info(request, "Start the course to open its lessons.")
        return redirect(course.get_url(request))
    try:
        lesson_complete(enrolment=enrolment, lesson=lesson)
    except LessonNotInCourse as error:
        raise Http404(error.message) from error
    outline = course_outline_for(course=course, learner=request.user)
    if outline.next_lesson:
        return redirect(outline.next_lesson.lesson.get_url(request))
    messages.success(request, "You have completed every lesson. You can now take the quiz.")
    return redirect(course.get_url(request))


@require_POST
@profile_required
def quiz_start(request, course_id: int):
    course = _live_course(course_id)
    enrolment = Enrolment.objects.filter(learner=request.user, course=course).select_related("course").first()
    if enrolment is None:
        messages.info(request, "Start the course before you take its quiz.")
        return redirect(course.get_url(request))
    try:
        attempt = quiz_attempt_start(enrolment=enrolment)
    except QuizNotAvailable as error:
        messages.error(request, error.message)
        return redirect(course.get_url(request))
    return redirect("courses:attempt", attempt_id=attempt.pk)


@profile_required
def attempt(request, attempt_id: int):
    attempt = attempt_for_learner(learner=request.user, attempt_id=attempt_id)
    if attempt is None:
        raise Http404("No such attempt")
    if attempt.is_submitted:
        return redirect("courses:attempt_result", attempt_id=attempt.pk)
    rows = list(attempt.answers.all())
    form = QuizForm(request.POST or None, rows=rows)
    if request.method == "POST" and form.is_valid():
        try:
            quiz_attempt_submit(attempt=attempt, answers=form.answers())
        except AttemptAlreadySubmitted:
            messages.info(request, "You had already submitted these answers. This is your result.")
            return redirect("courses:attempt_result", attempt_id=attempt.pk)
        except InvalidAnswers as error:
            form.add_answer_errors(error.errors)
        else:
            return redirect("courses:attempt_result", attempt_id=attempt.pk)
    course = attempt.enrolment.course
    return render(request, "courses/quiz.html", {"attempt": attempt, "course": course, "form": form})


@profile_required
def attempt_result(request, attempt_id: int):
    attempt = attempt_for_learner(learner=request.user, attempt_id=attempt_id)
    if attempt is None:
        raise Http404("No such attempt")
    if not attempt.is_submitted:
        return redirect("courses:attempt", attempt_id=attempt.pk)
    course = attempt.enrolment.course
    outline = course_outline_for(course=course, learner=request.user)
    rows = list(attempt.answers.all())
    for row in rows:
        chosen = set(row.chosen or ())
        row.chosen_choices = [choice for choice in row.choices if choice["id"] in chosen]
    return render(
        request,
        "courses/result.html",
        {
            "attempt": attempt,
            "course": course,
            "rows": rows,
            "outline": outline,
            "evaluation_due": evaluation_due(enrolment=attempt.enrolment) if attempt.passed else None,
        },
    )
