from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from elearning.admin_delete import refuse_protected_delete
from elearning.admin_forms import GuardedSnippetChooserViewSet

from .models import District, Partnership, User
from .organisations.admin import organisation_viewset
from .organisations.services import APPROVE_ACTION, REJECT_ACTION
from .privacy_audit import register_people_audit_actions
from .staff_groups import log_groups_after, note_groups_before


class PartnershipViewSet(SnippetViewSet):
    model = Partnership
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


class DistrictViewSet(SnippetViewSet):
    model = District
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "site"
    list_display = ["name", "partnership", "police_campaign_name", "childrens_social_care_phone"]
    list_filter = ["partnership"]
    search_fields = ["name"]


class PlacesGroup(SnippetViewSetGroup):
    menu_label = "Districts"
    menu_icon = "site"
    menu_order = 300
    items = (DistrictViewSet, PartnershipViewSet)


register_snippet(PlacesGroup)


@hooks.register("register_admin_viewset")
def register_organisation_viewset():
    return organisation_viewset


@hooks.register("register_log_actions")
def register_organisation_log_actions(actions):
    actions.register_action(APPROVE_ACTION, "Approve organisation", "Organisation approved")
    actions.register_action(REJECT_ACTION, "Reject organisation", "Organisation rejected")
    register_people_audit_actions(actions)


# Staff group changes, for the audit trail (staff_groups.py). Each returns None: the view goes on.
@hooks.register("before_edit_user")
def note_groups_before_edit(request, user):
    note_groups_before(request, [user])


@hooks.register("after_edit_user")
def log_groups_after_edit(request, user):
    log_groups_after(request, [user])


@hooks.register("after_create_user")
def log_groups_after_create(request, user):
    log_groups_after(request, [user])


@hooks.register("before_bulk_action")
def note_groups_before_assign_role(request, action_type, objects, action_class_instance):
    if action_type == "assign_role" and objects and isinstance(objects[0], User):
        note_groups_before(request, objects)


@hooks.register("after_bulk_action")
def log_groups_after_assign_role(request, action_type, objects, action_class_instance):
    if action_type == "assign_role" and objects and isinstance(objects[0], User):
        log_groups_after(request, objects)


# Every app's snippets, pages and users: a delete that other records still need is refused with a
# message (elearning/admin_delete.py). Registered here, as the project's apps have no hooks module.
hooks.register("before_delete_snippet", refuse_protected_delete)
hooks.register("before_delete_page", refuse_protected_delete)
hooks.register("before_delete_user", refuse_protected_delete)
