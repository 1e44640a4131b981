from django.urls import path, register_converter

from elearning.converters import IdConverter

from . import views

register_converter(IdConverter, "id")

app_name = "courses"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learn/courses/<id:course_id>/start/", views.course_start, name="course_start"),
    path("learn/lessons/<id:lesson_id>/complete/", views.lesson_complete_view, name="lesson_complete"),
    path("learn/courses/<id:course_id>/quiz/", views.quiz_start, name="quiz_start"),
    path("learn/attempts/<id:attempt_id>/", views.attempt, name="attempt"),
    path("learn/attempts/<id:attempt_id>/result/", views.attempt_result, name="attempt_result"),
    path("my-learning/certificates/<id:certificate_id>.pdf", views.certificate_download, name="certificate_download"),
    path("verify/", views.verify, name="verify"),
    path("verify/bulk/", views.bulk_verify, name="bulk_verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
]
