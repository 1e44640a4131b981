from django.urls import path

from . import views
from .organisations import views as organisation_views

app_name = "courses"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learn/courses/<id:course_id>/start/", views.course_start, name="course_start"),
    path("learn/lessons/<id:lesson_id>/complete/", views.lesson_complete_view, name="lesson_complete"),
    path("learn/courses/<id:course_id>/confidence/", views.evaluation_before, name="evaluation_before"),
    path("learn/courses/<id:course_id>/evaluation/", views.evaluation_after, name="evaluation_after"),
    path("learn/courses/<id:course_id>/quiz/", views.quiz_start, name="quiz_start"),
    path("learn/attempts/<id:attempt_id>/", views.attempt, name="attempt"),
    path("learn/attempts/<id:attempt_id>/result/", views.attempt_result, name="attempt_result"),
    path("my-learning/certificates/<id:certificate_id>.pdf", views.certificate_download, name="certificate_download"),
    path("verify/", views.verify, name="verify"),
    path("verify/bulk/", views.bulk_verify, name="bulk_verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path(
        "organisations/<id:organisation_id>/training/",
        organisation_views.organisation_training,
        name="organisation_training",
    ),
    path(
        "organisations/<id:organisation_id>/training/remind/",
        organisation_views.organisation_training_remind,
        name="organisation_training_remind",
    ),
    path(
        "organisations/<id:organisation_id>/training/register/",
        organisation_views.organisation_register_listing,
        name="organisation_register_listing",
    ),
    path(
        "organisations/<id:organisation_id>/training.csv",
        organisation_views.organisation_training_csv,
        name="organisation_training_csv",
    ),
    path(
        "organisations/<id:organisation_id>/training.xlsx",
        organisation_views.organisation_training_xlsx,
        name="organisation_training_xlsx",
    ),
    path(
        "organisations/<id:organisation_id>/drivers/",
        organisation_views.organisation_drivers,
        name="organisation_drivers",
    ),
    path(
        "organisations/<id:organisation_id>/drivers/check/",
        organisation_views.organisation_badge_check,
        name="organisation_badge_check",
    ),
    path("trained-venues/", organisation_views.trained_venues_register, name="trained_venues"),
]
