"""Security headers that differ between the public site and the Wagtail admin.

The public site runs under a strict content security policy (base settings,
`CONTENT_SECURITY_POLICY`): scripts and styles only from our own origin, never inline, and no
framing. The Wagtail admin still writes a few inline scripts (date pickers, inline panels) and
inline styles, and shows page previews in an iframe of its own pages, so under /admin/ only the
policy is relaxed by `CONTENT_SECURITY_POLICY_ADMIN_REPLACE` and the page may be framed by
itself. Nothing outside /admin/ gets those allowances.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIX = "/admin/"


def _is_admin(request: HttpRequest) -> bool:
    return request.path_info.startswith(ADMIN_PREFIX)


class AreaCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's allowances applied under /admin/ only."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and _is_admin(request) and parts.replace is None:
            parts.replace = settings.CONTENT_SECURITY_POLICY_ADMIN_REPLACE
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; X-Frame-Options SAMEORIGIN for the admin's preview.

    Sits after django.middleware.clickjacking.XFrameOptionsMiddleware in MIDDLEWARE, so it sees
    the response first: the clickjacking middleware leaves a header that is already set alone and
    sets DENY everywhere else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if _is_admin(request):
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response
