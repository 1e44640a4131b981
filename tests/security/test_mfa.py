"""Two-factor authentication: staff need an authenticator app before any URL but allauth's answers
them (the admin, quality-mark evidence, bulk certificate checks, public pages); learners and
managers are never asked. The sign-in step takes an app code or a recovery code."""

import time
from types import SimpleNamespace

import pytest
from allauth.mfa.models import Authenticator
from django.conf import settings as django_settings
from django.contrib.auth import load_backend
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from elearning.people.mfa import SET_UP_MESSAGE, needs_authenticator, totp_code
from tests.factories import UserFactory
from tests.mfa import current_code, give_totp, recovery_codes

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"  # tests.factories.UserFactory's
SET_UP_URL = "/accounts/2fa/totp/activate/"


def staff_in(group_name: str):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    return user


def sign_in_with_password(client: Client, user) -> None:
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:2000]


def confirm_password(client: Client, *, then: str) -> None:
    """allauth asks for the password again before any change to two-factor settings."""
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD, "next": then})
    assert response["Location"] == then


@pytest.mark.parametrize("group_name", ["Editors", "Moderators", "Assessors", "Workforce analysts"])
def test_it_sends_staff_without_an_authenticator_from_the_admin_to_set_one_up(client, group_name):
    sign_in_with_password(client, staff_in(group_name))
    for url in ("/admin/", "/admin/pages/", "/admin/snippets/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == SET_UP_URL
    asked = client.get(SET_UP_URL, follow=True)
    assert asked.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    assert SET_UP_MESSAGE in asked.content.decode()
    confirm_password(client, then=SET_UP_URL)
    assert "Set up an authenticator app" in client.get(SET_UP_URL).content.decode()


def test_it_sends_a_superuser_without_an_authenticator_to_set_one_up(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get("/admin/")["Location"] == SET_UP_URL


def test_it_lets_staff_with_an_authenticator_into_the_admin(editor_client, superuser_client):
    assert editor_client.get("/admin/").status_code == 200
    assert superuser_client.get("/admin/").status_code == 200


def test_it_never_asks_learners_or_managers(learner_client, manager_a_client):
    for client in (learner_client, manager_a_client):
        response = client.get("/admin/")
        assert response.status_code == 302
        assert "2fa" not in response["Location"]
        assert client.get(reverse("courses:my_learning")).status_code == 200


def _without_authenticator(user):
    Authenticator.objects.filter(user=user).delete()
    return user


@pytest.fixture
def evidence(organisation_a, manager_a, assessor, settings, tmp_path):
    from tests.security import world_quality_mark

    settings.QUALITY_MARK_EVIDENCE_ROOT = tmp_path / "evidence"
    world = world_quality_mark.build(
        SimpleNamespace(), organisation_a=organisation_a, manager_a=manager_a, assessor=assessor
    )
    return reverse("quality_mark:evidence_download", args=[world.evidence])


def test_the_assigned_assessor_without_an_authenticator_cannot_download_evidence(client, assessor, evidence):
    client.force_login(assessor)
    assert client.get(evidence).status_code == 200  # with one
    _without_authenticator(assessor)
    response = client.get(evidence)
    assert response.status_code == 302
    assert response["Location"] == SET_UP_URL
    assert "attachment" not in response.get("Content-Disposition", "")


def test_staff_without_an_authenticator_get_nothing_outside_allauth_until_they_set_one_up(
    client, superuser, evidence, settings
):
    client.force_login(_without_authenticator(superuser))
    for method, url, data in (
        ("get", evidence, {}),
        ("get", reverse("courses:bulk_verify"), {}),
        ("post", reverse("courses:bulk_verify"), {"codes": "ABCD-EFGH-JKMN-PQRS", "download": "1"}),
        ("get", reverse("certificates:index"), {}),
        ("get", reverse("organisations:list"), {}),
        ("get", reverse("people:your_data"), {}),
        ("post", reverse("people:your_data_download"), {}),
        ("get", reverse("courses:my_learning"), {}),
        ("get", "/", {}),
    ):
        response = getattr(client, method)(url, data)
        assert (response.status_code, response.get("Location")) == (302, SET_UP_URL), f"{method} {url}"
    # What they need on the way: signing out, confirming the password, the set-up pages.
    assert client.get(reverse("account_reauthenticate")).status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200
    assert client.get(SET_UP_URL)["Location"].startswith(reverse("account_reauthenticate"))
    assert client.get(settings.STATIC_URL + "dist/missing.css").status_code == 404  # not sent away
    assert client.post(reverse("account_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("group_name", ["Editors", "Moderators", "Assessors", "Workforce analysts"])
def test_every_staff_group_is_held_to_it_outside_the_admin(client, group_name):
    client.force_login(staff_in(group_name))
    assert client.get(reverse("courses:bulk_verify"))["Location"] == SET_UP_URL


def test_anyone_with_the_admin_permission_counts_as_staff(client):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))
    client.force_login(user)
    assert client.get(reverse("courses:my_learning"))["Location"] == SET_UP_URL


def test_the_check_costs_no_query_for_the_signed_in_user(learner, editor, manager_a, django_assert_num_queries):
    """The authentication backends load the signed-in user with what settles the check, in the query
    that reads them on every request. Only someone in a group without the staff flag and without an
    app yet costs one more; any user object not loaded by a backend costs one."""
    staff = staff_in("Editors")
    grouped = UserFactory()  # in a staff group without Django's staff flag: staff all the same
    grouped.groups.add(Group.objects.get(name="Assessors"))
    cases = ((learner, False, 0), (manager_a, False, 0), (editor, False, 0), (staff, True, 0), (grouped, True, 1))
    for user, expected, queries in cases:
        for backend_path in django_settings.AUTHENTICATION_BACKENDS:
            with django_assert_num_queries(1):
                signed_in = load_backend(backend_path).get_user(user.pk)
            with django_assert_num_queries(queries):
                assert needs_authenticator(signed_in) is expected
        plain = type(user).objects.get(pk=user.pk)
        with django_assert_num_queries(1):
            assert needs_authenticator(plain) is expected


def test_the_backends_load_nobody_for_an_unknown_or_malformed_id(learner):
    for backend_path in django_settings.AUTHENTICATION_BACKENDS:
        backend = load_backend(backend_path)
        assert backend.get_user(learner.pk) == learner
        assert backend.get_user(learner.pk + 1000) is None
        assert backend.get_user("not-an-id") is None


def test_the_signed_in_user_is_checked_afresh_on_every_request(client):
    user = staff_in("Editors")
    client.force_login(user)
    assert client.get(reverse("courses:my_learning"))["Location"] == SET_UP_URL
    give_totp(user)
    assert client.get(reverse("courses:my_learning")).status_code == 200
    Authenticator.objects.filter(user=user).delete()
    assert client.get(reverse("courses:my_learning"))["Location"] == SET_UP_URL


def test_it_is_one_switch(client, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    client.force_login(staff_in("Editors"))
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("courses:bulk_verify")).status_code == 200


def test_it_sets_up_the_app_then_shows_recovery_codes_then_opens_the_admin(client):
    user = staff_in("Editors")
    sign_in_with_password(client, user)
    assert client.get("/admin/")["Location"] == SET_UP_URL
    confirm_password(client, then=SET_UP_URL)
    page = client.get(SET_UP_URL)
    secret = page.context["form"].secret
    assert secret in page.content.decode()

    wrong = client.post(SET_UP_URL, {"code": "000000" if current_code(secret) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "There is a problem" in wrong.content.decode()
    assert not Authenticator.objects.filter(user=user).exists()

    done = client.post(SET_UP_URL, {"code": current_code(secret)})
    assert done["Location"] == reverse("mfa_view_recovery_codes")
    codes_page = client.get(done["Location"]).content.decode()
    assert all(code in codes_page for code in recovery_codes(user))
    assert client.get("/admin/").status_code == 200


def test_it_asks_staff_with_an_authenticator_for_a_code_when_they_sign_in(client):
    user = staff_in("Editors")
    secret = give_totp(user)
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session  # not signed in until the code is right

    wrong = client.post(
        reverse("mfa_authenticate"), {"code": "123456" if current_code(secret) != "123456" else "654321"}
    )
    assert wrong.status_code == 200
    assert "There is a problem" in wrong.content.decode()
    assert "_auth_user_id" not in client.session

    right = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert right.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_signs_in_once(client):
    user = staff_in("Moderators")
    give_totp(user)
    code = recovery_codes(user)[0]
    sign_in_with_password(client, user)
    assert client.post(reverse("mfa_authenticate"), {"code": code}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert code not in recovery_codes(user)

    client.logout()
    sign_in_with_password(client, user)
    again = client.post(reverse("mfa_authenticate"), {"code": code})
    assert again.status_code == 200
    assert "_auth_user_id" not in client.session


def test_staff_cannot_turn_the_authenticator_off(client):
    editor = staff_in("Editors")
    secret = give_totp(editor)
    sign_in_with_password(client, editor)
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    confirm_password(client, then=reverse("mfa_deactivate_totp"))
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()


def test_a_learner_may_turn_on_two_factor_authentication_and_is_then_asked_at_sign_in(client, learner):
    secret = give_totp(learner)
    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.post(reverse("mfa_authenticate"), {"code": current_code(secret)}).status_code == 302


def test_the_two_factor_pages_render_in_the_service_style(client):
    user = staff_in("Editors")
    secret = give_totp(user)
    sign_in_with_password(client, user)
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    overview = client.get(reverse("mfa_index")).content.decode()
    assert "govuk-summary-list" in overview
    assert "10 of 10 unused" in overview
    confirm_password(client, then=reverse("mfa_generate_recovery_codes"))
    generate = client.get(reverse("mfa_generate_recovery_codes"))
    assert "Make new recovery codes" in generate.content.decode()
    old = recovery_codes(user)
    assert client.post(reverse("mfa_generate_recovery_codes"))["Location"] == reverse("mfa_view_recovery_codes")
    assert set(recovery_codes(user)).isdisjoint(old)


def test_a_code_from_the_last_period_is_taken_but_not_one_from_two_periods_ago_nor_twice(client):
    """A code typed just after the app moved on still works (RFC 6238's one step of drift); an old
    one does not, and no code signs in twice."""
    from allauth.mfa import app_settings

    user = staff_in("Editors")
    period = app_settings.TOTP_PERIOD
    while True:  # a new secret in the rare case that the stale code equals one still valid
        Authenticator.objects.filter(user=user).delete()
        secret, now = give_totp(user), time.time()
        stale, last = totp_code(secret, at=now - 2 * period), totp_code(secret, at=now - period)
        if stale not in {last, totp_code(secret, at=now), totp_code(secret, at=now + period)}:
            break

    sign_in_with_password(client, user)
    assert client.post(reverse("mfa_authenticate"), {"code": stale}).status_code == 200
    assert "_auth_user_id" not in client.session
    assert client.post(reverse("mfa_authenticate"), {"code": last}).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)

    client.logout()
    sign_in_with_password(client, user)
    assert client.post(reverse("mfa_authenticate"), {"code": last}).status_code == 200
    assert "_auth_user_id" not in client.session


def test_nobody_can_confirm_who_they_are_with_a_code_emailed_to_them(learner_client, mailoutbox):
    """Confirming a sensitive change takes the password or an authenticator code: whoever holds a
    stolen session may hold the mailbox too."""
    assert learner_client.post(reverse("account_request_reauthentication_code")).status_code == 403
    assert learner_client.get(reverse("account_reauthenticate")).status_code == 200
    assert mailoutbox == []
