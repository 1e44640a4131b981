from django.conf import settings
from django.urls import include, path, register_converter
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from elearning.converters import IdConverter

# `<id:...>` in every app's URLs: registered once, here, before the apps' URLs are included.
register_converter(IdConverter, "id")

urlpatterns = [
    # One sign-in for everybody: the admin's own login page sends people to allauth's.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("account/", include("elearning.people.urls")),
    path("organisations/", include("elearning.people.organisations.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("quality_mark.urls")),
    path("", include("elearning.insights.urls")),
    path("", include("courses.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
