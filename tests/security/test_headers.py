"""Security headers on every response: a strict content security policy outside the admin, the
admin's few allowances only under /admin/, and no inline script in any template of ours."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


def test_the_public_site_allows_no_inline_script_or_style_and_no_framing(client):
    response = client.get("/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_sign_in_and_two_factor_pages_get_the_strict_policy(client):
    for url in ("/accounts/login/", "/accounts/2fa/authenticate/"):
        response = client.get(url)
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url


def test_only_the_admin_may_run_inline_script_and_frame_itself(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_no_template_of_ours_has_an_inline_script():
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.html")
        for match in INLINE_SCRIPT.finditer(path.read_text())
    ]
    assert not offenders, offenders


def test_no_page_template_of_ours_has_an_inline_style_or_event_handler():
    """PDF templates (`*_pdf.html`) are read by xhtml2pdf, never by a browser, and need their styles."""
    pattern = re.compile(r"<style\b|\sstyle=\"|\son[a-z]+=\"", re.IGNORECASE)
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.html")
        if not path.name.endswith("_pdf.html")
        for match in pattern.finditer(path.read_text())
    ]
    assert not offenders, offenders
