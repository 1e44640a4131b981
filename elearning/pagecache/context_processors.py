from .invalidation import page_cache_version


def page_cache(request):
    """`page_cache_version` for fragment cache keys. A function, so templates call it (one cache
    read) only where they use it."""
    return {"page_cache_version": page_cache_version}
