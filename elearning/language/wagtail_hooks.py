from django.contrib.auth import get_user_model
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from elearning.admin_forms import GuardedSnippetChooserViewSet

from .forms import CONFIRMED_ATTRIBUTE
from .models import LanguageConfirmation, LanguageRule
from .services import language_confirmation_record

WRITE_ACTIONS = frozenset({"add", "change", "delete", "publish", "lock", "unlock"})


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The audit trail is written by the guard only: in the admin it can be read, never edited."""

    def user_has_permission(self, user, action):
        return action not in WRITE_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in WRITE_ACTIONS]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(LanguageConfirmation, ReadOnlyPermissionPolicy(LanguageConfirmation))


class LanguageRuleViewSet(SnippetViewSet):
    model = LanguageRule
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "warning"
    menu_label = "Phrases to avoid"
    list_display = ["phrase", "suggestion", BooleanColumn("active")]
    list_filter = ["active"]
    search_fields = ["phrase"]
    list_per_page = 50


class LanguageConfirmationViewSet(SnippetViewSet):
    model = LanguageConfirmation
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "history"
    menu_label = "Kept wording"
    list_display = ["object_repr", "phrases", "user", "confirmed_at"]
    list_filter = ["content_type"]
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50


class LanguageGroup(SnippetViewSetGroup):
    menu_label = "Language"
    menu_icon = "warning"
    menu_order = 250
    items = (LanguageRuleViewSet, LanguageConfirmationViewSet)


register_snippet(LanguageGroup)


def _record_confirmation(request, instance):
    """Record what the editor kept once the admin has saved the content (so it has an id), and
    only then: a preview validates and builds the same form but never reaches these hooks."""
    matches = instance.__dict__.pop(CONFIRMED_ATTRIBUTE, None)
    if matches and instance.pk is not None:
        language_confirmation_record(user=request.user, instance=instance, matches=matches)


# Publishing an edited page reloads the page before "after_edit_page", so the page the form saved
# is seen only by "before_publish_page"; whichever hook sees the confirmation first records it.
for hook_name in (
    "before_publish_page",
    "after_create_page",
    "after_edit_page",
    "after_create_snippet",
    "after_edit_snippet",
):
    hooks.register(hook_name, _record_confirmation)
