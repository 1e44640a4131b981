"""A fixed-window rate limit per client address, counted in the cache (Redis in production, so
every worker shares the count), and the one place that says what a request's client address is.

Behind a TLS proxy (or a load balancer and a proxy) every request arrives from the proxy's own
address. Each proxy appends the address it received the request from to X-Forwarded-For, so with
TRUSTED_PROXY_COUNT = N proxies of our own in front of the app, the client is the N-th entry from
the right: entries further left were written by the client and prove nothing. With N = 0 (the
default) the header is ignored, so nobody can pick their own address by sending it."""

import ipaddress
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The address of the client that sent the request, as far as our own proxies can vouch for it."""
    direct = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return direct
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        # The request did not come through all of our proxies (a health check from inside, say): all
        # we know is who connected.
        return direct
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return direct


def rate_limited(request, *, scope: str, limit: int, period: int) -> bool:
    """Count this request; True when the address has made more than `limit` in this window."""
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=period + 1)
    try:
        return cache.incr(key) > limit
    except ValueError:  # the key expired between add and incr: this is the first of a new window
        cache.set(key, 1, timeout=period + 1)
        return False
