from wagtail.admin.panels import Panel

from .readability import lesson_reading_stats


class ReadingStatsPanel(Panel):
    """Read-only: the lesson's estimated reading time and reading ease, so editors can keep
    lessons short and plain. Computed from the body being edited."""

    def __init__(self, heading="Reading time and reading ease", **kwargs):
        super().__init__(heading=heading, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "language/panels/reading_stats.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.stats = lesson_reading_stats(self.instance) if self.instance is not None else None
            self.estimated_minutes = getattr(self.instance, "estimated_minutes", None)
