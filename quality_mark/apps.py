from django.apps import AppConfig


class QualityMarkConfig(AppConfig):
    """The school safeguarding quality mark: standards, applications, assessment and awards."""

    name = "quality_mark"
    verbose_name = "Quality mark"

    def ready(self):
        from courses.verification import register_lookup

        from .verification import award_verification

        register_lookup(award_verification)

        from . import checks, personal_data  # noqa: F401 - checks registers itself

        personal_data.register()  # "Your data": download and erasure (elearning/people/privacy.py)
