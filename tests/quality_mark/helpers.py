"""Builders for quality mark tests (no tests here)."""

import io
from smtplib import SMTPServerDisconnected

from django.core.mail.backends.base import BaseEmailBackend
from PIL import Image

from quality_mark import services
from quality_mark.models import Application


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down: every send fails as smtplib would."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


FAILING_EMAIL = "tests.quality_mark.helpers.FailingEmailBackend"


def png_bytes(size=(4, 4)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(4, 4)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 30, 200)).save(buffer, format="JPEG")
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def start(school, manager) -> Application:
    return services.application_start(organisation=school, user=manager)


def fill(application: Application, manager, *, level: int = 3) -> Application:
    """Answer every section so the application can be submitted."""
    for section in application.sections.select_related("standard"):
        section.application = application
        services.section_save(
            section=section, user=manager, self_level=level, commentary=f"What we do for {section.standard_title}."
        )
    return application


def submitted(school, manager) -> Application:
    application = fill(start(school, manager), manager)
    services.application_submit(application=application, user=manager)
    return application


def under_review(school, manager, assessor) -> Application:
    application = submitted(school, manager)
    services.application_review_start(application=application, user=assessor)
    return application


def assess_all(application: Application, assessor, *, level: int = 3) -> Application:
    """Record an agreed level for every standard, as the assessor does before deciding."""
    for section in application.sections.all():
        section.application = application
        services.section_assess(section=section, user=assessor, agreed_level=level, comment="")
    return application


def in_status(status: str, school, manager, assessor) -> Application:
    """An application brought to `status` by the services, as a school and an assessor would."""
    if status == "draft":
        return fill(start(school, manager), manager)
    if status == "submitted":
        return submitted(school, manager)
    application = under_review(school, manager, assessor)
    if status == "under_review":
        return application
    if status in ("more_information", "resubmitted"):
        services.application_request_information(application=application, user=assessor, comment="Say more.")
        if status == "resubmitted":
            services.application_submit(application=application, user=manager)
        return application
    if status in ("awarded", "not_awarded", "expired"):
        assess_all(application, assessor)
    if status == "awarded":
        services.application_award(application=application, user=assessor, comment="Well done.")
        return application
    if status == "not_awarded":
        services.application_not_award(application=application, user=assessor, comment="Train more staff.")
        return application
    if status == "expired":
        award = services.application_award(application=application, user=assessor, comment="Well done.")
        services.awards_expire(today=award.expires_on)
        application.refresh_from_db()
        return application
    raise ValueError(status)
