import io
from datetime import date, timedelta

import pytest
import segno
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from courses.certificate_pdf import certificate_pdf
from courses.errors import CourseError
from courses.models import Certificate, CertificateStatus
from courses.services import certificate_issue, certificate_revoke, quiz_attempt_start, quiz_attempt_submit
from courses.services.certificates import add_months
from tests.courses.helpers import open_attempt, right_answers, wrong_answers
from tests.factories import make_course

pytestmark = pytest.mark.django_db


def pass_course(learner, course, *, now=None):
    attempt = open_attempt(learner=learner, course=course)
    return quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt), now=now)


def test_passing_issues_one_certificate_at_once_with_what_it_certifies(learner, course):
    learner.full_name = "Zoë Łukasz-Ó Súilleabháin"
    learner.save()
    attempt = pass_course(learner, course)
    certificate = Certificate.objects.get()
    assert certificate.attempt == attempt
    assert (certificate.learner, certificate.course) == (learner, course)
    assert certificate.holder_name == "Zoë Łukasz-Ó Súilleabháin"
    assert certificate.course_title == course.title
    assert certificate.audience == "School staff"
    assert certificate.score == 100
    assert certificate.issued_on == date.today()
    assert certificate.expires_on == add_months(date.today(), 12)
    assert certificate.status == CertificateStatus.VALID


def test_failing_issues_nothing(learner, course):
    attempt = open_attempt(learner=learner, course=course)
    quiz_attempt_submit(attempt=attempt, answers=wrong_answers(attempt))
    assert not Certificate.objects.exists()
    with pytest.raises(CourseError):
        certificate_issue(attempt=attempt)


def test_issuing_again_for_the_same_completion_returns_the_same_certificate(learner, course):
    attempt = pass_course(learner, course)
    assert certificate_issue(attempt=attempt).pk == Certificate.objects.get().pk
    assert Certificate.objects.count() == 1


def test_the_name_on_a_certificate_does_not_change_with_the_profile(learner, course):
    pass_course(learner, course)
    learner.full_name = "A New Name"
    learner.save()
    assert Certificate.objects.get().holder_name == "Lee Learner"


def test_a_course_whose_certificate_does_not_expire(learner):
    course = make_course(slug="forever")
    course.certificate_validity_months = None
    course.save_revision().publish()
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    assert certificate.expires_on is None
    assert certificate.status_on(date(2100, 1, 1)) == CertificateStatus.VALID
    assert not certificate.refresher_due()


@pytest.mark.parametrize(
    ("issued", "months", "expires"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 22), 12, date(2027, 11, 22)),
        (date(2026, 3, 15), 36, date(2029, 3, 15)),
    ],
)
def test_expiry_adds_calendar_months(issued, months, expires):
    assert add_months(issued, months) == expires


def test_the_status_moves_from_valid_to_expired_on_the_expiry_date(learner, course):
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    assert certificate.status_on(certificate.expires_on - timedelta(days=1)) == CertificateStatus.VALID
    assert certificate.status_on(certificate.expires_on) == CertificateStatus.EXPIRED


def test_revoking_needs_a_reason_and_is_logged(learner, course, superuser):
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    with pytest.raises(CourseError, match="reason"):
        certificate_revoke(certificate=certificate, user=superuser, reason="  ")
    certificate_revoke(certificate=certificate, user=superuser, reason="Completed under someone else's account")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_by == superuser
    entry = ModelLogEntry.objects.get(action="courses.certificate.revoke")
    assert entry.user == superuser
    assert entry.data["reason"] == "Completed under someone else's account"
    with pytest.raises(CourseError, match="already"):
        certificate_revoke(certificate=certificate, user=superuser, reason="again")


def test_a_refresher_near_expiry_issues_a_new_certificate_and_keeps_the_old_one(learner, course):
    first_attempt = pass_course(learner, course)
    first = Certificate.objects.get()
    # Before the refresher window, the course is done.
    from courses.errors import QuizNotAvailable

    with pytest.raises(QuizNotAvailable, match="already passed"):
        quiz_attempt_start(enrolment=first_attempt.enrolment)
    # Inside the window the quiz opens again; passing issues a second certificate.
    near_expiry = first.expires_on - timedelta(days=10)
    Certificate.objects.filter(pk=first.pk).update(
        issued_on=near_expiry - timedelta(days=355), expires_on=near_expiry + timedelta(days=10)
    )
    Certificate.objects.filter(pk=first.pk).update(expires_on=date.today() + timedelta(days=10))
    retake = quiz_attempt_start(enrolment=first_attempt.enrolment)
    quiz_attempt_submit(attempt=retake, answers=right_answers(retake))
    assert Certificate.objects.filter(learner=learner, course=course).count() == 2
    first.refresh_from_db()
    assert first.status_on(first.expires_on) == CertificateStatus.EXPIRED
    newest = Certificate.objects.exclude(pk=first.pk).get()
    assert newest.attempt == retake
    assert newest.expires_on > first.expires_on


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_holds_the_name_with_its_accents_the_course_dates_and_code(learner, course):
    learner.full_name = "Zoë Łukasz-Ó Súilleabháin"
    learner.save()
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    pdf = certificate_pdf(certificate=certificate, verify_url="https://learn.example/verify/X/")
    reader = PdfReader(io.BytesIO(pdf))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height, "A4 landscape"
    assert round(float(width)) == 842
    text = pdf_text(pdf)
    for expected in (
        "Zoë Łukasz-Ó Súilleabháin",
        certificate.course_title,
        certificate.display_code,
        certificate.issued_on.strftime("%-d %B %Y"),
        certificate.expires_on.strftime("%-d %B %Y"),
        "School staff".lower(),
    ):
        assert expected in text, expected


def test_the_qr_code_on_the_pdf_encodes_the_verification_url(learner, course):
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    url = f"https://learn.example/verify/{certificate.display_code}/"
    image = PdfReader(io.BytesIO(certificate_pdf(certificate=certificate, verify_url=url))).pages[0].images[0].image
    expected = segno.make(url, error="m").matrix
    size, border = len(expected), 2
    scale = image.width // (size + 2 * border)
    grey = image.convert("L")
    modules = [
        [
            int(grey.getpixel(((x + border) * scale + scale // 2, (y + border) * scale + scale // 2)) < 128)
            for x in range(size)
        ]
        for y in range(size)
    ]
    assert modules == [list(row) for row in expected]


def test_the_owner_downloads_the_pdf_from_my_learning(learner, learner_client, course):
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    html = learner_client.get(reverse("courses:my_learning")).content.decode()
    url = reverse("courses:certificate_download", args=[certificate.pk])
    assert url in html
    assert certificate.display_code in html
    response = learner_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="certificate-')
    assert certificate.display_code in pdf_text(response.content)


@pytest.mark.parametrize("persona", ["other_learner_client", "anonymous_client", "editor_client"])
def test_anyone_else_gets_404_for_the_pdf(request, learner, course, persona):
    pass_course(learner, course)
    certificate = Certificate.objects.get()
    client = request.getfixturevalue(persona)
    assert client.get(reverse("courses:certificate_download", args=[certificate.pk])).status_code == 404


def test_my_learning_warns_when_a_refresher_is_due(learner, learner_client, course):
    pass_course(learner, course)
    Certificate.objects.update(expires_on=date.today() + timedelta(days=30))
    html = learner_client.get(reverse("courses:my_learning")).content.decode()
    assert "Refresher due" in html
    Certificate.objects.update(expires_on=date.today() + timedelta(days=31))
    assert "Refresher due" not in learner_client.get(reverse("courses:my_learning")).content.decode()


def test_the_passed_result_offers_the_certificate(learner, learner_client, course):
    attempt = pass_course(learner, course)
    html = learner_client.get(reverse("courses:attempt_result", args=[attempt.pk])).content.decode()
    assert Certificate.objects.get().display_code in html
    assert "Download your certificate" in html


def test_other_learners_certificates_never_appear_in_my_learning(learner, other_learner_client, course):
    pass_course(learner, course)
    html = other_learner_client.get(reverse("courses:my_learning")).content.decode()
    assert Certificate.objects.get().display_code not in html
