import csv
import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate
from tests.courses.test_certificates import pass_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, course):
    pass_course(learner, course)
    return Certificate.objects.get()


def verify(client, code):
    return client.get(reverse("courses:verify_code", args=[code]))


def test_the_qr_target_shows_the_holder_course_dates_and_valid(client, certificate, learner):
    response = verify(client, certificate.display_code)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This certificate is valid" in html
    for expected in (
        certificate.holder_name,
        certificate.course_title,
        certificate.issued_on.strftime("%-d %B %Y"),
        certificate.expires_on.strftime("%-d %B %Y"),
    ):
        assert expected in html
    assert learner.email not in html


def test_an_expired_certificate_says_so(client, certificate):
    Certificate.objects.update(issued_on=timezone.localdate().replace(year=2020), expires_on=timezone.localdate())
    assert "This certificate has expired" in verify(client, certificate.display_code).content.decode()


def test_a_revoked_certificate_says_revoked_and_never_why(client, certificate, superuser):
    from courses.services import certificate_revoke

    certificate_revoke(certificate=certificate, user=superuser, reason="Secret internal reason")
    html = verify(client, certificate.display_code).content.decode()
    assert "This certificate has been revoked" in html
    assert "Secret internal reason" not in html


def test_a_code_typed_in_any_form_lands_on_its_canonical_page(client, certificate):
    typed = certificate.code.lower()
    response = verify(client, typed)
    assert response.status_code == 302
    assert response.url == reverse("courses:verify_code", args=[certificate.display_code])


def test_the_form_accepts_a_typed_code_and_redirects(client, certificate):
    spaced = " ".join(certificate.display_code.split("-")).lower()
    response = client.get(reverse("courses:verify"), {"code": spaced})
    assert response.url == reverse("courses:verify_code", args=[certificate.display_code])


@pytest.mark.parametrize(
    "code", ["AAAA-BBBB-CCCC-DDDD", "not-a-code", "x" * 300, "%3Cscript%3E", "0000-0000-0000-0000"]
)
def test_unknown_malformed_and_overlong_codes_say_only_that_no_certificate_matches(client, certificate, code):
    response = verify(client, code)
    assert response.status_code == 404
    html = response.content.decode()
    assert "No certificate matches" in html
    assert certificate.holder_name not in html


@pytest.mark.parametrize("code", ["", "nonsense", "x" * 100])
def test_the_form_explains_a_bad_code(client, code):
    response = client.get(reverse("courses:verify"), {"code": code})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_lookups_are_rate_limited_per_address(client, certificate, settings):
    settings.VERIFY_RATE_LIMIT = (3, 60)
    statuses = [verify(client, certificate.display_code).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert verify(client, certificate.display_code).status_code == 429
    assert client.get(reverse("courses:verify"), {"code": certificate.display_code}).status_code == 429
    other_address = client.get(reverse("courses:verify_code", args=[certificate.display_code]), REMOTE_ADDR="10.9.8.7")
    assert other_address.status_code == 200


# Bulk verification


@pytest.fixture
def mixed_codes(course, superuser):
    from courses.services import certificate_revoke

    holders = [UserFactory(full_name=f"Holder {n}") for n in range(3)]
    for holder in holders:
        pass_course(holder, course)
    valid, expired, revoked = Certificate.objects.order_by("pk")
    today = timezone.localdate()
    Certificate.objects.filter(pk=expired.pk).update(issued_on=today - timedelta(days=365), expires_on=today)
    certificate_revoke(certificate=revoked, user=superuser, reason="test")
    return {"valid": valid, "expired": expired, "revoked": revoked}


def bulk(client, **data):
    return client.post(reverse("courses:bulk_verify"), data)


def test_staff_check_a_mixed_list_of_codes(editor_client, mixed_codes):
    codes = "\n".join(
        [
            mixed_codes["valid"].code.lower(),
            mixed_codes["expired"].display_code,
            mixed_codes["revoked"].display_code,
            "AAAA-BBBB-CCCC-DDDD",
            "rubbish",
        ]
    )
    response = bulk(editor_client, codes=codes)
    assert response.status_code == 200
    statuses = [(row["typed"], row["status"]) for row in response.context["rows"]]
    assert [status for _, status in statuses] == ["valid", "expired", "revoked", None, None]
    html = response.content.decode()
    assert html.count("No certificate matches") == 2


def test_the_results_download_as_csv(editor_client, mixed_codes):
    codes = f'{mixed_codes["valid"].display_code},=HYPERLINK("x")'
    response = editor_client.post(reverse("courses:bulk_verify"), {"codes": codes, "download": "1"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Code as given", "Status"]
    assert rows[1][:3] == [mixed_codes["valid"].display_code, "valid", "Holder 0"]
    assert rows[2][:2] == ['\'=HYPERLINK("x")', "no certificate matches"], "spreadsheet formulas are neutralised"


def test_a_csv_upload_is_read_from_its_first_column(editor_client, mixed_codes):
    upload = SimpleUploadedFile(
        "codes.csv", f"code,note\n{mixed_codes['valid'].display_code},staff A\n".encode(), content_type="text/csv"
    )
    response = editor_client.post(reverse("courses:bulk_verify"), {"file": upload})
    assert [row["status"] for row in response.context["rows"]] == ["valid"]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("codes.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary"), "must be a CSV file"),
        (SimpleUploadedFile("codes.csv", b"A" * (100 * 1024 + 1)), "smaller than 100 KB"),
        (SimpleUploadedFile("codes.csv", "\n".join(f"CODE{n}" for n in range(501)).encode()), "up to 500 codes"),
        (SimpleUploadedFile("codes.csv", b""), "The submitted file is empty"),
    ],
    ids=["not-csv", "too-large", "501-rows", "empty"],
)
def test_bad_files_get_a_clear_error(editor_client, upload, message):
    response = editor_client.post(reverse("courses:bulk_verify"), {"file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert response.context["rows"] is None


def test_501_pasted_codes_are_refused(editor_client):
    response = bulk(editor_client, codes="\n".join(f"CODE{n}" for n in range(501)))
    assert "Check up to 500 codes at a time: you gave 501" in response.content.decode()


def test_learners_cannot_bulk_check(learner_client):
    assert learner_client.get(reverse("courses:bulk_verify")).status_code == 403
    assert bulk(learner_client, codes="AAAA").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in_for_bulk_checks(anonymous_client):
    response = anonymous_client.get(reverse("courses:bulk_verify"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
