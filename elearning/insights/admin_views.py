"""Insights in the Wagtail admin: the dashboards, their exports, and the training-needs analysis
report. Only for users with insights.view_insights (the Workforce analysts group) and superusers;
Wagtail's admin URLs already send anyone without admin access to the sign-in page."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.log_actions import log

from . import exports, report
from .filters import Filters, InsightsFilterForm, scope_partnership_ids
from .rollups import rollups_refreshed_at
from .selectors import DASHBOARDS

PERMISSION = "insights.view_insights"
FILTER_FIELDS = list(InsightsFilterForm.base_fields)


def can_view_insights(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


def insights_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_view_insights(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _filter_form(request) -> InsightsFilterForm:
    data = request.GET if any(request.GET.get(name) for name in FILTER_FIELDS) else None
    return InsightsFilterForm(data, user=request.user)


def _filters(form: InsightsFilterForm, request) -> Filters | None:
    """The filters, or None when the form has errors. An unbound form means no filters, but always
    the analyst's scope."""
    if not form.is_bound:
        scope = scope_partnership_ids(request.user)
        return Filters(scope=tuple(scope) if scope is not None else None)
    return form.filters() if form.is_valid() else None


def _query(request) -> str:
    return urlencode([(name, request.GET[name]) for name in FILTER_FIELDS if request.GET.get(name)])


def _render(request, key, form, dashboard, *, status=200):
    title, _ = DASHBOARDS[key]
    return TemplateResponse(
        request,
        "insights/dashboard.html",
        {
            "key": key,
            "page_title": title,
            "dashboards": [(name, label) for name, (label, _) in DASHBOARDS.items()],
            "form": form,
            "dashboard": dashboard,
            "query": _query(request),
            "as_of": rollups_refreshed_at(),
        },
        status=status,
    )


@require_GET
@insights_required
def dashboard_view(request, key):
    if key not in DASHBOARDS:
        raise Http404
    form = _filter_form(request)
    filters = _filters(form, request)
    dashboard = DASHBOARDS[key][1](filters) if filters is not None else None
    return _render(request, key, form, dashboard, status=200 if filters is not None else 400)


@require_GET
@insights_required
def export_view(request, key, table, fmt):
    if key not in DASHBOARDS or fmt not in exports.FORMATS:
        raise Http404
    form = _filter_form(request)
    filters = _filters(form, request)
    if filters is None:
        return _render(request, key, form, None, status=400)
    dashboard = DASHBOARDS[key][1](filters)
    found = dashboard.table(table)
    if found is None:
        raise Http404
    log(
        instance=request.user,
        action="insights.export",
        user=request.user,
        title=f"Insights export ({key}, {table}, {fmt})",
        data={"dashboard": key, "table": table, "format": fmt, "filters": dict(filters.describe())},
    )
    return exports.table_response(found, fmt=fmt, filename=f"insights-{key}-{table}-{timezone.localdate():%Y-%m-%d}")


@require_GET
@insights_required
def report_view(request):
    form = _filter_form(request)
    return TemplateResponse(
        request,
        "insights/report.html",
        {
            "page_title": "Training-needs analysis",
            "dashboards": [(name, label) for name, (label, _) in DASHBOARDS.items()],
            "form": form,
            "query": _query(request),
            "valid": form.is_bound and form.is_valid(),
            "as_of": rollups_refreshed_at(),
        },
    )


@require_GET
@insights_required
def report_download_view(request, fmt):
    if fmt not in report.FORMATS:
        raise Http404
    form = _filter_form(request)
    filters = _filters(form, request)
    if filters is None:
        return TemplateResponse(
            request,
            "insights/report.html",
            {
                "page_title": "Training-needs analysis",
                "dashboards": [(name, label) for name, (label, _) in DASHBOARDS.items()],
                "form": form,
                "query": "",
                "valid": False,
                "as_of": rollups_refreshed_at(),
            },
            status=400,
        )
    analysis = report.training_needs_analysis(filters, as_of=rollups_refreshed_at())
    log(
        instance=request.user,
        action="insights.report",
        user=request.user,
        title=f"Training-needs analysis ({fmt})",
        data={"format": fmt, "filters": dict(filters.describe())},
    )
    content, content_type = report.render(analysis, fmt=fmt)
    response = HttpResponse(content, content_type=content_type)
    filename = f"training-needs-analysis-{timezone.localdate():%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
