"""Generated training-needs surveys: one two years ago, closed, and one open now, each answered by
a few per cent of the workforce, signed in or anonymously."""

import hashlib
from datetime import timedelta

from courses.models import Competency
from elearning.insights.models import Survey, SurveyOption, SurveyOptionKind, SurveyResponse
from elearning.people.models import Sector

from . import vocab
from .people import weighted_picker

RESPONSE_FIELDS = [
    "id",
    "survey_id",
    "respondent_id",
    "submitted_at",
    "sector",
    "job_role",
    "district_id",
    "organisation_kind",
    "comments",
    "anonymous_key",
]
SURVEY_CONFIDENCE_FIELDS = ["id", "response_id", "competency_id", "rating"]
RESPONSE_RATE = 0.035  # a county of 10,000 trained staff drew about 350 answers
ANONYMOUS_SHARE = 0.4


def response_option_fields() -> list[str]:
    through = SurveyResponse.options.through
    return ["id", through._meta.get_field("surveyresponse").attname, through._meta.get_field("surveyoption").attname]


def _survey(run, *, opens_on, closes_on, live: bool) -> tuple[Survey, list, list]:
    survey = Survey(
        title=f"{opens_on.year} workforce survey",
        slug=f"{vocab.SURVEY_SLUG_PREFIX}{opens_on.year}-workforce-survey",
        intro="Tell us how confident you feel and what training would help you and your team.",
        opens_on=opens_on,
        closes_on=closes_on,
        live=live,
    )
    survey.competencies = list(Competency.objects.filter(pk__in=run.world.competencies))
    survey.save()
    options = [
        SurveyOption(survey=survey, kind=kind, label=label, sort_order=order)
        for order, (kind, label) in enumerate(
            [(SurveyOptionKind.TOPIC, label) for label in vocab.SURVEY_TOPICS]
            + [(SurveyOptionKind.FORMAT, label) for label in vocab.SURVEY_FORMATS]
        )
    ]
    SurveyOption.objects.bulk_create(options)
    topics = [o.pk for o in options if o.kind == SurveyOptionKind.TOPIC]
    formats = [o.pk for o in options if o.kind == SurveyOptionKind.FORMAT]
    return survey, topics, formats


def surveys_generate(run, learners: list, confidence_offset: dict) -> int:
    rng = run.rng("surveys")
    tables = run.tables
    today = run.today
    periods = [
        (today - timedelta(days=2 * 365 + 30), today - timedelta(days=2 * 365 - 12), False),
        (today - timedelta(days=45), today + timedelta(days=14), True),
    ]
    sectors = list(vocab.SECTOR_WEIGHTS)
    pick_sector = weighted_picker(rng, sectors, list(vocab.SECTOR_WEIGHTS.values()))
    districts = run.world.districts
    pick_district = weighted_picker(rng, districts, [vocab.DISTRICT_WEIGHTS.get(d.name, 3) for d in districts])
    made = 0
    for opens_on, closes_on, live in periods:
        if opens_on < run.local_date(run.start):
            continue
        survey, topics, formats = _survey(run, opens_on=opens_on, closes_on=closes_on, live=live)
        made += 1
        opens_at = run.at(opens_on, rng)
        closes_at = min(run.at(closes_on, rng), run.end)
        span = (closes_at - opens_at).total_seconds()
        eligible = [learner for learner in learners if learner.registered_at < closes_at]
        respondents = rng.sample(eligible, round(len(eligible) * RESPONSE_RATE))
        anonymous = round(len(respondents) * ANONYMOUS_SHARE) or 1
        for index in range(len(respondents) + anonymous):
            learner = respondents[index] if index < len(respondents) else None
            submitted_at = opens_at + timedelta(seconds=rng.random() * span)
            if learner is not None:
                submitted_at = max(submitted_at, learner.registered_at + timedelta(minutes=5))
                sector, role, district_id = learner.sector, learner.job_role, learner.district_id
                kind = next((k for _, k in learner.organisations if k), "")
                ability = learner.ability + 0.12 * min(learner.certificates, 4)
                key = ""
            else:
                sector = pick_sector()
                role = rng.choice(vocab.JOB_ROLES[sector])
                district_id = pick_district().pk
                kind = vocab.KIND_FOR_SECTOR[sector] if rng.random() < 0.7 else ""
                ability = rng.gauss(vocab.SECTOR_ABILITY[sector], 1.0)
                key = hashlib.sha256(f"{run.seed}:{survey.slug}:{index}".encode()).hexdigest()
            if sector == Sector.OTHER and rng.random() < 0.3:
                sector = ""
            response_id = tables.response.allocate()
            comments = rng.choice(vocab.SURVEY_COMMENTS) if rng.random() < 0.4 else ""
            tables.response.add(
                (
                    response_id,
                    survey.pk,
                    learner.pk if learner else None,
                    min(submitted_at, run.end - timedelta(seconds=1)),
                    sector,
                    role,
                    district_id,
                    kind,
                    comments,
                    key,
                )
            )
            chosen = rng.sample(topics, rng.randint(1, 3)) + rng.sample(formats, rng.randint(1, 2))
            for option_id in sorted(chosen):
                tables.response_option.add((tables.response_option.allocate(), response_id, option_id))
            for competency_id in run.world.competencies:
                latent = 2.2 + 0.4 * ability + confidence_offset.get(competency_id, 0.0) + rng.gauss(0, 0.6)
                rating = min(4, max(1, int(latent + 0.5)))
                tables.survey_confidence.add((tables.survey_confidence.allocate(), response_id, competency_id, rating))
    return made
