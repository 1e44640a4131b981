from django.urls import path

from .surveys import views as survey_views

app_name = "insights"

urlpatterns = [
    path("surveys/<slug:slug>/", survey_views.survey_answer, name="survey"),
    path("surveys/<slug:slug>/thank-you/", survey_views.survey_thanks, name="survey_thanks"),
]
