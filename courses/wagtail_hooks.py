from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from elearning.admin_forms import GuardedSnippetChooserViewSet

from .admin_certificates import CertificatePermissionPolicy, CertificateViewSet
from .models import Certificate, Competency, Question, RequiredCourse


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "tick-inverse"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "help"
    menu_label = "Question bank"
    list_display = ["__str__", "competency", "allows_multiple", "live"]
    list_filter = ["competency", "allows_multiple", "live"]
    search_fields = ["text"]
    list_per_page = 50


class RequiredCourseViewSet(SnippetViewSet):
    model = RequiredCourse
    chooser_viewset_class = GuardedSnippetChooserViewSet  # no 500 for a forged 'create'
    icon = "list-ul"
    menu_label = "Required courses"
    list_display = ["kind", "course"]
    list_filter = ["kind"]


class LearningGroup(SnippetViewSetGroup):
    menu_label = "Learning"
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (QuestionViewSet, CompetencyViewSet, RequiredCourseViewSet)


register_snippet(LearningGroup)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet()


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("courses.certificate.revoke", "Revoke certificate", "Certificate revoked")
    actions.register_action("courses.training.export", "Export training records", "Training records exported")
    actions.register_action(
        "courses.certificate.export", "Export certificate register", "Certificate register exported"
    )
    actions.register_action("courses.training.badge_check", "Check badge numbers", "Badge numbers checked")
    actions.register_action(
        "courses.certificate.bulk_verify_download", "Download certificate check", "Certificate check downloaded"
    )
    actions.register_action(
        "courses.training.register_listing", "Change register listing", "Register of trained venues listing changed"
    )
