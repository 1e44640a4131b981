from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self):
        from . import personal_data

        personal_data.register()  # "Your data": download and erasure (elearning/people/privacy.py)
