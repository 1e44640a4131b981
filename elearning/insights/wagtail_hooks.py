from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .models import AnalystScope, Survey
from .selectors import DASHBOARDS


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view_insights(request.user)


@hooks.register("register_admin_urls")
def register_insights_urls():
    return [
        path("insights/report/", admin_views.report_view, name="insights_report"),
        path("insights/report/download.<str:fmt>", admin_views.report_download_view, name="insights_report_download"),
        path("insights/<slug:key>/", admin_views.dashboard_view, name="insights_dashboard"),
        path(
            "insights/<slug:key>/export/<slug:table>.<str:fmt>",
            admin_views.export_view,
            name="insights_export",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_insights_menu():
    items = [
        InsightsMenuItem(
            label, reverse("insights_dashboard", args=[key]), name=f"insights-{key}", icon_name="table", order=n
        )
        for n, (key, (label, _)) in enumerate(DASHBOARDS.items())
    ]
    items.append(
        InsightsMenuItem(
            "Training-needs analysis",
            reverse("insights_report"),
            name="insights-report",
            icon_name="doc-full",
            order=90,
        )
    )
    # Other parts of insights (the surveys) may add their items with the register_insights_menu_item hook.
    return SubmenuMenuItem(
        "Insights",
        Menu(register_hook_name="register_insights_menu_item", items=items),
        icon_name="table",
        name="insights",
        order=300,
    )


class AnalystScopeViewSet(ModelViewSet):
    """Superusers limit an analyst to partnerships (nobody else has the model's permissions)."""

    model = AnalystScope
    icon = "lock"
    menu_label = "Analyst scopes"
    add_to_settings_menu = True
    name = "analyst_scopes"
    form_fields = ["user", "partnerships"]
    list_display = ["user", "__str__"]


@hooks.register("register_admin_viewset")
def register_analyst_scope_viewset():
    return AnalystScopeViewSet()


@hooks.register("register_log_actions")
def register_insights_log_actions(actions):
    actions.register_action("insights.export", "Export insights", "Insights table exported")
    actions.register_action("insights.report", "Download training-needs analysis", "Training-needs analysis downloaded")


class SurveyViewSet(ModelViewSet):
    """Training-needs surveys, edited by the Workforce analysts group (Django model permissions on
    Survey; its options are edited inline). Listed under Insights."""

    model = Survey
    icon = "list-ul"
    menu_label = "Surveys"
    menu_hook = "register_insights_menu_item"
    menu_order = 80
    name = "surveys"
    list_display = ["title", "slug", "opens_on", "closes_on", "live"]
    list_filter = ["live"]
    search_fields = ["title"]
    ordering = ["-opens_on", "title"]
    search_backend_name = None
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_survey_viewset():
    return SurveyViewSet()
