from django.urls import path

from . import views

app_name = "quality_mark"

_school = "organisations/<id:organisation_id>/quality-mark/"
_application = _school + "applications/<id:application_id>/"

urlpatterns = [
    path("quality-mark/", views.about, name="about"),
    path("quality-mark/register/", views.register, name="register"),
    path("quality-mark/evidence/<id:evidence_id>/", views.evidence_download, name="evidence_download"),
    path(_school, views.school, name="school"),
    path(_school + "start/", views.start, name="start"),
    path(_school + "awards/<id:award_id>/certificate.pdf", views.award_certificate, name="award_certificate"),
    path(_application, views.application, name="application"),
    path(_application + "check/", views.check, name="check"),
    path(_application + "submit/", views.submit, name="submit"),
    path(_application + "history/", views.history, name="history"),
    path(_application + "sections/<id:section_id>/", views.section, name="section"),
    path(_application + "sections/<id:section_id>/evidence/", views.evidence_upload, name="evidence_upload"),
    path(
        _application + "sections/<id:section_id>/evidence/<id:evidence_id>/remove/",
        views.evidence_remove,
        name="evidence_remove",
    ),
]
