"""The Organisations area of the Wagtail admin: staff list, search, filter and edit every
organisation, and approve or reject registrations. Decisions go through organisation_decide,
so they are checked and logged; the edit form leaves status alone."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from elearning.admin_delete import ProtectedDeleteView

from ..models import Organisation
from .errors import OrganisationError
from .services import organisation_decide


class OrganisationIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                MenuItem(
                    "Approve or reject",
                    url=reverse(self.viewset_decide_url_name, args=[instance.pk]),
                    icon_name="tick",
                    priority=15,
                )
            )
        return buttons


class OrganisationDecideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "people/admin/organisation_decide.html"
    page_title = "Approve or reject"
    viewset = None

    def dispatch(self, request, *args, **kwargs):
        if not self.viewset.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.organisation = get_object_or_404(Organisation, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.organisation.name

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.organisation, **kwargs)

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        if decision not in {"approve", "reject"}:
            messages.error(request, "Choose approve or reject.")
            return redirect(request.path)
        try:
            organisation_decide(organisation=self.organisation, decided_by=request.user, approve=decision == "approve")
        except OrganisationError as error:
            messages.error(request, error.message)
        else:
            verb = "approved" if decision == "approve" else "rejected"
            messages.success(request, f"{self.organisation.name} has been {verb}.")
        return redirect(self.viewset.get_url_name("index"))


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = OrganisationIndexView
    delete_view_class = ProtectedDeleteView
    list_display = ["name", "kind", "district", "postcode", "urn", "status", "declared_headcount", "created_at"]
    list_filter = ["kind", "status", "district"]
    search_fields = ["name", "postcode", "urn"]
    search_backend_name = None  # plain database search: results at once, no index to keep
    form_fields = [
        "kind",
        "name",
        "district",
        "address",
        "postcode",
        "urn",
        "premises_licence_number",
        "declared_headcount",
        "on_public_register",
        "join_code_enabled",
    ]
    inspect_view_enabled = True

    def decide_view(self, request, pk):
        return OrganisationDecideView.as_view(viewset=self)(request, pk=pk)

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("decide/<int:pk>/", self.decide_view, name="decide")]


OrganisationIndexView.viewset_decide_url_name = "organisations_admin:decide"
organisation_viewset = OrganisationViewSet("organisations_admin")
