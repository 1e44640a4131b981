"""Routes of Wagtail pages from the shared cache, for everybody, signed in or not.

Before Wagtail's page view runs, finding the page costs several queries on every request: the
site for the host name, the site's root page, the page by its path, its specific row, and the
page and ancestors' view restrictions. None of that depends on who asks, so `RouteCacheMiddleware`
keeps it in the shared cache under the page cache version (any content change renews it, see
invalidation.py): the site, the specific page, the route's arguments, the view restrictions
that apply, and what else of content the page's view reads (`RouteCachedPage.route_cache_warm`:
a lesson's course and its list of lessons). On a hit it hands them to Wagtail exactly where
Wagtail itself caches them for the request (`request._wagtail_site`,
`request._wagtail_route_for_request`), and Wagtail's serve view, hooks and view-restriction checks
then run as usual.

Nothing about the person asking is stored: a view restriction is still checked against each
request, and the page's own `serve()` still decides what each person sees. Only pages of ours
(`pages.RouteCachedPage`) are cached; only found pages, so a stream of made-up paths cannot fill the
cache.
"""

import hashlib

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from .invalidation import versioned_get, versioned_set
from .pages import VIEW_RESTRICTIONS_ATTRIBUTE as _RESTRICTIONS
from .pages import RouteCachedPage

# The version this request's route was read under, for fragment cache keys (context_processors).
REQUEST_VERSION_ATTRIBUTE = "_page_cache_version"


def _key(request: HttpRequest, path: str) -> str | None:
    try:
        host = request.get_host()  # validated against ALLOWED_HOSTS, so the key space is bounded
    except DisallowedHost:
        return None
    address = f"{host}:{request.get_port()}/{path}"
    return f"pagecache:route:{hashlib.sha256(address.encode()).hexdigest()}"


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        key = _key(request, path)
        if key is None:
            return None
        entry, version = versioned_get(key)
        setattr(request, REQUEST_VERSION_ATTRIBUTE, version)
        if entry is not None:
            site, page, args, kwargs, restrictions = entry
            request._wagtail_site = site
            request._wagtail_route_for_request = (page, args, kwargs)
            setattr(page, _RESTRICTIONS, restrictions)
            return None

        route = Page.route_for_request(request, path)  # Wagtail keeps it on the request for serve()
        if route is None or not isinstance(route[0], RouteCachedPage):
            return None
        page, args, kwargs = route
        page.route_cache_warm()
        restrictions = list(page.get_view_restrictions())
        versioned_set(key, version, (request._wagtail_site, page, args, kwargs, restrictions))
        setattr(page, _RESTRICTIONS, restrictions)
        return None
