from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.blocks import AccordionBlock, CalloutBlock, QuoteBlock, ReportItHereBlock, RichTextBlock


class HomePage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.ContentPage", "courses.CourseIndexPage"]
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


class ContentPage(Page):
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

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["learner_district"] = request.user.district if request.user.is_authenticated else None
        return context
