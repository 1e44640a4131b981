from django.apps import AppConfig


class InsightsConfig(AppConfig):
    """Insights for the workforce development group: the training-needs survey, and the dashboards,
    exports and report that read every other app. Nothing imports this app."""

    name = "elearning.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self):
        from . import personal_data

        personal_data.register()  # "Your data": download and erasure (elearning/people/privacy.py)
