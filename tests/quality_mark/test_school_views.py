"""The school's side: the quality mark tab, the task list, the sections, check and submit, the
history and the award certificate. Only the school's managers see any of it."""

import io

import pytest
import segno
from django.urls import reverse
from pypdf import PdfReader

from quality_mark import services
from quality_mark.models import Application
from tests.factories import MembershipFactory, OrganisationFactory
from tests.quality_mark.helpers import fill, in_status, start, under_review

pytestmark = pytest.mark.django_db


def school_pages(school, application, section, award=None) -> list[str]:
    args = [school.pk, application.pk]
    urls = [
        reverse("quality_mark:school", args=[school.pk]),
        reverse("quality_mark:application", args=args),
        reverse("quality_mark:section", args=[*args, section.pk]),
        reverse("quality_mark:check", args=args),
        reverse("quality_mark:history", args=args),
    ]
    if award is not None:
        urls.append(reverse("quality_mark:award_certificate", args=[school.pk, award.pk]))
    return urls


def school_posts(school, application, section) -> list[str]:
    args = [school.pk, application.pk]
    return [
        reverse("quality_mark:start", args=[school.pk]),
        reverse("quality_mark:section", args=[*args, section.pk]),
        reverse("quality_mark:submit", args=args),
        reverse("quality_mark:evidence_upload", args=[*args, section.pk]),
    ]


@pytest.fixture
def awarded(school, manager_a, assessor, standards):
    return in_status("awarded", school, manager_a, assessor)


@pytest.mark.parametrize(
    "persona", ["other_school_manager_client", "manager_b_client", "member_a_client", "learner_client", "editor_client"]
)
def test_every_school_page_is_404_to_those_who_must_not_see_it(request, persona, school, awarded):
    client = request.getfixturevalue(persona)
    section = awarded.sections.first()
    for url in school_pages(school, awarded, section, awarded.award):
        assert client.get(url).status_code == 404, url
    for url in school_posts(school, awarded, section):
        assert client.post(url, {"commentary": "Hacked", "self_level": "1"}).status_code == 404, url
    assert Application.objects.count() == 1
    section.refresh_from_db()
    assert section.commentary != "Hacked"


def test_anonymous_people_are_sent_to_sign_in_and_see_nothing(anonymous_client, school, awarded):
    section = awarded.sections.first()
    for url in school_pages(school, awarded, section, awarded.award):
        response = anonymous_client.get(url)
        assert response.status_code == 302 and reverse("account_login") in response["Location"], url
    for url in school_posts(school, awarded, section):
        assert anonymous_client.post(url).status_code == 302


def test_another_schools_application_is_404_even_under_my_own_school(
    other_school, other_school_manager_client, school, awarded
):
    section = awarded.sections.first()
    for url in (
        reverse("quality_mark:application", args=[other_school.pk, awarded.pk]),
        reverse("quality_mark:section", args=[other_school.pk, awarded.pk, section.pk]),
        reverse("quality_mark:award_certificate", args=[other_school.pk, awarded.award.pk]),
    ):
        assert other_school_manager_client.get(url).status_code == 404


def test_a_hotel_has_no_quality_mark_tab(manager_b_client, organisation_b, standards):
    assert manager_b_client.get(reverse("quality_mark:school", args=[organisation_b.pk])).status_code == 404
    members = manager_b_client.get(reverse("organisations:members", args=[organisation_b.pk])).content.decode()
    assert "Quality mark" not in members


def test_a_school_has_the_quality_mark_tab(manager_a_client, school, standards):
    members = manager_a_client.get(reverse("organisations:members", args=[school.pk])).content.decode()
    assert reverse("quality_mark:school", args=[school.pk]) in members
    tab = manager_a_client.get(reverse("quality_mark:school", args=[school.pk])).content.decode()
    assert "Start an application" in tab


def test_a_manager_starts_fills_in_and_submits_an_application(
    manager_a_client, school, standards, mailoutbox, assessor, django_capture_on_commit_callbacks
):
    response = manager_a_client.post(reverse("quality_mark:start", args=[school.pk]))
    application = Application.objects.get(organisation=school)
    assert response["Location"] == reverse("quality_mark:application", args=[school.pk, application.pk])
    task_list = manager_a_client.get(response["Location"]).content.decode()
    assert "You have completed 0 of 3 standards" in task_list
    assert "Leadership and policy" in task_list and "Not started" in task_list

    check_url = reverse("quality_mark:check", args=[school.pk, application.pk])
    check = manager_a_client.get(check_url).content.decode()
    assert "You cannot submit yet" in check
    leadership = application.sections.get(standard__slug="leadership-and-policy")
    section_url = reverse("quality_mark:section", args=[school.pk, application.pk, leadership.pk])
    assert f'href="{section_url}">Leadership and policy: choose the level you have reached' in check

    refused = manager_a_client.post(reverse("quality_mark:submit", args=[school.pk, application.pk]), follow=True)
    assert "not complete yet" in refused.content.decode()
    application.refresh_from_db()
    assert application.status == "draft"

    section_page = manager_a_client.get(section_url).content.decode()
    assert "Leadership: in place and known to staff." in section_page  # the level descriptors
    saved = manager_a_client.post(
        section_url, {"self_level": "3", "commentary": "Our policy covers CSE.", "save_and_return": ""}
    )
    assert saved["Location"] == reverse("quality_mark:application", args=[school.pk, application.pk])
    leadership.refresh_from_db()
    assert (leadership.self_level, leadership.commentary) == (3, "Our policy covers CSE.")

    fill(application, application.created_by)
    with django_capture_on_commit_callbacks(execute=True):
        submitted = manager_a_client.post(reverse("quality_mark:submit", args=[school.pk, application.pk]), follow=True)
    assert "Your application has been submitted" in submitted.content.decode()
    application.refresh_from_db()
    assert application.status == "submitted"
    assert [message.to for message in mailoutbox] == [[assessor.email]]


def test_a_double_submit_is_answered_cleanly(manager_a, manager_a_client, school, standards):
    application = fill(start(school, manager_a), manager_a)
    url = reverse("quality_mark:submit", args=[school.pk, application.pk])
    manager_a_client.post(url)
    again = manager_a_client.post(url, follow=True)
    assert again.status_code == 200
    assert "Only a draft can be submitted" in again.content.decode()
    assert application.events.filter(action="submit").count() == 1


def test_a_stale_section_form_changes_nothing_after_submission(manager_a, manager_a_client, school, standards):
    application = fill(start(school, manager_a), manager_a)
    section = application.sections.first()
    services.application_submit(application=application, user=manager_a)
    url = reverse("quality_mark:section", args=[school.pk, application.pk, section.pk])
    response = manager_a_client.post(url, {"self_level": "1", "commentary": "Late change"}, follow=True)
    assert response.status_code == 200
    assert "cannot be changed now" in response.content.decode()
    section.refresh_from_db()
    assert section.commentary != "Late change"


def test_a_bad_level_is_a_clear_error_not_a_crash(manager_a, manager_a_client, school, standards):
    application = start(school, manager_a)
    section = application.sections.get(standard__slug="curriculum")
    url = reverse("quality_mark:section", args=[school.pk, application.pk, section.pk])
    response = manager_a_client.post(url, {"self_level": "9", "commentary": "x"})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()


def test_the_school_sees_the_assessors_comments_edits_and_resubmits(
    manager_a, manager_a_client, school, assessor, standards
):
    application = under_review(school, manager_a, assessor)
    curriculum = application.sections.get(standard__slug="curriculum")
    curriculum.application = application
    services.section_assess(section=curriculum, user=assessor, agreed_level=2, comment="Say more about Year 8.")
    services.application_request_information(application=application, user=assessor, comment="Two standards are thin.")
    task_list = manager_a_client.get(reverse("quality_mark:application", args=[school.pk, application.pk]))
    text = task_list.content.decode()
    assert "The assessor needs more information" in text and "Two standards are thin." in text
    section_url = reverse("quality_mark:section", args=[school.pk, application.pk, curriculum.pk])
    assert "Say more about Year 8." in manager_a_client.get(section_url).content.decode()
    manager_a_client.post(section_url, {"self_level": "3", "commentary": "Year 8 lessons every half term."})
    response = manager_a_client.post(reverse("quality_mark:submit", args=[school.pk, application.pk]), follow=True)
    assert "resubmitted" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "resubmitted"


def test_the_history_shows_who_when_from_to_and_comment(manager_a_client, school, awarded, assessor):
    response = manager_a_client.get(reverse("quality_mark:history", args=[school.pk, awarded.pk]))
    text = response.content.decode()
    assert "Mina Manager" in text and "Ada Assessor" in text
    assert "Under review" in text and "Awarded" in text and "Well done." in text


def _assess_leadership(application, assessor, level, comment):
    section = application.sections.get(standard__slug="leadership-and-policy")
    section.application = application
    services.section_assess(section=section, user=assessor, agreed_level=level, comment=comment)


def test_assessments_reach_the_schools_history_only_once_a_decision_shares_them(
    manager_a_client, school, manager_a, assessor, standards
):
    application = under_review(school, manager_a, assessor)
    history = reverse("quality_mark:history", args=[school.pk, application.pk])
    _assess_leadership(application, assessor, 2, "Name your deputy DSL.")

    during = manager_a_client.get(history).content.decode()
    services.application_request_information(application=application, user=assessor, comment="Tell us more.")
    shared = manager_a_client.get(history).content.decode()
    fill(application, manager_a)
    services.application_submit(application=application, user=manager_a)
    services.application_review_start(application=application, user=assessor)
    _assess_leadership(application, assessor, 3, "Now in place.")
    second_review = manager_a_client.get(history).content.decode()

    assert "Standard assessed" not in during and "Name your deputy DSL." not in during
    assert "Leadership and policy: agreed level 2 Developing." in shared
    assert "Name your deputy DSL." in shared
    assert "Standard assessed" in shared and "More information requested" in shared
    assert "Name your deputy DSL." in second_review  # what was shared stays shared
    assert "Now in place." not in second_review  # the new review's notes wait for its decision


def test_staff_see_every_assessment_in_the_audit_trail_at_once(school, manager_a, assessor, standards):
    from django.test import Client

    application = under_review(school, manager_a, assessor)
    _assess_leadership(application, assessor, 2, "Name your deputy DSL.")
    client = Client()
    client.force_login(assessor)

    page = client.get(reverse("quality_mark_review:review", args=[application.pk])).content.decode()

    assert "Standard assessed" in page
    assert "Leadership and policy: agreed level 2 Developing." in page
    event = application.events.get(action="assess")
    assert (event.actor, event.from_status, event.to_status) == (assessor, "under_review", "under_review")


def test_the_manager_downloads_the_award_certificate(manager_a_client, school, awarded):
    award = awarded.award
    response = manager_a_client.get(reverse("quality_mark:award_certificate", args=[school.pk, award.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert school.name in text and award.display_code in text


def qr_modules(image, size: int, border: int = 2) -> list[list[int]]:
    """Read a QR code's dark and light modules back from the image drawn in the PDF."""
    scale = image.width // (size + 2 * border)
    grey = image.convert("L")
    return [
        [
            int(grey.getpixel(((x + border) * scale + scale // 2, (y + border) * scale + scale // 2)) < 128)
            for x in range(size)
        ]
        for y in range(size)
    ]


def test_the_award_certificate_has_a_qr_code_of_its_verification_url(manager_a_client, client, school, awarded):
    award = awarded.award
    response = manager_a_client.get(reverse("quality_mark:award_certificate", args=[school.pk, award.pk]))
    verify_url = f"http://testserver{reverse('courses:verify_code', args=[award.display_code])}"

    [qr] = PdfReader(io.BytesIO(response.content)).pages[0].images
    expected = segno.make(verify_url, error="m").matrix

    assert qr_modules(qr.image, len(expected)) == [list(row) for row in expected]
    verified = client.get(verify_url).content.decode()
    assert "Quality mark awarded to Ashdown Primary School" in verified and "Valid" in verified


def test_the_tab_shows_the_award_and_offers_a_renewal(manager_a_client, school, awarded):
    text = manager_a_client.get(reverse("quality_mark:school", args=[school.pk])).content.decode()
    assert "Quality mark awarded" in text and awarded.award.display_code in text
    assert "Start a renewal" in text
    response = manager_a_client.post(reverse("quality_mark:start", args=[school.pk]), follow=True)
    assert "pre-filled from your last application" in response.content.decode()
    renewal = Application.objects.get(organisation=school, status="draft")
    assert renewal.renewal_of == awarded


def test_a_double_click_on_start_makes_one_application(manager_a_client, school, standards):
    url = reverse("quality_mark:start", args=[school.pk])
    first = manager_a_client.post(url)
    second = manager_a_client.post(url)
    assert first["Location"] == second["Location"]
    assert Application.objects.filter(organisation=school).count() == 1


def test_a_school_waiting_for_approval_cannot_apply(db, standards):
    pending = OrganisationFactory(kind="school", status="pending")
    manager = MembershipFactory(organisation=pending, role="manager").user
    from django.test import Client

    client = Client()
    client.force_login(manager)
    assert client.get(reverse("quality_mark:school", args=[pending.pk])).status_code == 404
