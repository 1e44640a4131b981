"""The project's URLs plus the two calibration targets, which exist only here."""

from django.http import HttpResponse
from django.urls import include, path
from wagtail.views import serve

PLAIN_PAGE_SLUG = "bench-plain-wagtail-page"


def bare_django(request):
    return HttpResponse("Hello from a bare Django view.", content_type="text/plain")


def plain_wagtail_page(request):
    # Wagtail's own page view for a plain Page with a minimal template. Under its own URL, so the
    # page cache (which stores only what wagtail.views.serve answers) never stores it: it
    # calibrates an uncached stock page.
    return serve(request, f"{PLAIN_PAGE_SLUG}/")


urlpatterns = [
    path("bench/bare-django/", bare_django),
    path("bench/plain-wagtail-page/", plain_wagtail_page),
    path("", include("elearning.urls")),
]
