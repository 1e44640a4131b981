"""The certificate as a PDF (xhtml2pdf): A4 landscape, laid out with tables, the QR code embedded
as a data URI, and the DejaVu fonts so names in any Latin script print correctly."""

import base64
import io

import segno
from django.conf import settings
from django.template.loader import render_to_string
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from .models import Certificate


class CertificateRenderError(Exception):
    pass


def qr_data_uri(url: str) -> str:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def certificate_pdf(*, certificate: Certificate, verify_url: str) -> bytes:
    return render_pdf("courses/certificate_pdf.html", {"certificate": certificate, "verify_url": verify_url})


def render_pdf(template_name: str, context: dict) -> bytes:
    """Draw a certificate-style template as a PDF. The template also gets the QR code of
    context["verify_url"], the DejaVu font paths and the service name. The quality mark's award
    certificate uses this too."""
    font_dir = settings.CERTIFICATE_FONT_DIR
    html = render_to_string(
        template_name,
        {
            **context,
            "qr": qr_data_uri(context["verify_url"]),
            "font_regular": font_dir / "DejaVuSans.ttf",
            "font_bold": font_dir / "DejaVuSans-Bold.ttf",
            "service_name": settings.SERVICE_NAME,
        },
    )
    # The document may read only the font directory, and nothing over the network.
    policy = ResourceAccessPolicy(allow_remote=False, base_dir=font_dir)
    output = io.BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", resource_policy=policy)
    if result.err:
        raise CertificateRenderError(f"The certificate PDF could not be drawn ({result.err} errors).")
    return output.getvalue()
