"""The school's side of the quality mark (its managers only; everybody else gets the same 404 as
for a school that does not exist), the evidence download, and the public pages."""

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.log_actions import log

from courses.certificate_pdf import CertificateRenderError

from . import selectors, services
from .certificate_pdf import award_certificate_pdf
from .errors import IncompleteApplication, QualityMarkError
from .evidence import safe_display_name
from .forms import EvidenceForm, RegisterSearchForm, SectionForm
from .models import ApplicationStatus, Standard

S = ApplicationStatus


def _school_application(request, organisation_id, application_id):
    organisation = selectors.school_for_manager(request.user, organisation_id)
    return organisation, selectors.application_for_school(organisation, application_id)


def _to_application(application):
    return redirect("quality_mark:application", application.organisation_id, application.pk)


def _to_section(section):
    application = section.application
    return redirect("quality_mark:section", application.organisation_id, application.pk, section.pk)


@login_required
@require_GET
def school(request, organisation_id):
    """The school's quality mark tab: status, current award, start or renew, and the history."""
    organisation = selectors.school_for_manager(request.user, organisation_id)
    today = timezone.localdate()
    applications = list(selectors.applications_for_organisation(organisation))
    open_application = next((a for a in applications if a.is_open), None)
    return render(
        request,
        "quality_mark/school.html",
        {
            "organisation": organisation,
            "applications": applications,
            "open_application": open_application,
            "current_award": selectors.current_award(organisation, today=today),
            "latest_award": selectors.latest_award(organisation),
            "has_standards": selectors.standards_live().exists(),
        },
    )


@login_required
@require_POST
def start(request, organisation_id):
    organisation = selectors.school_for_manager(request.user, organisation_id)
    try:
        application = services.application_start(organisation=organisation, user=request.user)
    except QualityMarkError as error:
        messages.error(request, error.message)
        if existing := selectors.open_application(organisation):
            return _to_application(existing)  # a double click lands on the application it made
        return redirect("quality_mark:school", organisation.pk)
    messages.success(
        request,
        "Your renewal has started, pre-filled from your last application."
        if application.is_renewal
        else "Your application has started. Work through each standard; you can save and come back.",
    )
    return _to_application(application)


def _section_rows(sections):
    rows = []
    for section in sections:
        missing = selectors.section_missing(section)
        started = bool(section.self_level or section.commentary.strip() or section.evidence.all())
        rows.append({"section": section, "missing": missing, "complete": not missing, "started": started})
    return rows


@login_required
@require_GET
def application(request, organisation_id, application_id):
    """The task list: one task per standard, then check and submit."""
    organisation, application = _school_application(request, organisation_id, application_id)
    sections = selectors.sections_of(application)
    rows = _section_rows(sections)
    return render(
        request,
        "quality_mark/application.html",
        {
            "organisation": organisation,
            "application": application,
            "rows": rows,
            "completed": sum(1 for row in rows if row["complete"]),
            "award": getattr(application, "award", None) if application.status in (S.AWARDED, S.EXPIRED) else None,
            "show_assessment": application.status in (S.MORE_INFORMATION, S.AWARDED, S.NOT_AWARDED, S.EXPIRED),
        },
    )


def _section_page(request, organisation, application, section, *, form=None, evidence_form=None, status=200):
    standard = section.standard
    figure = None
    if standard.is_measured:
        figure = selectors.measured_figure(standard=standard, organisation=organisation)
    if form is None:
        form = SectionForm(
            initial={"self_level": section.self_level, "commentary": section.commentary, "status": application.status},
            measured=standard.is_measured,
        )
    return render(
        request,
        "quality_mark/section.html",
        {
            "organisation": organisation,
            "application": application,
            "section": section,
            "standard": standard,
            "form": form,
            "evidence_form": evidence_form or EvidenceForm(),
            "figure": figure,
            "snapshot": selectors.snapshot_figure(section) if standard.is_measured else None,
            "missing": selectors.section_missing(section),
            "show_assessment": application.status in (S.MORE_INFORMATION, S.AWARDED, S.NOT_AWARDED, S.EXPIRED),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def section(request, organisation_id, application_id, section_id):
    organisation, application = _school_application(request, organisation_id, application_id)
    section = selectors.section_for_application(application, section_id)
    if request.method == "GET":
        return _section_page(request, organisation, application, section)
    form = SectionForm(request.POST, measured=section.standard.is_measured)
    if not form.is_valid():
        return _section_page(request, organisation, application, section, form=form, status=400)
    try:
        services.section_save(
            section=section,
            user=request.user,
            self_level=form.cleaned_data.get("self_level"),
            commentary=form.cleaned_data["commentary"],
        )
    except QualityMarkError as error:
        # A stale form (the application was submitted in another tab): say so, change nothing.
        messages.error(request, error.message)
        return _to_application(application)
    messages.success(request, f"Saved: {section.standard_title}.")
    if "save_and_return" in request.POST:
        return _to_application(application)
    return _to_section(section)


@login_required
@require_POST
def evidence_upload(request, organisation_id, application_id, section_id):
    organisation, application = _school_application(request, organisation_id, application_id)
    section = selectors.section_for_application(application, section_id)
    form = EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            evidence = services.evidence_add(
                section=section, user=request.user, uploaded_file=form.cleaned_data["file"]
            )
        except QualityMarkError as error:
            form.add_error("file", error.message)
        else:
            messages.success(request, f"Uploaded {evidence.original_name}.")
            return _to_section(section)
    section = selectors.section_for_application(application, section_id)
    return _section_page(request, organisation, application, section, evidence_form=form, status=400)


@login_required
@require_POST
def evidence_remove(request, organisation_id, application_id, section_id, evidence_id):
    _organisation, application = _school_application(request, organisation_id, application_id)
    section = selectors.section_for_application(application, section_id)
    evidence = next((item for item in section.evidence.all() if item.pk == evidence_id), None)
    if evidence is None:
        messages.info(request, "That file has already been removed.")
        return _to_section(section)
    evidence.section = section
    try:
        services.evidence_remove(evidence=evidence, user=request.user)
    except QualityMarkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"Removed {evidence.original_name}.")
    return _to_section(section)


@login_required
@require_GET
def check(request, organisation_id, application_id):
    """Check your answers: everything the school wrote, what is missing (with links), and submit."""
    organisation, application = _school_application(request, organisation_id, application_id)
    sections = selectors.sections_of(application)
    rows = _section_rows(sections)
    for row in rows:
        if row["section"].standard.is_measured:
            row["figure"] = selectors.measured_figure(standard=row["section"].standard, organisation=organisation)
    return render(
        request,
        "quality_mark/check.html",
        {
            "organisation": organisation,
            "application": application,
            "rows": rows,
            "missing": selectors.application_missing(application, sections),
        },
    )


@login_required
@require_POST
def submit(request, organisation_id, application_id):
    organisation, application = _school_application(request, organisation_id, application_id)
    try:
        services.application_submit(application=application, user=request.user)
    except IncompleteApplication:
        messages.error(request, "The application is not complete yet. Finish the parts listed below, then submit.")
        return redirect("quality_mark:check", organisation.pk, application.pk)
    except QualityMarkError as error:
        messages.info(request, error.message)  # a double submit: it has already gone
        return _to_application(application)
    messages.success(
        request,
        "Your application has been resubmitted. The assessor will look at it again."
        if application.status == S.RESUBMITTED
        else "Your application has been submitted. An assessor will review it; we will email you.",
    )
    return _to_application(application)


@login_required
@require_GET
def history(request, organisation_id, application_id):
    organisation, application = _school_application(request, organisation_id, application_id)
    return render(
        request,
        "quality_mark/history.html",
        {
            "organisation": organisation,
            "application": application,
            "events": selectors.events_for_school(application),
        },
    )


@login_required
@require_GET
def award_certificate(request, organisation_id, award_id):
    organisation = selectors.school_for_manager(request.user, organisation_id)
    award = selectors.award_for_manager(request.user, organisation, award_id)
    verify_url = request.build_absolute_uri(reverse("courses:verify_code", args=[award.display_code]))
    try:
        pdf = award_certificate_pdf(award=award, verify_url=verify_url)
    except CertificateRenderError as error:
        messages.error(request, str(error))
        return redirect("quality_mark:school", organisation.pk)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"quality-mark-{slugify(organisation.name)[:60]}-{award.display_code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def evidence_download(request, evidence_id):
    """For the school's managers, the assigned assessor and superusers; a 404 for everyone else,
    the same as for a file that does not exist. Always an attachment, never rendered inline."""
    evidence = selectors.evidence_for_download(request.user, evidence_id)
    try:
        handle = evidence.file.open("rb")
        data = handle.read()
        handle.close()
    except (FileNotFoundError, OSError) as error:
        raise Http404("No such file") from error
    # Safeguarding evidence: every download is in the audit trail (who, when, which file).
    log(
        instance=evidence.section.application,
        action="quality_mark.application.evidence_download",
        user=request.user,
        data={"evidence": evidence.pk, "section": evidence.section.standard_title, "sha256": evidence.sha256},
    )
    response = HttpResponse(data, content_type=evidence.content_type)
    name = safe_display_name(evidence.original_name)
    ascii_name = name.encode("ascii", "ignore").decode() or "evidence"
    response["Content-Disposition"] = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# Public pages


@require_GET
def about(request):
    return render(
        request,
        "quality_mark/about.html",
        {"standards": Standard.objects.filter(live=True).order_by("sort_order", "title")},
    )


@require_GET
def register(request):
    form = RegisterSearchForm(request.GET or None)
    search = form.cleaned_data["q"] if form.is_valid() else ""
    page = Paginator(selectors.register_queryset(search=search), selectors.REGISTER_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "quality_mark/register.html",
        {"form": form, "search": search, "page": page, "query": query.urlencode()},
    )
