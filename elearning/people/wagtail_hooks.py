from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Partnership
from .organisations.admin import organisation_viewset
from .organisations.services import APPROVE_ACTION, REJECT_ACTION
from .privacy_audit import register_people_audit_actions


class PartnershipViewSet(SnippetViewSet):
    model = Partnership
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


class DistrictViewSet(SnippetViewSet):
    model = District
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
