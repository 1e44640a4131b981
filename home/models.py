from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import AccordionBlock, CalloutBlock, QuoteBlock, ReportItHereBlock, RichTextBlock
from elearning.language.forms import LanguageGuardPageForm
from elearning.pagecache.pages import RouteCachedPage


class HomePage(RouteCachedPage, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    base_form_class = LanguageGuardPageForm
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.ContentPage", "home.HowToReportPage", "courses.CourseIndexPage"]
    max_count = 1

    def route(self, request, path_components):
        """Find a page below the home page by its URL path in one query, rather than Wagtail's one
        query per level of the tree (a lesson is four levels down). Any path that is not exactly a
        page goes down Wagtail's own walk."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.filter(url_path=url_path, path__startswith=self.path).first()
            if page is not None:
                return page.specific.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards()
        return context


class ContentPage(RouteCachedPage, Page):
    """General public pages: awareness, spot the signs, how to report."""

    summary = RichTextField(blank=True, features=["bold", "italic", "link"])
    body = StreamField(
        [
            ("rich_text", RichTextBlock()),
            ("callout", CalloutBlock()),
            ("accordion", AccordionBlock()),
            ("quote", QuoteBlock()),
            ("report_it_here", ReportItHereBlock()),
        ],
        blank=True,
    )

    base_form_class = LanguageGuardPageForm
    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["learner_district"] = request.user.district if request.user.is_authenticated else None
        return context


class HowToReportPage(RouteCachedPage, Page):
    """The one public page that says whom to call about a child: national numbers for everyone,
    and the local numbers of the district a visitor chooses (or the signed-in user's own).

    The district comes from the query string (a GET form, so it works without JavaScript and can
    be bookmarked). What the page shows depends only on that and on the user's district, and it
    writes nothing (no session, no CSRF token), so it can be cached on those two later."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    body = StreamField(
        [
            ("rich_text", RichTextBlock()),
            ("callout", CalloutBlock()),
            ("accordion", AccordionBlock()),
            ("quote", QuoteBlock()),
            ("report_it_here", ReportItHereBlock()),
        ],
        blank=True,
        help_text="Shown below the contacts: what to say when you call, what happens next.",
    )

    base_form_class = LanguageGuardPageForm
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "how to report page"

    def get_context(self, request, *args, **kwargs):
        from .selectors import district_contacts_for

        context = super().get_context(request, *args, **kwargs)
        user = request.user
        contacts = district_contacts_for(
            params=request.GET, default_district_id=user.district_id if user.is_authenticated else None
        )
        context["form"] = contacts.form
        context["district"] = contacts.district
        # A "Report it here" block in the body shows the user's own district, as it does in lessons.
        context["learner_district"] = contacts.own_district
        return context
