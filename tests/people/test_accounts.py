import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.db import IntegrityError
from django.urls import reverse

from elearning.people.models import User
from tests.factories import UserFactory
from tests.mfa import current_code, totp_secret

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


def sign_up(client, email="new.person@example.org"):
    return client.post(reverse("account_signup"), {"email": email, "password1": PASSWORD, "password2": PASSWORD})


def test_signing_up_needs_only_an_email_and_password_and_sends_a_confirmation(client):
    response = sign_up(client, email="New.Person@Example.org")
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "new.person@example.org"
    assert not hasattr(user, "username") or user.username is None
    assert len(mail.outbox) == 1
    assert "new.person@example.org" in mail.outbox[0].to


def test_an_unconfirmed_email_cannot_sign_in(client):
    sign_up(client)
    client.logout()
    response = client.post(reverse("account_login"), {"login": "new.person@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_confirming_the_email_signs_in_and_asks_for_the_profile(client):
    sign_up(client)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    response = client.post(path, follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("people:profile"))
    assert EmailAddress.objects.get().verified


def test_signing_in_is_by_email_in_any_case(client):
    UserFactory(email="case@example.org")
    response = client.post(reverse("account_login"), {"login": "CASE@example.org", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_a_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="case@example.org")
    response = client.post(reverse("account_login"), {"login": "case@example.org", "password": "wrong"})
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_email_address_is_one_account_whatever_its_case(client):
    UserFactory(email="taken@example.org")
    response = sign_up(client, email="TAKEN@example.org")
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1
    assert response.status_code in {200, 302}
    with pytest.raises(IntegrityError):
        User.objects.create(email="Taken@Example.org")


def test_after_five_failed_logins_even_the_right_password_is_held_back(client):
    UserFactory(email="target@example.org")
    for n in range(5):
        client.post(reverse("account_login"), {"login": "target@example.org", "password": f"guess-{n}"})
    response = client.post(
        reverse("account_login"), {"login": "target@example.org", "password": "correct-horse-battery"}
    )
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link(client):
    UserFactory(email="forgetful@example.org")
    client.post(reverse("account_reset_password"), {"email": "forgetful@example.org"})
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


@pytest.mark.parametrize("name", ["account_email", "account_change_password", "account_logout"])
def test_account_pages_are_for_signed_in_people(client, learner_client, name):
    assert client.get(reverse(name)).status_code == 302
    assert learner_client.get(reverse(name)).status_code == 200


def test_the_admin_login_is_the_services_login(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=/admin/"
    response = client.get("/admin/")
    assert response.url.startswith(reverse("account_login"))


def test_an_editor_reaches_the_admin_after_signing_in(client, editor):
    client.post(reverse("account_login"), {"login": editor.email, "password": "correct-horse-battery"})
    # Staff have two-factor authentication: the code from their authenticator app comes next.
    client.post(reverse("mfa_authenticate"), {"code": current_code(totp_secret(editor))})
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("persona", ["learner_client", "other_learner_client"])
def test_learners_cannot_reach_the_admin(request, persona):
    response = request.getfixturevalue(persona).get("/admin/")
    assert response.status_code == 302
    assert not response.url.startswith("/admin/")
