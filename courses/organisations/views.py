"""The training tab of "My organisation", the licensing authority's driver pages, and the public
register of trained venues. Outsiders get the same 404 as for an organisation that does not exist."""

import csv
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.log_actions import log

from elearning.people.models import Membership, MembershipRole, Organisation, OrganisationKind, OrganisationStatus

from ..errors import CourseError
from ..models import TrainingSettings
from . import exports
from .forms import BadgeCheckForm, DriverSearchForm, RegisterListingForm, ReminderForm, TrainingFilterForm
from .selectors import (
    PAGE_SIZE,
    REGISTER_KINDS,
    TrainingStatus,
    badge_check,
    driver_courses,
    driver_rows,
    licensed_drivers,
    member_training_queryset,
    member_training_rows,
    organisation_coverages,
    required_courses_for,
    trained_venues,
)
from .services import organisation_register_listing_set, training_reminder_send


def _get_organisation_for_manager(request, organisation_id: int, *, kind: str | None = None) -> Organisation:
    """The approved organisation the user manages, or a 404 whatever the reason."""
    managed = Membership.objects.filter(user=request.user, role=MembershipRole.MANAGER).values("organisation_id")
    queryset = Organisation.objects.filter(pk=organisation_id, status=OrganisationStatus.APPROVED, pk__in=managed)
    if kind is not None:
        queryset = queryset.filter(kind=kind)
    organisation = queryset.select_related("district").first()
    if organisation is None:
        raise Http404("No such organisation")
    return organisation


def _filtered(request, organisation):
    courses = required_courses_for(organisation.kind)
    form = TrainingFilterForm(request.GET or None, courses=courses)
    return courses, form, form.filters() if request.GET else {"search": "", "status": "", "course": None}


@login_required
@require_GET
def organisation_training(request, organisation_id: int):
    organisation = _get_organisation_for_manager(request, organisation_id)
    courses, form, filters = _filtered(request, organisation)
    page, rows = member_training_rows(organisation, courses=courses, page=request.GET.get("page"), **filters)
    query = request.GET.copy()
    query.pop("page", None)
    threshold = TrainingSettings.for_request(request).register_threshold_percent
    return render(
        request,
        "courses/organisation/training.html",
        {
            "organisation": organisation,
            "courses": courses,
            "coverages": organisation_coverages(organisation=organisation, courses=courses),
            "form": form,
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
            "filtered": any(filters.values()),
            "statuses": TrainingStatus.choices,
            "can_list": organisation.kind in REGISTER_KINDS,
            "threshold": threshold,
        },
    )


@login_required
@require_POST
def organisation_training_remind(request, organisation_id: int):
    organisation = _get_organisation_for_manager(request, organisation_id)
    form = ReminderForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a member to remind.")
        return redirect("courses:organisation_training", organisation_id=organisation.pk)
    member = None
    if member_id := form.cleaned_data["member"]:
        membership = Membership.objects.filter(organisation=organisation, user_id=member_id).select_related("user")
        membership = membership.first()
        if membership is None:
            raise Http404("No such member")
        member = membership.user
    try:
        sent = training_reminder_send(organisation=organisation, sender=request.user, member=member)
    except CourseError as error:
        messages.error(request, error.message)
    else:
        if member is not None:
            messages.success(request, f"Reminder sent to {member.full_name or member.email}.")
        else:
            messages.success(request, f"Reminder sent to {sent} member{'s' if sent != 1 else ''} who are overdue.")
    return redirect("courses:organisation_training", organisation_id=organisation.pk)


@login_required
@require_POST
def organisation_register_listing(request, organisation_id: int):
    organisation = _get_organisation_for_manager(request, organisation_id)
    form = RegisterListingForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether to be listed on the register of trained venues.")
    else:
        try:
            organisation_register_listing_set(
                organisation=organisation, user=request.user, listed=form.cleaned_data["listed"]
            )
        except CourseError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                "You opted in to the register of trained venues."
                if form.cleaned_data["listed"]
                else "You are no longer listed on the register of trained venues.",
            )
    return redirect("courses:organisation_training", organisation_id=organisation.pk)


def _export_name(organisation, extension: str) -> str:
    return f"training-{slugify(organisation.name)[:50] or organisation.pk}-{timezone.localdate():%Y-%m-%d}.{extension}"


def _export_rows(request, organisation):
    courses, _form, filters = _filtered(request, organisation)
    queryset = member_training_queryset(organisation, courses=courses, **filters)
    log(
        instance=organisation, action="courses.training.export", user=request.user, data={"filters": request.GET.dict()}
    )
    return courses, queryset


@login_required
@require_GET
def organisation_training_csv(request, organisation_id: int):
    organisation = _get_organisation_for_manager(request, organisation_id)
    courses, queryset = _export_rows(request, organisation)
    rows = exports.training_records(queryset, courses)
    response = StreamingHttpResponse(
        exports.csv_lines(_with_header(exports.header(courses), rows)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_name(organisation, "csv")}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def organisation_training_xlsx(request, organisation_id: int):
    organisation = _get_organisation_for_manager(request, organisation_id)
    courses, queryset = _export_rows(request, organisation)
    rows = exports.training_records(queryset, courses)
    handle = exports.xlsx_file(_with_header(exports.header(courses), rows), title="Training")
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=_export_name(organisation, "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _with_header(header, rows):
    yield header
    yield from rows


# Licensing authorities


@login_required
@require_GET
def organisation_drivers(request, organisation_id: int):
    authority = _get_organisation_for_manager(request, organisation_id, kind=OrganisationKind.LICENSING_AUTHORITY)
    courses = driver_courses()
    form = DriverSearchForm(request.GET or None)
    search = form.cleaned_data["q"] if form.is_valid() else ""
    page = Paginator(licensed_drivers(authority, courses=courses, search=search), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "courses/organisation/drivers.html",
        {
            "organisation": authority,
            "courses": courses,
            "form": form,
            "page": page,
            "rows": driver_rows(page.object_list, courses),
            "search": search,
            "query": urlencode({"q": search}) if search else "",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_badge_check(request, organisation_id: int):
    authority = _get_organisation_for_manager(request, organisation_id, kind=OrganisationKind.LICENSING_AUTHORITY)
    courses = driver_courses()
    # An empty POST (nothing pasted, no file) is still a submission to explain, not a blank form.
    form = BadgeCheckForm(request.POST, request.FILES) if request.method == "POST" else BadgeCheckForm()
    results = None
    if request.method == "POST" and form.is_valid():
        results = badge_check(authority, form.cleaned_data["badge_numbers"], courses=courses)
        log(instance=authority, action="courses.training.badge_check", user=request.user, data={"count": len(results)})
        if "download" in request.POST:
            return _badge_csv(authority, courses, results)
    return render(
        request,
        "courses/organisation/badge_check.html",
        {"organisation": authority, "courses": courses, "form": form, "results": results},
    )


def _badge_csv(authority, courses, results) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="badge-check-{timezone.localdate():%Y-%m-%d}.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    columns = ["Badge number as given", "Outcome", "Name"]
    for course in courses:
        columns += [f"{course.title}: status", f"{course.title}: certificate expires"]
    writer.writerow(columns)
    for result in results:
        row = [result.typed, result.outcome, result.driver.user.full_name if result.driver else ""]
        for cell in result.driver.cells if result.driver else []:
            expiry = cell.expires_on or cell.expired_on
            row += [cell.label, expiry.isoformat() if expiry else ""]
        writer.writerow([exports.spreadsheet_safe(value) for value in row])
    return response


# The public register of trained venues


@require_GET
def trained_venues_register(request):
    threshold = TrainingSettings.for_request(request).register_threshold_percent
    form = DriverSearchForm(request.GET or None)
    form.fields["q"].label = "Search by venue name or district"
    search = form.cleaned_data["q"] if form.is_valid() else ""
    page, entries = trained_venues(threshold_percent=threshold, search=search, page=request.GET.get("page"))
    return render(
        request,
        "courses/trained_venues.html",
        {
            "form": form,
            "page": page,
            "entries": entries,
            "search": search,
            "threshold": threshold,
            "query": urlencode({"q": search}) if search else "",
        },
    )
