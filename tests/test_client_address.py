"""Behind our proxies every request comes from the proxy: each per-address limit finds the client
in X-Forwarded-For, trusting exactly as many entries as TRUSTED_PROXY_COUNT says, and nothing a
client writes there itself."""

import pytest
from allauth.account.adapter import get_adapter
from django.test import RequestFactory
from django.urls import reverse

from elearning.insights.models import SurveyResponse
from elearning.insights.surveys import views as survey_views
from elearning.ratelimit import client_address
from tests.insights.test_survey_views import answers, make_survey, url

PROXY = "10.0.0.2"


def _request(forwarded=None):
    extra = {"REMOTE_ADDR": PROXY}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "client"),
    [
        (0, "203.0.113.9", PROXY),  # no proxy of ours: the header is the client's own say-so
        (0, None, PROXY),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # the left entry was sent by the client
        (2, "198.51.100.1, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
        (1, "2001:db8::5", "2001:db8::5"),
        (1, None, PROXY),  # did not come through the proxy: all we know is who connected
        (2, "203.0.113.9", PROXY),
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
    ],
)
def test_it_finds_the_client_behind_the_trusted_proxies(settings, proxies, forwarded, client):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_address(_request(forwarded)) == client


def test_allauth_counts_its_limits_per_the_same_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert get_adapter().get_client_ip(_request("198.51.100.1, 203.0.113.9")) == "203.0.113.9"


def test_the_verification_limit_tells_clients_behind_the_proxy_apart(client, settings, db):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.VERIFY_RATE_LIMIT = (2, 60)
    page = reverse("courses:verify_code", args=["ABCD-EFGH-JKLM-NPQR"])

    def verify(address, spoofed=""):
        forwarded = f"{spoofed}, {address}" if spoofed else address
        return client.get(page, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded).status_code

    # No certificate has this code: answered with "no certificate matches" (404), then refused.
    assert [verify("203.0.113.9") for _ in range(3)] == [404, 404, 429]
    # Another client behind the same proxy has its own count...
    assert verify("203.0.113.10") == 404
    # ...and the first cannot escape theirs by writing another address into the header.
    assert verify("203.0.113.9", spoofed="192.0.2.77") == 429


def test_the_survey_limit_tells_clients_behind_the_proxy_apart(client, settings, monkeypatch, db):
    settings.TRUSTED_PROXY_COUNT = 1
    monkeypatch.setattr(survey_views, "RATE_LIMIT", (1, 3600))
    from tests.factories import DistrictFactory

    survey, district = make_survey(), DistrictFactory(name="Harrogate")

    def submit(address, agent):
        client.cookies.clear()
        return client.post(
            url(survey),
            answers(survey, district),
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=address,
            HTTP_USER_AGENT=agent,
        ).status_code

    assert submit("203.0.113.9", "A") == 302
    assert submit("203.0.113.9", "B") == 429
    assert submit("203.0.113.10", "A") == 302
    assert SurveyResponse.objects.count() == 2
    # The anonymous key is made from the client's address, not the proxy's.
    assert SurveyResponse.objects.values("anonymous_key").distinct().count() == 2
