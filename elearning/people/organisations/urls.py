from django.urls import path, register_converter

from . import views


class IdConverter:
    """A database id: at most 9 digits, so that no id can overflow PostgreSQL's integer (which
    would be a 500, not a 404)."""

    regex = "[0-9]{1,9}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "people_id")

app_name = "organisations"

urlpatterns = [
    path("", views.organisation_list, name="list"),
    path("register/", views.organisation_register, name="register"),
    path("join/invite/<str:token>/", views.invitation, name="invitation"),
    path("join/<str:code>/", views.join, name="join"),
    path("<people_id:organisation_id>/", views.organisation_home, name="home"),
    path("<people_id:organisation_id>/members/", views.members, name="members"),
    path("<people_id:organisation_id>/invitations/", views.invitation_create, name="invite"),
    path(
        "<people_id:organisation_id>/invitations/<people_id:invitation_id>/cancel/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("<people_id:organisation_id>/join-link/", views.join_code, name="join_code"),
    path(
        "<people_id:organisation_id>/requests/<people_id:request_id>/",
        views.join_request_decide,
        name="join_request_decide",
    ),
    path(
        "<people_id:organisation_id>/members/<people_id:membership_id>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("<people_id:organisation_id>/members/<people_id:membership_id>/role/", views.member_role, name="member_role"),
    path("<people_id:organisation_id>/leave/", views.leave, name="leave"),
]
