"""Whole Wagtail pages for anonymous visitors, from the shared cache (Redis in production).

Sits near the top of MIDDLEWARE, before sessions and authentication, so a hit costs one cache
round trip and no database query. What is stored is the response as the rest of the middleware
left it (security headers, content security policy, X-Frame-Options included).

Only a request that cannot belong to anybody is answered from the cache: a GET with no session
cookie (everyone signed in has one, and so has a visitor who was given a message or passed a
page password), no message cookie and no Authorization header. Only a response that cannot
belong to anybody is stored: a 200 from Wagtail's page view, setting no cookie (a CSRF token in
a form sets one, so sign-in, sign-up and any page with a POST form are never stored), without a
CSRF field or a CSP nonce in it, not marked private, no-store or no-cache, and varying on
nothing but Cookie (which the request side has already ruled out).
"""

import hashlib

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from wagtail.views import serve as wagtail_serve

from .invalidation import versioned_get, versioned_set

HEADER = "X-Page-Cache"
_NEVER_STORE_DIRECTIVES = {"private", "no-store", "no-cache"}


def _key(request: HttpRequest) -> str | None:
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    address = f"{request.scheme}://{host}{request.get_full_path()}"
    return f"pagecache:page:{hashlib.sha256(address.encode()).hexdigest()}"


def _may_answer_from_cache(request: HttpRequest) -> bool:
    if request.method != "GET" or not settings.PAGE_CACHE_SECONDS:
        return False
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _may_store(request: HttpRequest, response) -> bool:
    match = request.resolver_match
    if match is None or match.func is not wagtail_serve:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.user.is_authenticated:  # cannot happen without a session cookie; never trust it
        return False
    directives = {part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if directives & _NEVER_STORE_DIRECTIVES or "max-age=0" in response.get("Cache-Control", "").replace(" ", ""):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if vary - {"cookie"}:
        return False
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return False
    return b'name="csrfmiddlewaretoken"' not in response.content


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        key = _key(request) if _may_answer_from_cache(request) else None
        if key is None:
            return self.get_response(request)

        entry, version = versioned_get(key)
        if entry is not None:
            return _rebuild(entry)

        response = self.get_response(request)
        if _may_store(request, response):
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            versioned_set(key, version, (response.status_code, headers, response.content))
            response[HEADER] = "miss"
        return response


def _rebuild(entry) -> HttpResponse:
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "hit"
    return response
