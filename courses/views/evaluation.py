"""The course evaluation pages: confidence at the start, and the evaluation at completion. Both are
skippable, except the evaluation of a course that requires it before the certificate."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from elearning.people.decorators import profile_required

from ..forms_evaluation import AfterEvaluationForm, ConfidenceForm
from ..models import CoursePage, Enrolment
from ..selectors import course_outline_for
from ..selectors_evaluation import (
    CONFIDENCE_OFFER_SESSION_KEY,
    course_competencies,
    evaluation_due,
    evaluation_of,
    latest_passed_attempt,
)
from ..services import (
    evaluation_after_record,
    evaluation_after_skip,
    evaluation_before_record,
    evaluation_before_skip,
)
from ..services.evaluation import (
    EvaluationAlreadyGiven,
    EvaluationNotAvailable,
    EvaluationRequired,
    InvalidEvaluation,
    before_stage_refusal,
)


def _own_enrolment(request, course_id: int) -> Enrolment:
    """The learner's own enrolment on a live course; 404 to anyone not enrolled on it."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    enrolment = Enrolment.objects.filter(learner=request.user, course=course).select_related("course").first()
    if enrolment is None:
        raise Http404("No such enrolment")
    return enrolment


def _after_start(request, enrolment: Enrolment):
    request.session.pop(CONFIDENCE_OFFER_SESSION_KEY, None)
    outline = course_outline_for(course=enrolment.course, learner=request.user)
    if outline.next_lesson:
        return redirect(outline.next_lesson.lesson.get_url(request))
    return redirect(enrolment.course.get_url(request))


def _after_completion(request, enrolment: Enrolment):
    attempt = latest_passed_attempt(enrolment)
    if attempt is not None:
        return redirect("courses:attempt_result", attempt_id=attempt.pk)
    return redirect(enrolment.course.get_url(request))


@require_http_methods(["GET", "POST"])
@profile_required
def evaluation_before(request, course_id: int):
    enrolment = _own_enrolment(request, course_id)
    competencies = course_competencies(enrolment.course)
    form = ConfidenceForm(request.POST if request.method == "POST" else None, competencies=competencies)
    try:
        if request.method == "POST" and "skip" in request.POST:
            evaluation_before_skip(enrolment=enrolment)
            return _after_start(request, enrolment)
        if request.method == "POST" and form.is_valid():
            try:
                evaluation_before_record(enrolment=enrolment, ratings=form.ratings())
            except InvalidEvaluation as error:
                form.add_service_errors(error.errors)
            else:
                messages.success(request, "Thank you. We will ask again when you finish the course.")
                return _after_start(request, enrolment)
        elif request.method == "GET":
            if refusal := before_stage_refusal(enrolment=enrolment, evaluation=evaluation_of(enrolment)):
                raise refusal
            if not competencies:
                raise EvaluationNotAvailable("This course has no confidence questions.")
    except (EvaluationAlreadyGiven, EvaluationNotAvailable) as error:
        messages.info(request, error.message)
        return _after_start(request, enrolment)
    return render(
        request,
        "courses/evaluation_before.html",
        {"course": enrolment.course, "form": form},
    )


@require_http_methods(["GET", "POST"])
@profile_required
def evaluation_after(request, course_id: int):
    enrolment = _own_enrolment(request, course_id)
    due = evaluation_due(enrolment=enrolment)
    if due is None:
        if enrolment.completed_at is None:
            messages.info(request, "You can evaluate the course once you have passed its quiz.")
            return redirect(enrolment.course.get_url(request))
        if request.method == "POST":
            messages.info(request, "You have already evaluated this course.")
        return _after_completion(request, enrolment)
    form = AfterEvaluationForm(
        request.POST if request.method == "POST" else None, competencies=course_competencies(enrolment.course)
    )
    try:
        if request.method == "POST" and "skip" in request.POST:
            evaluation_after_skip(enrolment=enrolment)
            return _after_completion(request, enrolment)
        if request.method == "POST" and form.is_valid():
            try:
                evaluation_after_record(enrolment=enrolment, **form.answers())
            except InvalidEvaluation as error:
                form.add_service_errors(error.errors)
            else:
                messages.success(
                    request,
                    "Thank you for evaluating the course." + (" Your certificate is ready." if due.required else ""),
                )
                return _after_completion(request, enrolment)
    except EvaluationRequired as error:
        # The page shows no Skip button for such a course; only a forged request lands here.
        messages.error(request, error.message)
        return redirect("courses:evaluation_after", course_id=enrolment.course_id)
    except (EvaluationAlreadyGiven, EvaluationNotAvailable) as error:
        messages.info(request, error.message)
        return _after_completion(request, enrolment)
    return render(
        request,
        "courses/evaluation_after.html",
        {"course": enrolment.course, "form": form, "due": due},
    )
