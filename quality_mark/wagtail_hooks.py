"""The quality mark in the Wagtail admin: one "Quality mark" menu with the assessors' queue of
applications, the standards (snippets with revisions) and the award settings, plus the audit log
actions the services write."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.contrib.settings.registry import SettingMenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from elearning.admin_forms import GuardedSnippetChooserViewSet

from .admin_views import ReviewPermissionPolicy, review_viewset
from .models import Application, QualityMarkSettings, Standard
from .selectors import standard_application_count


def standard_in_use_message(standard: Standard, count: int) -> str:
    applications = "1 application answers" if count == 1 else f"{count:,} applications answer"
    return (
        f"“{standard.title}” cannot be deleted: {applications} it, and they must keep it. "
        "To leave it out of new applications, untick “Live” and save instead."
    )


class StandardPermissionPolicy(ModelPermissionPolicy):
    """The usual model permissions, except that nobody may delete a standard an application uses:
    bulk delete then lists it as one the user cannot delete, instead of failing on the database's
    protection (a 500)."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and standard_application_count(instance):
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)


class StandardDeleteView(DeleteView):
    """Deleting a standard that applications use is refused with a message saying why and what to
    do instead (retire it); an unused one (made by mistake) deletes as usual."""

    @cached_property
    def applications_using(self) -> int:
        return standard_application_count(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.applications_using:
            context["is_protected"] = True  # the generic template then shows no delete button
            context["in_use_message"] = standard_in_use_message(self.object, self.applications_using)
        return context

    def _refuse(self, count: int):
        messages.error(self.request, standard_in_use_message(self.object, count))
        return redirect(self.edit_url_name, quote(self.object.pk))  # where "Live" is

    def run_before_hook(self):
        # Before the before_delete_snippet hooks, whose generic refusal (elearning/admin_delete.py)
        # would otherwise answer first, without saying what to do instead.
        if self.request.method == "POST" and self.applications_using:
            return self._refuse(self.applications_using)
        return super().run_before_hook()

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:  # an application started between the check and the delete
            return self._refuse(standard_application_count(self.object))


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
    delete_view_class = StandardDeleteView
    delete_template_name = "quality_mark/admin/standard_confirm_delete.html"


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
register_permission_policy(Standard, StandardPermissionPolicy(Standard))
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
