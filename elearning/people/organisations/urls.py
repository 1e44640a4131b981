from django.urls import path

from . import views

app_name = "organisations"

urlpatterns = [
    path("", views.organisation_list, name="list"),
    path("register/", views.organisation_register, name="register"),
    path("join/invite/<str:token>/", views.invitation, name="invitation"),
    path("join/<str:code>/", views.join, name="join"),
    path("<id:organisation_id>/", views.organisation_home, name="home"),
    path("<id:organisation_id>/members/", views.members, name="members"),
    path("<id:organisation_id>/invitations/", views.invitation_create, name="invite"),
    path(
        "<id:organisation_id>/invitations/<id:invitation_id>/cancel/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("<id:organisation_id>/join-link/", views.join_code, name="join_code"),
    path(
        "<id:organisation_id>/requests/<id:request_id>/",
        views.join_request_decide,
        name="join_request_decide",
    ),
    path(
        "<id:organisation_id>/members/<id:membership_id>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("<id:organisation_id>/members/<id:membership_id>/role/", views.member_role, name="member_role"),
    path("<id:organisation_id>/leave/", views.leave, name="leave"),
]
