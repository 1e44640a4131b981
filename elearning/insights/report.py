"""The training-needs analysis: headline findings written from the data, then knowledge gaps,
confidence before and after, the survey, completions and coverage, and an appendix of free-text
answers. One `Analysis`, drawn as a PDF (xhtml2pdf, tables only) or an XLSX workbook.

Breakdowns are suppressed as in every export (counts below 5 as "<5", and shares whose count or
total is below 5); a headline only names a competency, question or course when it rests on at least
5 answers, and states a share only when neither its count nor its total is below 5."""

import datetime
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from openpyxl import Workbook
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from . import selectors
from .exports import add_sheet, csv_safe, workbook_bytes
from .filters import Filters
from .tables import Table, is_small, publishable

FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ReportRenderError(Exception):
    pass


@dataclass
class Section:
    heading: str
    tables: list[Table]
    # What the dashboard says about its figures (a filter that does not apply to some of them).
    notes: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    filters: list[tuple[str, str]]
    generated_at: datetime.datetime
    as_of: datetime.datetime | None
    headlines: list[str]
    sections: list[Section]
    evaluation_text: selectors.FreeText | None = None
    survey_text: selectors.FreeText | None = None

    @property
    def free_texts(self) -> list[selectors.FreeText]:
        return [text for text in (self.evaluation_text, self.survey_text) if text is not None]


def _percent(value) -> str:
    return f"{value * 100:.0f}%"


def _share(part, whole) -> str | None:
    """ "40% of 25" when both counts may be published (tables.publishable), else None: a headline
    never states a small count, nor a share that gives one away ("40% of 5" is 2)."""
    if not publishable(part, whole):
        return None
    return f"{_percent(part / whole)} of {whole:,}"


def _headlines(overview, funnel, gaps, confidence, satisfaction, survey) -> list[str]:
    lines = []
    # Rankings consider rows resting on at least 5 answers; each share is stated only when its own
    # count is not small as well, otherwise the line names the finding without it.
    not_confident = [
        row for row in confidence.table("survey_not_confident").rows if not is_small(row[1]) and row[3] is not None
    ]
    if not_confident:
        name, ratings, low, _share_low = not_confident[0]
        share = _share(low, ratings)
        if share:
            detail = f"{share} ratings were not confident (1 or 2 out of 4)"
        else:
            detail = f"fewer than 5 of {ratings:,} ratings were not confident (1 or 2 out of 4)"
        lines.append(f"The lowest-confidence competency in the survey is {name}: {detail}.")
    else:
        before = [row for row in confidence.table("before_after").rows if not is_small(row[1]) and row[4] is not None]
        if before:
            lowest = min(before, key=lambda row: row[4])
            ratings, confident = lowest[1], lowest[3]
            share = _share(ratings - confident, ratings)
            if share:
                lines.append(
                    f"Before their course, learners were least confident in {lowest[0]}: "
                    f"{share} rated themselves not confident."
                )
            else:
                lines.append(f"Before their course, learners were least confident in {lowest[0]}.")
    questions = [row for row in gaps.table("questions").rows if not is_small(row[2]) and row[4] is not None]
    if questions:
        hardest = questions[0]
        share = _share(hardest[3], hardest[2])
        detail = f"{share} answers were correct" if share else f"fewer than 5 of {hardest[2]:,} answers were correct"
        lines.append(f'The hardest question was "{hardest[0]}" ({hardest[1]}): {detail}.')
    competencies = [row for row in gaps.table("competencies").rows if not is_small(row[1]) and row[3] is not None]
    if competencies:
        weakest = competencies[0]
        if publishable(weakest[2], weakest[1]):
            lines.append(
                f"The biggest knowledge gap by competency is {weakest[0]}: {_percent(weakest[3])} answered correctly."
            )
        else:
            lines.append(f"The biggest knowledge gap by competency is {weakest[0]}.")
    courses = [row for row in funnel.table("funnel").rows if not is_small(row[1])]
    if courses:
        lowest = min(courses, key=lambda row: row[5])
        share = _share(lowest[4], lowest[1])
        detail = f"{share} enrolments passed" if share else f"fewer than 5 of {lowest[1]:,} enrolments passed"
        lines.append(f"The course with the lowest completion is {lowest[0]}: {detail}.")
    rises = [
        row
        for row in confidence.table("before_after").rows
        if not is_small(row[1]) and not is_small(row[5]) and row[2] is not None and row[6] is not None
    ]
    if rises:
        best = max(rises, key=lambda row: row[6] - row[2])
        lines.append(
            f"Confidence rose most in {best[0]}: from a mean of {best[2]:.1f} before courses to {best[6]:.1f} after."
        )
    _label, responses, fours, _s4, threes, _s3, fully, _sf = satisfaction.table("satisfaction").rows[0]
    if publishable(fully, responses):
        parts = [f"{_percent(count / responses)} {name}" for count, name in ((fours, "4s"), (threes, "3s"))]
        published = [text for text, count in zip(parts, (fours, threes), strict=True) if not is_small(count)]
        detail = " and ".join([*published, f"{responses:,} responses"])
        lines.append(f"{_percent(fully / responses)} were fully satisfied that courses met their aims ({detail}).")
    _label, certified, registered, _coverage = overview.table("rates").rows[3]
    if share := _share(certified, registered):
        lines.append(f"{share} registered learners hold a valid certificate.")
    if not lines:
        lines.append("There is not yet enough data in this period and area for headline findings.")
    return lines


def training_needs_analysis(filters: Filters, *, as_of: datetime.datetime | None = None) -> Analysis:
    overview = selectors.overview(filters)
    funnel = selectors.funnel(filters)
    gaps = selectors.knowledge_gaps(filters)
    confidence = selectors.confidence(filters)
    satisfaction = selectors.satisfaction(filters)
    survey = selectors.survey_results(filters)
    return Analysis(
        filters=filters.describe(),
        generated_at=timezone.now(),
        as_of=as_of,
        headlines=_headlines(overview, funnel, gaps, confidence, satisfaction, survey),
        sections=[
            Section("Knowledge gaps", gaps.tables, gaps.notes),
            Section("Confidence before and after", confidence.tables, confidence.notes),
            Section("Course evaluation", satisfaction.tables, satisfaction.notes),
            Section("Training-needs survey", survey.tables, survey.notes),
            Section("Completions", funnel.tables, funnel.notes),
            Section("Coverage", overview.tables, overview.notes),
        ],
        evaluation_text=satisfaction.free_text,
        survey_text=survey.free_text,
    )


def render(analysis: Analysis, *, fmt: str) -> tuple[bytes, str]:
    if fmt == "pdf":
        return report_pdf(analysis), FORMATS["pdf"]
    return report_xlsx(analysis), FORMATS["xlsx"]


def report_pdf(analysis: Analysis) -> bytes:
    font_dir = settings.CERTIFICATE_FONT_DIR
    html = render_to_string(
        "insights/report_pdf.html",
        {
            "analysis": analysis,
            "sections": [
                (section.heading, section.notes, [(table, table.export_rows()) for table in section.tables])
                for section in analysis.sections
            ],
            "free_texts": analysis.free_texts,
            "font_regular": font_dir / "DejaVuSans.ttf",
            "font_bold": font_dir / "DejaVuSans-Bold.ttf",
            "service_name": settings.SERVICE_NAME,
        },
    )
    # As for certificates: the document may read only the font directory, nothing over the network.
    policy = ResourceAccessPolicy(allow_remote=False, base_dir=font_dir)
    output = io.BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", resource_policy=policy)
    if result.err:
        raise ReportRenderError(f"The report PDF could not be drawn ({result.err} errors).")
    return output.getvalue()


def report_xlsx(analysis: Analysis) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Summary"
    summary.append(["Training-needs analysis"])
    summary.append(["Generated", analysis.generated_at.strftime("%Y-%m-%d %H:%M")])
    if analysis.as_of:
        summary.append(["Figures as of", analysis.as_of.strftime("%Y-%m-%d %H:%M")])
    for label, value in analysis.filters:
        summary.append([label, csv_safe(value)])
    summary.append([])
    summary.append(["Headline findings"])
    for line in analysis.headlines:
        summary.append([csv_safe(line)])
    notes = [(section.heading, note) for section in analysis.sections for note in section.notes]
    if notes:
        summary.append([])
        summary.append(["Notes"])
        for heading, note in notes:
            summary.append([heading, csv_safe(note)])
    for section in analysis.sections:
        for table in section.tables:
            add_sheet(workbook, table)
    # One sheet for every free-text answer, months in local time as in the PDF; a source's note (its
    # answers withheld for a small group, or only the newest shown) stands above its answers.
    appendix = workbook.create_sheet("Free text")
    appendix.append(["Source", "Course", "Month", "Answer"])
    for source, free_text in (
        ("Course evaluation", analysis.evaluation_text),
        ("Training-needs survey", analysis.survey_text),
    ):
        if free_text is None:
            continue
        if free_text.note:
            appendix.append([source, "", "", csv_safe(f"Note: {free_text.note}")])
        for answer in free_text.answers:
            month = f"{timezone.localtime(answer['at']):%Y-%m}"
            appendix.append([source, csv_safe(answer["course"]), month, csv_safe(answer["text"])])
    return workbook_bytes(workbook)
