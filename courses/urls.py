from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learn/courses/<int:course_id>/start/", views.course_start, name="course_start"),
    path("learn/lessons/<int:lesson_id>/complete/", views.lesson_complete_view, name="lesson_complete"),
    path("learn/courses/<int:course_id>/quiz/", views.quiz_start, name="quiz_start"),
    path("learn/attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("learn/attempts/<int:attempt_id>/result/", views.attempt_result, name="attempt_result"),
]
