import csv

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.log_actions import log

from elearning.ratelimit import rate_limited

from ..certificate_pdf import certificate_pdf
from ..codes import code_display, code_normalise
from ..forms import BulkVerifyForm, VerifyForm
from ..permissions import can_bulk_verify
from ..selectors import certificate_for_code, certificate_for_learner, certificates_for_codes
from ..verification import lookup_code


def _verify_url(request, certificate) -> str:
    return request.build_absolute_uri(reverse("courses:verify_code", args=[certificate.display_code]))


@require_GET
def certificate_download(request, certificate_id: int):
    """The owner's PDF. Anyone else, signed in or not, gets the same 404 as for a missing one."""
    certificate = (
        certificate_for_learner(learner=request.user, certificate_id=certificate_id)
        if request.user.is_authenticated
        else None
    )
    if certificate is None:
        raise Http404("No such certificate")
    pdf = certificate_pdf(certificate=certificate, verify_url=_verify_url(request, certificate))
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"certificate-{slugify(certificate.course_title)}-{certificate.display_code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _too_many(request) -> HttpResponse | None:
    limit, period = settings.VERIFY_RATE_LIMIT
    if rate_limited(request, scope="verify", limit=limit, period=period):
        return render(request, "429.html", status=429)
    return None


@require_GET
def verify(request):
    """The public form: type or paste a code."""
    form = VerifyForm(request.GET or None)
    if request.GET:
        if refusal := _too_many(request):
            return refusal
        if form.is_valid():
            return redirect("courses:verify_code", code=code_display(form.cleaned_data["code"]))
    return render(request, "courses/verify.html", {"form": form, "can_bulk_verify": can_bulk_verify(request.user)})


@require_GET
def verify_code(request, code: str):
    """The QR code's target. Shows only what the certificate says, never who else holds one."""
    if refusal := _too_many(request):
        return refusal
    canonical = code_normalise(code)
    if canonical and code != code_display(canonical):
        return redirect("courses:verify_code", code=code_display(canonical))
    certificate = certificate_for_code(canonical)
    if certificate is None and canonical and (other := lookup_code(canonical)) is not None:
        # Another app's document with this code (the quality mark's awards, registered in its ready()).
        response = render(request, other.template, {"result": other, **other.context})
        response["Cache-Control"] = "no-store"
        return response
    if certificate is None:
        return render(request, "courses/verify_result.html", {"certificate": None, "form": VerifyForm()}, status=404)
    response = render(request, "courses/verify_result.html", {"certificate": certificate, "status": certificate.status})
    response["Cache-Control"] = "no-store"  # a revocation must show at once
    return response


@login_required
@require_http_methods(["GET", "POST"])
def bulk_verify(request):
    """For staff and organisation managers: check up to 500 codes at once."""
    if not can_bulk_verify(request.user):
        raise PermissionDenied
    form = BulkVerifyForm(request.POST or None, request.FILES or None)
    rows = None
    if request.method == "POST" and form.is_valid():
        found = certificates_for_codes([code for _, code in form.cleaned_data["codes"] if code])
        rows = [
            {"typed": typed, "certificate": found.get(code), "status": found[code].status if code in found else None}
            for typed, code in form.cleaned_data["codes"]
        ]
        if "download" in request.POST:
            # Names and certificate statuses leave the site: who, when and how many, in the audit trail.
            log(
                instance=request.user,
                action="courses.certificate.bulk_verify_download",
                user=request.user,
                title="Certificate check (CSV)",
                data={"codes": len(rows), "found": sum(1 for row in rows if row["certificate"] is not None)},
            )
            return _bulk_csv(rows)
    return render(request, "courses/bulk_verify.html", {"form": form, "rows": rows})


def _bulk_csv(rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="certificate-check.csv"'
    writer = csv.writer(response)
    writer.writerow(["Code as given", "Status", "Holder", "Course", "Issued", "Expires"])
    for row in rows:
        certificate = row["certificate"]
        if certificate is None:
            writer.writerow([_csv_safe(row["typed"]), "no certificate matches", "", "", "", ""])
        else:
            writer.writerow(
                [
                    certificate.display_code,
                    row["status"],
                    _csv_safe(certificate.holder_name),
                    _csv_safe(certificate.course_title),
                    certificate.issued_on.isoformat(),
                    certificate.expires_on.isoformat() if certificate.expires_on else "does not expire",
                ]
            )
    return response


def _csv_safe(value: str) -> str:
    """Text that a spreadsheet will not run as a formula."""
    return f"'{value}" if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value
