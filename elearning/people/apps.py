from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "elearning.people"
    label = "people"
    verbose_name = "People and places"
