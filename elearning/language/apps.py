from django.apps import AppConfig


class LanguageConfig(AppConfig):
    """Cross-cutting: the language guard and reading ease. Content apps import this app; it imports
    none of them and walks their content generically."""

    name = "elearning.language"
    label = "language"
    verbose_name = "Language"
