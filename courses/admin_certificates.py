"""Certificates in the Wagtail admin: search, filter, export and revoke. Never created or edited
here: the platform issues them."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import FormView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from .codes import code_normalise
from .errors import CourseError
from .models import Certificate, CertificateStatus, CoursePage
from .services import certificate_revoke


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Staff may view and (with the revoke permission) revoke certificates; nobody adds, edits,
    copies or deletes one, not even a superuser."""

    READ_ONLY_REFUSED = {"add", "change", "delete", "copy"}

    def user_has_permission(self, user, action):
        if action in self.READ_ONLY_REFUSED:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=CertificateStatus.choices, method="filter_status", label="Status")
    course = django_filters.ModelChoiceFilter(queryset=CoursePage.objects.all().order_by("title"), label="Course")
    issued_on = django_filters.DateFromToRangeFilter(label="Issued", widget=DateRangePickerWidget)

    class Meta:
        model = Certificate
        fields = ["status", "course", "issued_on"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value)


class CertificateIndexView(IndexView):
    def search_queryset(self, queryset):
        # A typed code finds its certificate however it was typed (dashes, case).
        if self.is_searching and (code := code_normalise(self.search_query)):
            return queryset.filter(code=code)
        return super().search_queryset(queryset)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Every download of the register is in the audit trail: who, when, which filters, how many.
        log(
            instance=self.request.user,
            action="courses.certificate.export",
            user=self.request.user,
            title=f"Certificate register ({spreadsheet_format})",
            data={"format": spreadsheet_format, "query": self.request.GET.urlencode()[:500], "rows": queryset.count()},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.revoked_at is None and self.request.user.has_perm("courses.revoke_certificate"):
            buttons.append(
                ListingButton("Revoke", url=reverse("certificates:revoke", args=[instance.pk]), icon_name="cross")
            )
        return buttons


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Why is this certificate being revoked?",
        help_text="Kept internally and in the audit log. The verification page only says revoked.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class RevokeView(WagtailAdminTemplateMixin, FormView):
    template_name = "courses/admin/revoke_certificate.html"
    form_class = RevokeForm
    page_title = "Revoke certificate"
    header_icon = "cross"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("courses.revoke_certificate"):
            raise PermissionDenied
        self.certificate = get_object_or_404(Certificate, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.certificate)

    def get_context_data(self, **kwargs):
        return super().get_context_data(certificate=self.certificate, **kwargs)

    def form_valid(self, form):
        try:
            certificate_revoke(certificate=self.certificate, user=self.request.user, reason=form.cleaned_data["reason"])
        except CourseError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, f"Certificate {self.certificate.display_code} has been revoked.")
        return redirect("certificates:index")


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full-inverse"
    menu_label = "Certificates"
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "certificates"
    name = "certificates"
    index_view_class = CertificateIndexView
    inspect_view_enabled = True
    list_display = ["display_code", "holder_name", "course_title", "issued_on", "expires_on", "status"]
    search_fields = ["holder_name", "learner__email", "course_title"]
    filterset_class = CertificateFilterSet
    list_export = [
        "display_code",
        "holder_name",
        "learner.email",
        "course_title",
        "audience",
        "score",
        "issued_on",
        "expires_on",
        "status",
        "revoked_at",
    ]
    export_headings = {"display_code": "Code", "learner.email": "Email", "status": "Status"}
    export_filename = "certificates"
    inspect_view_fields = [
        "holder_name",
        "course_title",
        "audience",
        "score",
        "issued_on",
        "expires_on",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
    ]

    def get_urlpatterns(self):
        # Only the views a read-only register needs: no add, edit, copy or delete.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("usage/<int:pk>/", self.usage_view, name="usage"),
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke"),
        ]
