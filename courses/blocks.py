"""StreamField blocks for lessons. Each block renders with its own template in templates/blocks/."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

LESSON_RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=LESSON_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        template = "blocks/rich_text.html"
        icon = "pilcrow"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        template = "blocks/figure.html"
        icon = "image"
        label = "Image"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="A link to the video, for example on YouTube or Vimeo.")
    title = blocks.CharBlock(max_length=120)
    transcript = blocks.RichTextBlock(
        features=LESSON_RICH_TEXT_FEATURES,
        help_text="A transcript is needed by people who cannot hear or play the video.",
    )

    class Meta:
        template = "blocks/video.html"
        icon = "media"


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[("warning", "Warning signs"), ("important", "Important"), ("tip", "Good practice")],
        default="warning",
    )
    heading = blocks.CharBlock(max_length=120)
    body = RichTextBlock()

    class Meta:
        template = "blocks/callout.html"
        icon = "warning"
        label = "Callout (warning signs)"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    story = RichTextBlock()
    learning_points = blocks.ListBlock(blocks.CharBlock(max_length=250), min_num=1, label="What we learn")
    source = blocks.CharBlock(
        required=False, max_length=250, help_text="Where the case comes from, for example a published review."
    )

    class Meta:
        template = "blocks/case_study.html"
        icon = "doc-full"


class ScenarioOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=250, label="Option")
    is_best = blocks.BooleanBlock(required=False, label="Best thing to do")
    feedback = blocks.TextBlock(help_text="Why this is, or is not, the best thing to do.")


class ScenarioBlock(blocks.StructBlock):
    """ "What would you do?": a formative scenario. Not scored and not recorded; every option opens
    its feedback in place, so it works without JavaScript."""

    title = blocks.CharBlock(max_length=120, default="What would you do?")
    situation = RichTextBlock()
    options = blocks.ListBlock(ScenarioOptionBlock(), min_num=2)

    class Meta:
        template = "blocks/scenario.html"
        icon = "help"
        label = "Scenario: what would you do?"


class AccordionSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    body = RichTextBlock()


class AccordionBlock(blocks.StructBlock):
    sections = blocks.ListBlock(AccordionSectionBlock(), min_num=1)

    class Meta:
        template = "blocks/accordion.html"
        icon = "list-ul"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=150)

    class Meta:
        template = "blocks/quote.html"
        icon = "openquote"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=150, help_text="Defaults to the document's title.")

    class Meta:
        template = "blocks/download.html"
        icon = "download"
        label = "Downloadable document"


class ReportItHereBlock(blocks.StructBlock):
    """Shows the local numbers for the learner's own district, so no phone number is typed into a
    lesson and every learner sees the route that applies where they work."""

    heading = blocks.CharBlock(max_length=120, default="Report it here")
    intro = blocks.TextBlock(
        required=False,
        help_text="Optional words before the numbers, for example what to say when you call.",
    )

    class Meta:
        template = "blocks/report_it_here.html"
        icon = "warning"
        label = "Report it here (local contacts)"


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = RichTextBlock()
    image = FigureBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    case_study = CaseStudyBlock()
    scenario = ScenarioBlock()
    accordion = AccordionBlock()
    quote = QuoteBlock()
    download = DownloadBlock()
    report_it_here = ReportItHereBlock()
