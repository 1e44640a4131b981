"""The assessors' side of the quality mark in the Wagtail admin: a queue of submitted applications
(filter, search, sort, page) and a review page per application where an assessor takes it on,
records an agreed level and comment per standard and makes the decision.

Only the Assessors group and superusers get in (quality_mark.permissions.can_review); everyone
else, editors included, is refused. Every write goes through quality_mark.services, which lock the
application and refuse a step its status does not allow: a refusal (a second tab, two assessors at
once) is shown as an admin error message and changes nothing."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from elearning.fields import IdChoiceField
from elearning.people.models import District

from .errors import QualityMarkError
from .models import Application, ApplicationStatus, Level
from .models.applications import REVIEW_STATUSES
from .permissions import ASSESSORS_GROUP, can_decide, can_download_evidence, can_review
from .selectors import sections_of, snapshot_figure
from .services import (
    MAX_COMMENT,
    application_assign,
    application_award,
    application_not_award,
    application_request_information,
    application_review_start,
    section_assess,
)

# A draft is the school's own work in progress: assessors see an application once it is submitted.
QUEUE_STATUSES = [status for status in ApplicationStatus if status != ApplicationStatus.DRAFT]


def assessors():
    """The people an application can be assigned to: active members of the Assessors group."""
    return (
        get_user_model()
        .objects.filter(groups__name=ASSESSORS_GROUP, is_active=True)
        .distinct()
        .order_by("full_name", "email")
    )


class ReviewPermissionPolicy(ModelPermissionPolicy):
    """Assessors and superusers may view applications (and act through the services); nobody adds,
    edits or deletes one in the admin. Model permissions do not come into it, so an editor
    granted "view application" by mistake still cannot reach the queue."""

    def user_has_permission(self, user, action):
        return action == "view" and can_review(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


# ---------------------------------------------------------------------------------------------------
# The queue
# ---------------------------------------------------------------------------------------------------


class QueueFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=[(status.value, status.label) for status in QUEUE_STATUSES], label="Status"
    )
    district = django_filters.ModelChoiceFilter(
        field_name="organisation__district", queryset=District.objects.order_by("name"), label="District"
    )
    assessor = django_filters.ModelChoiceFilter(
        queryset=lambda request: assessors(), null_label="Not assigned", label="Assessor"
    )
    submitted_at = django_filters.DateFromToRangeFilter(label="Submitted", widget=DateRangePickerWidget)

    class Meta:
        model = Application
        fields = ["status", "district", "assessor", "submitted_at"]


class QueueIndexView(IndexView):
    page_title = "Quality mark applications"
    default_ordering = "submitted_at"

    def get_base_queryset(self):
        return (
            Application.objects.filter(status__in=QUEUE_STATUSES)
            .select_related("organisation", "organisation__district", "assessor")
            .order_by("submitted_at", "pk")
        )

    COLUMN_LABELS = ["School", "District", "Status", "Assessor", "Submitted", "Decided"]

    @cached_property
    def columns(self):
        columns = super().columns
        for column, label in zip(columns, self.COLUMN_LABELS, strict=True):
            column.label = label
        return columns

    def get_inspect_url(self, instance):
        return reverse("quality_mark_review:review", args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return [MenuItem("Review", url=self.get_inspect_url(instance), icon_name="tick", priority=10)]


class ApplicationReviewViewSet(ModelViewSet):
    model = Application
    icon = "tick-inverse"
    menu_label = "Applications"
    url_prefix = "quality-mark/applications"
    index_view_class = QueueIndexView
    filterset_class = QueueFilterSet
    list_display = ["organisation__name", "organisation__district", "status", "assessor", "submitted_at", "decided_at"]
    search_fields = ["organisation__name"]
    search_backend_name = None  # plain database search on the school's name
    list_per_page = 25
    list_export = []

    def review_view(self, request, pk):
        return ApplicationReviewView.as_view()(request, pk=pk)

    def review_action_view(self, request, pk, action):
        return ApplicationReviewView.as_view()(request, pk=pk, action=action)

    def get_urlpatterns(self):
        # The queue and the review page only: applications are never added, edited or deleted here.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.review_view, name="review"),
            path("<int:pk>/<slug:action>/", self.review_action_view, name="action"),
        ]


# ---------------------------------------------------------------------------------------------------
# The review page and its forms
# ---------------------------------------------------------------------------------------------------


class AssignForm(forms.Form):
    assessor = IdChoiceField(
        queryset=get_user_model().objects.none(),
        label="Assessor",
        empty_label="Choose an assessor",
        error_messages={
            "required": "Choose the assessor to assign.",
            "invalid_choice": "Choose an assessor from the list.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assessor"].queryset = assessors()
        self.fields["assessor"].label_from_instance = lambda user: f"{user.full_name or user.email} ({user.email})"


class SectionChoiceForm(forms.Form):
    """Which standard an assessment is for: one of this application's sections, by id. A forged or
    malformed id is an invalid choice, never a database error."""

    section = IdChoiceField(
        queryset=None,
        error_messages={"required": "Choose a standard.", "invalid_choice": "Choose a standard of this application."},
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = application.sections.all()


class SectionAssessForm(forms.Form):
    agreed_level = forms.TypedChoiceField(
        label="Agreed level",
        choices=[("", "Choose a level"), *Level.choices],
        coerce=int,
        error_messages={"required": "Choose the level you agree.", "invalid_choice": "Choose a level from 1 to 4."},
    )
    comment = forms.CharField(
        label="Comment on this standard",
        required=False,
        max_length=MAX_COMMENT,
        error_messages={"max_length": f"Keep the comment to {MAX_COMMENT:,} characters or fewer."},
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What the school does well, and what would take it to the next level.",
    )


class DecisionForm(forms.Form):
    REQUEST_INFORMATION = "request_information"
    AWARD = "award"
    NOT_AWARD = "not_award"
    NEEDS_COMMENT = {REQUEST_INFORMATION: "what the school must add", NOT_AWARD: "the actions the school must take"}

    decision = forms.ChoiceField(
        label="Decision",
        widget=forms.RadioSelect,
        choices=[
            (REQUEST_INFORMATION, "Request more information (the school edits and resubmits)"),
            (AWARD, "Award the quality mark"),
            (NOT_AWARD, "Not yet awarded"),
        ],
        error_messages={"required": "Choose a decision.", "invalid_choice": "Choose a decision from the list."},
    )
    comment = forms.CharField(
        label="Comment for the school",
        required=False,
        max_length=MAX_COMMENT,  # the services' limit: a longer one is refused here, with the text kept
        error_messages={"max_length": f"Keep the comment to {MAX_COMMENT:,} characters or fewer."},
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Required when you request more information (say what to add) or do not award (the actions to take).",
    )

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision in self.NEEDS_COMMENT and not cleaned.get("comment", "").strip():
            self.add_error("comment", f"Write {self.NEEDS_COMMENT[decision]}: the school sees this comment.")
        return cleaned


class ApplicationReviewView(WagtailAdminTemplateMixin, TemplateView):
    """GET shows the application; POST to <pk>/<action>/ takes one step and comes back here."""

    template_name = "quality_mark/admin/review.html"
    header_icon = "tick-inverse"
    ACTIONS = {"assign", "assign-to-me", "start-review", "assess", "decide"}

    def dispatch(self, request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        self.application = (
            Application.objects.filter(pk=kwargs["pk"], status__in=QUEUE_STATUSES)
            .select_related("organisation", "organisation__district", "assessor", "renewal_of", "award")
            .first()
        )
        if self.application is None:
            raise Http404("No such application")
        self.action = kwargs.get("action")
        if self.action is not None and self.action not in self.ACTIONS:
            raise Http404("No such action")
        if self.action is None and request.method == "POST":
            return self.http_method_not_allowed(request, *args, **kwargs)
        if self.action is not None and request.method != "POST":
            return redirect(self.review_url)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def review_url(self):
        return reverse("quality_mark_review:review", args=[self.application.pk])

    def get_page_title(self):
        return self.application.organisation.name

    def get_page_subtitle(self):
        return f"Quality mark application: {self.application.get_status_display()}"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("quality_mark_review:index"), "label": "Quality mark applications"},
            {"url": "", "label": self.application.organisation.name},
        ]

    # Reading

    def get_context_data(self, assign_form=None, decision_form=None, section_forms=None, **kwargs):
        application = self.application
        user = self.request.user
        section_forms = section_forms or {}
        sections = sections_of(application)
        rows = []
        for section in sections:
            form = section_forms.get(section.pk) or SectionAssessForm(
                prefix=f"section-{section.pk}",
                initial={"agreed_level": section.agreed_level, "comment": section.assessor_comment},
            )
            rows.append(
                {
                    "section": section,
                    "standard": section.standard,
                    "figure": snapshot_figure(section) if section.standard.is_measured else None,
                    "below_benchmark": section.agreed_level is not None
                    and section.agreed_level < section.standard.benchmark_level,
                    "evidence": [
                        {"file": evidence, "can_download": can_download_evidence(user, evidence)}
                        for evidence in section.evidence.all()
                    ],
                    "form": form,
                }
            )
        status = application.status
        mine = can_decide(user, application)
        return super().get_context_data(
            application=application,
            organisation=application.organisation,
            rows=rows,
            events=[{"event": event, "label": event.label} for event in application.events.select_related("actor")],
            award=getattr(application, "award", None),
            can_assign=status in REVIEW_STATUSES,
            can_start=status in {ApplicationStatus.SUBMITTED, ApplicationStatus.RESUBMITTED}
            and (application.assessor_id is None or mine),
            can_assess=status == ApplicationStatus.UNDER_REVIEW and mine,
            can_decide=status == ApplicationStatus.UNDER_REVIEW and mine,
            assignment_notice=self._assignment_notice(mine),
            assigned_to_me=application.assessor_id == user.pk,
            assign_form=assign_form or AssignForm(initial={"assessor": application.assessor_id}),
            decision_form=decision_form or DecisionForm(),
            **kwargs,
        )

    def _assignment_notice(self, mine: bool) -> str:
        """Why this assessor sees no review buttons: the application is someone else's, or nobody's."""
        application = self.application
        if mine or application.status not in REVIEW_STATUSES:
            return ""
        if application.assessor_id is not None:
            name = application.assessor.full_name or application.assessor.email
            return (
                f"This application is assigned to {name}. Only they can take the review, record agreed "
                "levels and decide. To take it over, assign it to yourself."
            )
        if application.status == ApplicationStatus.UNDER_REVIEW:
            return "Nobody is assigned to this review. Assign it to yourself to record agreed levels and decide."
        return ""

    # Writing

    def post(self, request, *args, **kwargs):
        handler = getattr(self, f"post_{self.action.replace('-', '_')}")
        return handler(request)

    def _run(self, step, success: str):
        """Run one service step; its refusal becomes an error message, never a 500."""
        try:
            step()
        except QualityMarkError as error:
            messages.error(self.request, error.message)
        else:
            messages.success(self.request, success)
        return redirect(self.review_url)

    def _invalid(self, message: str, **forms_):
        messages.error(self.request, message)
        return self.render_to_response(self.get_context_data(**forms_), status=400)

    def post_assign(self, request):
        form = AssignForm(request.POST)
        if not form.is_valid():
            return self._invalid("The application was not assigned: choose an assessor.", assign_form=form)
        assessor = form.cleaned_data["assessor"]
        return self._run(
            lambda: application_assign(application=self.application, assessor=assessor, user=request.user),
            f"The application is assigned to {assessor.full_name or assessor.email}.",
        )

    def post_assign_to_me(self, request):
        return self._run(
            lambda: application_assign(application=self.application, assessor=request.user, user=request.user),
            "The application is assigned to you.",
        )

    def post_start_review(self, request):
        return self._run(
            lambda: application_review_start(application=self.application, user=request.user),
            "Review started. Record an agreed level for each standard, then make your decision.",
        )

    def post_assess(self, request):
        chosen = SectionChoiceForm(request.POST, application=self.application)
        if not chosen.is_valid():
            return self._invalid("That standard is not part of this application. Reload the page and try again.")
        section = chosen.cleaned_data["section"]
        form = SectionAssessForm(request.POST, prefix=f"section-{section.pk}")
        if not form.is_valid():
            return self._invalid(
                f"“{section.standard_title}” was not saved: check the form.", section_forms={section.pk: form}
            )
        section.application = self.application
        return self._run(
            lambda: section_assess(
                section=section,
                user=request.user,
                agreed_level=form.cleaned_data["agreed_level"],
                comment=form.cleaned_data["comment"].strip(),
            ),
            f"Saved your assessment of “{section.standard_title}”.",
        )

    def post_decide(self, request):
        form = DecisionForm(request.POST)
        if not form.is_valid():
            return self._invalid("No decision was made: check the form.", decision_form=form)
        decision = form.cleaned_data["decision"]
        comment = form.cleaned_data["comment"].strip()
        name = self.application.organisation.name
        service, success = {
            DecisionForm.REQUEST_INFORMATION: (
                application_request_information,
                f"More information requested: {name} can now see your comments, and its managers are being emailed.",
            ),
            DecisionForm.AWARD: (application_award, f"{name} has been awarded the quality mark."),
            DecisionForm.NOT_AWARD: (application_not_award, f"{name} has not yet been awarded the quality mark."),
        }[decision]
        return self._run(
            lambda: service(application=self.application, user=request.user, comment=comment),
            success,
        )


review_viewset = ApplicationReviewViewSet("quality_mark_review")
