"""A fixed-window rate limit per client address, counted in the cache (Redis in production, so
every worker shares the count)."""

import time

from django.core.cache import cache


def rate_limited(request, *, scope: str, limit: int, period: int) -> bool:
    """Count this request; True when the address has made more than `limit` in this window."""
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{request.META.get('REMOTE_ADDR', '')}:{window}"
    cache.add(key, 0, timeout=period + 1)
    try:
        return cache.incr(key) > limit
    except ValueError:  # the key expired between add and incr: this is the first of a new window
        cache.set(key, 1, timeout=period + 1)
        return False
