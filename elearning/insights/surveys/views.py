"""Answering a survey at /surveys/<slug>/: anyone with the link, signed in or not.

Against ballot stuffing by anonymous respondents: a signed cookie marks a browser that has
answered; a rate limit per client address and survey counts every anonymous submit; and each
anonymous answer carries a salted hash of the address, user agent and survey, of which the
service accepts only a few a day. The client address is elearning.ratelimit.client_address (behind
our proxies, from X-Forwarded-For). None of it stops a determined person with many devices: it
stops the trivial repeat."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.views.decorators.http import require_GET, require_http_methods

from elearning.ratelimit import client_address, rate_limited

from ..forms import SurveyForm
from .errors import InvalidSurveyResponse, SurveyAlreadyAnswered, SurveyClosed, TooManyResponses
from .selectors import has_answered, profile_initial, survey_for_answering, survey_state
from .services import survey_response_submit

COOKIE_SALT = "insights.survey.answered"
COOKIE_MAX_AGE = 400 * 24 * 60 * 60
# Anonymous submits per client address per survey in an hour: an office shares one address.
RATE_LIMIT = (30, 60 * 60)


def _cookie_name(survey) -> str:
    return f"survey-{survey.pk}-answered"


def _browser_has_answered(request, survey) -> bool:
    return request.get_signed_cookie(_cookie_name(survey), default=None, salt=COOKIE_SALT) == "1"


def _anonymous_key(request, survey) -> str:
    address = client_address(request)
    agent = request.META.get("HTTP_USER_AGENT", "")[:500]
    return salted_hmac(
        "insights.survey.anonymous_key", f"{survey.pk}|{address}|{agent}", algorithm="sha256"
    ).hexdigest()


def _live_survey(slug: str):
    survey = survey_for_answering(slug)
    if survey is None:
        raise Http404("No such survey")
    return survey


def _already_answered(request, survey, message: str | None = None):
    return render(request, "insights/survey_answered.html", {"survey": survey, "message": message})


def _thanked(request, survey):
    response = redirect("insights:survey_thanks", slug=survey.slug)
    response.set_signed_cookie(
        _cookie_name(survey),
        "1",
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


@require_http_methods(["GET", "POST"])
def survey_answer(request, slug: str):
    survey = _live_survey(slug)
    state = survey_state(survey, timezone.localdate())
    if state != "open":
        return render(request, "insights/survey_closed.html", {"survey": survey, "state": state})
    user = request.user
    if has_answered(survey=survey, user=user) or (not user.is_authenticated and _browser_has_answered(request, survey)):
        return _already_answered(request, survey)
    form = SurveyForm(request.POST if request.method == "POST" else None, survey=survey, initial=profile_initial(user))
    if request.method == "POST":
        if not user.is_authenticated:
            limit, period = RATE_LIMIT
            if rate_limited(request, scope=f"survey:{survey.pk}", limit=limit, period=period):
                return render(request, "429.html", status=429)
        if form.is_valid():
            try:
                survey_response_submit(
                    survey=survey,
                    respondent=user if user.is_authenticated else None,
                    answers=form.answers(),
                    anonymous_key="" if user.is_authenticated else _anonymous_key(request, survey),
                )
            except InvalidSurveyResponse as error:
                form.add_service_errors(error.errors)
            except (SurveyAlreadyAnswered, TooManyResponses) as error:
                return _already_answered(request, survey, error.message)
            except SurveyClosed:
                return render(request, "insights/survey_closed.html", {"survey": survey, "state": "closed"})
            else:
                return _thanked(request, survey)
    return render(request, "insights/survey.html", {"survey": survey, "form": form})


@require_GET
def survey_thanks(request, slug: str):
    survey = _live_survey(slug)
    return render(request, "insights/survey_thanks.html", {"survey": survey})
