"""The award certificate: drawn by the same machinery as course certificates."""

from courses.certificate_pdf import render_pdf

from .models import Award


def award_certificate_pdf(*, award: Award, verify_url: str) -> bytes:
    return render_pdf(
        "quality_mark/award_certificate_pdf.html",
        {"award": award, "organisation": award.organisation, "verify_url": verify_url},
    )
