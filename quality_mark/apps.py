from django.apps import AppConfig


class QualityMarkConfig(AppConfig):
    """The school safeguarding quality mark: standards, applications, assessment and awards.
    Registered now so its migrations start from the project's first release; built by its own issue."""

    name = "quality_mark"
    verbose_name = "Quality mark"
