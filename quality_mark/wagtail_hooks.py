"""The quality mark in the Wagtail admin: one "Quality mark" menu with the assessors' queue of
applications, the standards (snippets with revisions) and the award settings, plus the audit log
actions the services write."""

from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.contrib.settings.registry import SettingMenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from elearning.admin_forms import GuardedSnippetChooserViewSet

from .admin_views import ReviewPermissionPolicy, review_viewset
from .models import Application, QualityMarkSettings, Standard


class StandardViewSet(SnippetViewSet):
    model = Standard
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "list-ol"
    menu_label = "Standards"
    list_display = [
        "title",
        Column(
            "benchmark_level", label="Benchmark", accessor="get_benchmark_level_display", sort_key="benchmark_level"
        ),
        BooleanColumn("is_measured", label="Measured by the platform"),
        BooleanColumn("live", label="Live", sort_key="live"),
    ]
    list_filter = ["live", "measure"]
    search_fields = ["title"]
    ordering = ["sort_order", "title"]
    menu_item_is_registered = True  # listed under "Quality mark", so not under "Snippets" as well


class QualityMarkGroup(ViewSetGroup):
    """The review queue (assessors only), the standards and the award settings. Each item shows
    only to people allowed to use it, and the menu only if one of them is."""

    menu_label = "Quality mark"
    menu_icon = "tick-inverse"
    menu_order = 260
    items = (review_viewset, StandardViewSet)

    def get_submenu_items(self):
        items = super().get_submenu_items()
        items.append(SettingMenuItem(QualityMarkSettings, icon="cog", order=len(items) + 1))
        return items


register_permission_policy(Application, ReviewPermissionPolicy(Application))
# register_snippet registers every viewset in the group (the queue too) and the menu.
register_snippet(QualityMarkGroup)


@hooks.register("construct_settings_menu")
def hide_quality_mark_settings_from_settings_menu(request, menu_items):
    # register_setting puts the award settings in the Settings menu too; they live in "Quality mark".
    menu_items[:] = [
        item for item in menu_items if not (isinstance(item, SettingMenuItem) and item.model is QualityMarkSettings)
    ]


APPLICATION_ACTIONS = {
    "start": ("Start quality mark application", "Quality mark application started"),
    "evidence_add": ("Add quality mark evidence", "Quality mark evidence added"),
    "evidence_remove": ("Remove quality mark evidence", "Quality mark evidence removed"),
    "evidence_download": ("Download quality mark evidence", "Quality mark evidence downloaded"),
    "submit": ("Submit quality mark application", "Quality mark application submitted"),
    "resubmit": ("Resubmit quality mark application", "Quality mark application resubmitted"),
    "assign": ("Assign quality mark assessor", "Quality mark assessor assigned"),
    "review_start": ("Start quality mark review", "Quality mark review started"),
    "assess": ("Assess quality mark standard", "Quality mark standard assessed"),
    "request_information": ("Request more information", "More information requested"),
    "award": ("Award quality mark", "Quality mark awarded"),
    "not_award": ("Not yet award quality mark", "Quality mark not yet awarded"),
    "expire": ("Expire quality mark", "Quality mark expired"),
}
AWARD_ACTIONS = {
    "reminder": ("Send quality mark reminder", "Quality mark expiry reminder sent"),
    "revoke": ("Revoke quality mark", "Quality mark revoked"),
}


@hooks.register("register_log_actions")
def register_quality_mark_log_actions(actions):
    for action, (label, message) in APPLICATION_ACTIONS.items():
        actions.register_action(f"quality_mark.application.{action}", label, message)
    for action, (label, message) in AWARD_ACTIONS.items():
        actions.register_action(f"quality_mark.award.{action}", label, message)
