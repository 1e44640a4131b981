"""The training-needs analysis: headline findings written from the data, then knowledge gaps,
confidence before and after, the survey, completions and coverage, and an appendix of free-text
answers. One `Analysis`, drawn as a PDF (xhtml2pdf, tables only) or an XLSX workbook.

Breakdowns are suppressed as in every export (counts below 5 as "<5"); a headline only names a
competency, question or course when it rests on at least 5 answers."""

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
from .tables import SMALL_NUMBER, Table

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


@dataclass
class Analysis:
    filters: list[tuple[str, str]]
    generated_at: datetime.datetime
    as_of: datetime.datetime | None
    headlines: list[str]
    sections: list[Section]
    evaluation_text: list[dict] = field(default_factory=list)
    survey_text: list[dict] = field(default_factory=list)


def _percent(value) -> str:
    return f"{value * 100:.0f}%"


def _headlines(overview, funnel, gaps, confidence, satisfaction, survey) -> list[str]:
    lines = []
    not_confident = [row for row in confidence.table("survey_not_confident").rows if row[1] >= SMALL_NUMBER]
    if not_confident:
        name, ratings, _low, share = not_confident[0]
        lines.append(
            f"The lowest-confidence competency in the survey is {name}: {_percent(share)} of {ratings:,} "
            "ratings were not confident (1 or 2 out of 4)."
        )
    else:
        before = [row for row in confidence.table("before_after").rows if row[1] >= SMALL_NUMBER and row[3] is not None]
        if before:
            lowest = min(before, key=lambda row: row[3])
            lines.append(
                f"Before their course, learners were least confident in {lowest[0]}: "
                f"{_percent(1 - lowest[3])} rated themselves not confident."
            )
    questions = [row for row in gaps.table("questions").rows if row[2] >= SMALL_NUMBER and row[4] is not None]
    if questions:
        hardest = questions[0]
        lines.append(
            f'The hardest question was "{hardest[0]}" ({hardest[1]}): {_percent(hardest[4])} of {hardest[2]:,} '
            "answers were correct."
        )
    competencies = [row for row in gaps.table("competencies").rows if row[1] >= SMALL_NUMBER and row[3] is not None]
    if competencies:
        weakest = competencies[0]
        lines.append(
            f"The biggest knowledge gap by competency is {weakest[0]}: {_percent(weakest[3])} answered correctly."
        )
    courses = [row for row in funnel.table("funnel").rows if row[1] >= SMALL_NUMBER]
    if courses:
        lowest = min(courses, key=lambda row: row[5])
        lines.append(
            f"The course with the lowest completion is {lowest[0]}: {_percent(lowest[5])} of {lowest[1]:,} "
            "enrolments passed."
        )
    rises = [
        row
        for row in confidence.table("before_after").rows
        if row[1] >= SMALL_NUMBER and row[4] >= SMALL_NUMBER and row[2] is not None and row[5] is not None
    ]
    if rises:
        best = max(rises, key=lambda row: row[5] - row[2])
        lines.append(
            f"Confidence rose most in {best[0]}: from a mean of {best[2]:.1f} before courses to {best[5]:.1f} after."
        )
    aims = satisfaction.table("satisfaction").rows[0]
    if aims[1] >= SMALL_NUMBER:
        lines.append(
            f"{_percent(aims[4])} were fully satisfied that courses met their aims "
            f"({_percent(aims[2])} 4s and {_percent(aims[3])} 3s, {aims[1]:,} responses)."
        )
    coverage = overview.table("rates").rows[3][1]
    registered = overview.table("overview").rows[0][1]
    if coverage is not None and registered >= SMALL_NUMBER:
        lines.append(f"{_percent(coverage)} of {registered:,} registered learners hold a valid certificate.")
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
            Section("Knowledge gaps", gaps.tables),
            Section("Confidence before and after", confidence.tables),
            Section("Course evaluation", satisfaction.tables),
            Section("Training-needs survey", survey.tables),
            Section("Completions", funnel.tables),
            Section("Coverage", overview.tables),
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
                (section.heading, [(table, table.export_rows()) for table in section.tables])
                for section in analysis.sections
            ],
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
    for section in analysis.sections:
        for table in section.tables:
            add_sheet(workbook, table)
    appendix = workbook.create_sheet("Free text")
    appendix.append(["Source", "Course", "Month", "Answer"])
    for row in analysis.evaluation_text:
        appendix.append(
            ["Course evaluation", csv_safe(row["course_title"]), f"{row['after_at']:%Y-%m}", csv_safe(row["action"])]
        )
    for row in analysis.survey_text:
        appendix.append(["Training-needs survey", "", f"{row['after_at']:%Y-%m}", csv_safe(row["action"])])
    return workbook_bytes(workbook)
