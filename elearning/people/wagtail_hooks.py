from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Partnership


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
