"""The dashboards' figures counted the slow, obvious way: Python over every record, for a test's
small data set. Nothing here shares code with the rollups; each rule is written out again from the
README, so that a rollup that drifts from it is caught.

Rules: dimensions are the learner's current district (and its partnership) and sector; a period
counts whole local calendar months; under an organisation (or kind) filter an additive figure
counts once per matching membership (an erased learner's memberships are the ones insights kept),
a distinct count (active learners) once per learner."""

import datetime
from collections import Counter, defaultdict

from django.db.models import Count
from django.utils import timezone

from courses.models import (
    AttemptAnswer,
    Certificate,
    ConfidenceRating,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from elearning.insights.filters import Filters
from elearning.insights.models import LearnerOrganisation
from elearning.people.models import Membership, User
from elearning.people.privacy import is_erased


def month_of(moment) -> datetime.date:
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment).date()
    return moment.replace(day=1)


class Oracle:
    def __init__(self, filters: Filters, *, today: datetime.date):
        self.f = filters
        self.today = today
        users = User.objects.select_related("district")
        self.users = {user.pk: user for user in users}
        self.organisations = defaultdict(list)  # learner id -> [(organisation id, kind)]
        for membership in Membership.objects.select_related("organisation"):
            self.organisations[membership.user_id].append((membership.organisation_id, membership.organisation.kind))
        for link in LearnerOrganisation.objects.filter(kept=True):
            if is_erased(self.users[link.learner_id]):
                self.organisations[link.learner_id].append((link.organisation_id, link.organisation_kind))

    # --- who and when ---------------------------------------------------------------------

    def weight(self, learner_id: int) -> int:
        """How many times a record of this learner counts: 0 outside the filters."""
        user = self.users[learner_id]
        f = self.f
        partnership = user.district.partnership_id if user.district_id else None
        if f.scope is not None and partnership not in f.scope:
            return 0
        if f.partnership and partnership != f.partnership:
            return 0
        if f.district and user.district_id != f.district:
            return 0
        if f.sector and user.sector != f.sector:
            return 0
        if not f.by_organisation:
            return 1
        return sum(
            1
            for organisation, kind in self.organisations[learner_id]
            if (not f.organisation or organisation == f.organisation)
            and (not f.organisation_kind or kind == f.organisation_kind)
        )

    def in_period(self, moment, *, since=True) -> bool:
        if moment is None:
            return False
        month = month_of(moment)
        if since and self.f.date_from and month < self.f.date_from:
            return False
        return not (self.f.date_to and month > self.f.date_to)

    def course_ok(self, course_id) -> bool:
        return not self.f.course or course_id == self.f.course

    # --- overview ---------------------------------------------------------------------------

    def overview(self) -> dict:
        figures = Counter()
        held = [c for c in Certificate.objects.all() if c.revoked_at is None or self._erased_revocation(c)]
        valid_learners = {c.learner_id for c in held if c.expires_on is None or c.expires_on > self.today}
        for user in self.users.values():
            if user.is_staff or user.is_superuser or not self.in_period(user.date_joined, since=False):
                continue
            figures["Registered learners"] += self.weight(user.pk)
            figures["certified"] += self.weight(user.pk) * (user.pk in valid_learners)
        for enrolment in Enrolment.objects.all():
            w = self.weight(enrolment.learner_id) * self.course_ok(enrolment.course_id)
            figures["Enrolments"] += w * self.in_period(enrolment.started_at)
            figures["Completions"] += w * self.in_period(enrolment.completed_at)
        for attempt in QuizAttempt.objects.filter(submitted_at__isnull=False).select_related("enrolment"):
            w = self.weight(attempt.enrolment.learner_id) * self.course_ok(attempt.enrolment.course_id)
            w *= self.in_period(attempt.submitted_at)
            figures["Quiz attempts"] += w
            figures["Attempts passed"] += w * attempt.passed
            figures["First attempts"] += w * (attempt.number == 1)
            figures["First attempts passed"] += w * (attempt.number == 1 and attempt.passed)
            figures["score"] += w * attempt.score
        figures["Active learners"] = len(self.active_learners())
        for certificate in held:
            w = self.weight(certificate.learner_id) * self.course_ok(certificate.course_id)
            w *= self.in_period(certificate.issued_on)
            expires = certificate.expires_on
            current = expires is None or expires > self.today
            figures["Valid certificates"] += w * current
            figures["Expired certificates"] += w * (not current)
            for days in (30, 60, 90):
                soon = expires is not None and self.today < expires <= self.today + datetime.timedelta(days=days)
                figures[f"Expiring within {days} days"] += w * soon
        return dict(figures)

    @staticmethod
    def _erased_revocation(certificate) -> bool:
        return certificate.revocation_reason == "account erased" and certificate.learner.email.startswith("erased-")

    def active_learners(self) -> set[int]:
        """Learners who enrolled, completed a lesson or submitted an attempt in the period."""
        moments = [(e.learner_id, e.course_id, e.started_at) for e in Enrolment.objects.all()]
        moments += [
            (c.enrolment.learner_id, c.enrolment.course_id, c.completed_at)
            for c in LessonCompletion.objects.select_related("enrolment")
        ]
        moments += [
            (a.enrolment.learner_id, a.enrolment.course_id, a.submitted_at)
            for a in QuizAttempt.objects.filter(submitted_at__isnull=False).select_related("enrolment")
        ]
        return {
            learner
            for learner, course, moment in moments
            if self.weight(learner) and self.course_ok(course) and self.in_period(moment)
        }

    # --- funnel -----------------------------------------------------------------------------

    def funnel(self) -> dict:
        """{course title: [enrolled, started, all lessons, passed]} for enrolments started in the period."""
        needed = {course.pk: LessonPage.objects.child_of(course).live().count() for course in CoursePage.objects.all()}
        titles = dict(CoursePage.objects.values_list("pk", "title"))
        done = dict(Enrolment.objects.annotate(n=Count("lesson_completions")).values_list("pk", "n"))
        attempted = set(QuizAttempt.objects.values_list("enrolment_id", flat=True))
        rows = defaultdict(lambda: [0, 0, 0, 0])
        for enrolment in Enrolment.objects.all():
            w = self.weight(enrolment.learner_id) * self.course_ok(enrolment.course_id)
            if not w or not self.in_period(enrolment.started_at):
                continue
            row = rows[titles[enrolment.course_id]]
            row[0] += w
            row[1] += w * (done[enrolment.pk] > 0 or enrolment.pk in attempted)
            row[2] += w * (needed[enrolment.course_id] > 0 and done[enrolment.pk] >= needed[enrolment.course_id])
            row[3] += w * (enrolment.completed_at is not None)
        return dict(rows)

    # --- knowledge gaps ---------------------------------------------------------------------

    def answers(self) -> dict:
        """{question id: [n, correct, Σy, Σy², Σxy]}, y the rest of the attempt answered correctly."""
        correct_in_attempt = Counter()
        answers = list(
            AttemptAnswer.objects.filter(attempt__submitted_at__isnull=False, is_correct__isnull=False).select_related(
                "attempt__enrolment"
            )
        )
        for answer in answers:
            correct_in_attempt[answer.attempt_id] += bool(answer.is_correct)
        sums = defaultdict(lambda: [0, 0, 0, 0, 0])
        for answer in answers:
            enrolment = answer.attempt.enrolment
            w = self.weight(enrolment.learner_id) * self.course_ok(enrolment.course_id)
            if not w or not self.in_period(answer.attempt.submitted_at):
                continue
            x = int(bool(answer.is_correct))
            y = correct_in_attempt[answer.attempt_id] - x
            for index, value in enumerate((1, x, y, y * y, x * y)):
                sums[answer.question_id][index] += w * value
        return dict(sums)

    # --- confidence and satisfaction --------------------------------------------------------

    def confidence(self) -> dict:
        """{(competency id, stage): [n, Σrating, ratings of 3-4]}."""
        sums = defaultdict(lambda: [0, 0, 0])
        for rating in ConfidenceRating.objects.select_related("evaluation__enrolment"):
            moment = rating.evaluation.before_at if rating.stage == "before" else rating.evaluation.after_at
            enrolment = rating.evaluation.enrolment
            w = self.weight(enrolment.learner_id) * self.course_ok(enrolment.course_id) * self.in_period(moment)
            row = sums[(rating.competency_id, rating.stage)]
            row[0] += w
            row[1] += w * rating.rating
            row[2] += w * (rating.rating >= 3)
        return {key: row for key, row in sums.items() if row[0]}

    def satisfaction(self) -> dict:
        """{(item, rating): count} of the validation answers given at completion in the period."""
        counts = Counter()
        for evaluation in CourseEvaluation.objects.filter(after_at__isnull=False).select_related("enrolment"):
            enrolment = evaluation.enrolment
            w = self.weight(enrolment.learner_id) * self.course_ok(enrolment.course_id)
            w *= self.in_period(evaluation.after_at)
            for item in ("met_aims", "relevant", "useful"):
                if getattr(evaluation, item) is not None:
                    counts[(item, getattr(evaluation, item))] += w
        return {key: n for key, n in counts.items() if n}


def assert_dashboards_match_records(filters: Filters, *, today: datetime.date) -> None:
    """Every figure of the overview, funnel, knowledge gaps, confidence and satisfaction dashboards
    under `filters` equals the oracle's count from the records."""
    import pytest

    from courses.models import Competency, Question
    from elearning.insights import selectors

    oracle = Oracle(filters, today=today)
    where = f"under {filters}"

    overview = selectors.overview(filters, today=today)
    shown = dict(overview.table("overview").rows)
    expected = oracle.overview()
    for label, value in shown.items():
        assert value == expected.get(label, 0), f"{label}: {value} shown, {expected.get(label, 0)} counted {where}"
    rates = {row[0]: row[1:] for row in overview.table("rates").rows}
    certified = rates["Registered learners holding a valid certificate"][0]
    assert certified == expected.get("certified", 0), f"certified learners {where}"
    average = rates["Average score"][2]
    attempts = expected.get("Quiz attempts", 0)
    assert average == (pytest.approx(expected.get("score", 0) / (attempts * 100)) if attempts else None), where

    funnel = {row[0]: row[1:5] for row in selectors.funnel(filters).table("funnel").rows}
    assert funnel == oracle.funnel(), f"funnel {where}"

    texts = dict(Question.objects.values_list("pk", "text"))
    answers = oracle.answers()
    gaps = selectors.knowledge_gaps(filters).table("questions").rows
    assert sorted((row[0], row[2], row[3]) for row in gaps) == sorted(
        (texts[question], n, x) for question, (n, x, *_rest) in answers.items() if n
    ), f"answers {where}"
    indices = sorted(
        (texts[question], selectors.discrimination(*sums)) for question, sums in answers.items() if sums[0]
    )
    for (text, index), row in zip(indices, sorted((row[0], row[5]) for row in gaps), strict=True):
        assert row[0] == text
        assert row[1] == (pytest.approx(index) if index is not None else None), f"discrimination of {text} {where}"

    names = dict(Competency.objects.values_list("pk", "name"))
    confidence = oracle.confidence()
    rows = {row[0]: row for row in selectors.confidence(filters).table("before_after").rows}
    expected = defaultdict(lambda: {"before": [0, 0, 0], "after": [0, 0, 0]})
    for (competency, stage), sums in confidence.items():
        expected[names[competency]][stage] = sums
    assert set(rows) == set(expected), f"competencies rated {where}"
    for name, stages in expected.items():
        row = rows[name]
        for stage, (n_col, mean_col, high_col) in (("before", (1, 2, 3)), ("after", (5, 6, 7))):
            n, total, high = stages[stage]
            assert row[n_col] == n and row[high_col] == high, f"{stage} confidence in {name} {where}"
            assert row[mean_col] == (pytest.approx(total / n) if n else None)

    counts = oracle.satisfaction()
    for row, item in zip(
        selectors.satisfaction(filters).table("satisfaction").rows, ("met_aims", "relevant", "useful"), strict=True
    ):
        total = sum(counts.get((item, rating), 0) for rating in range(1, 5))
        assert row[1:3] == [total, counts.get((item, 4), 0)], f"{item} {where}"
        assert row[4] == counts.get((item, 3), 0), f"{item} 3s {where}"


def assert_survey_matches_records(filters: Filters) -> None:
    """The survey figures (responses by sector and district, options chosen, share not confident)
    for the survey in use, counted from the responses: the respondent's own sector, district and
    organisation kind, the period by the local month of submission."""
    from elearning.insights import selectors
    from elearning.insights.models import SurveyResponse

    survey = selectors.survey_in_use(filters)
    oracle = Oracle(filters, today=timezone.localdate())
    where = f"under {filters}"
    responses = []
    for response in SurveyResponse.objects.filter(survey=survey).select_related("district"):
        partnership = response.district.partnership_id if response.district_id else None
        if filters.scope is not None and partnership not in filters.scope:
            continue
        if (filters.partnership and partnership != filters.partnership) or (
            filters.district and response.district_id != filters.district
        ):
            continue
        if (filters.sector and response.sector != filters.sector) or (
            filters.organisation_kind and response.organisation_kind != filters.organisation_kind
        ):
            continue
        if oracle.in_period(response.submitted_at):
            responses.append(response)
    dashboard = selectors.survey_results(filters)
    assert dict(dashboard.figures)["Responses"] == f"{len(responses):,}", where
    by_sector = Counter(response.get_sector_display() or "Not given" for response in responses)
    assert dict(dashboard.table("responses_sector").rows) == dict(by_sector), where
    chosen = Counter(option.label for response in responses for option in response.options.all())
    assert {row[1]: row[2] for row in dashboard.table("wanted").rows} == dict(chosen), where
    ratings, low = Counter(), Counter()
    for response in responses:
        for rating in response.confidence.all():
            ratings[rating.competency.name] += 1
            low[rating.competency.name] += rating.rating <= 2
    table = selectors.confidence(filters).table("survey_not_confident")
    assert {row[0]: row[1:3] for row in table.rows} == {name: [n, low[name]] for name, n in ratings.items()}, where
