from .invalidation import page_cache_version
from .routes import REQUEST_VERSION_ATTRIBUTE


def page_cache(request):
    """`page_cache_version` for fragment cache keys. A function, so templates read it only where
    they use it: the version the route cache read for this request, else one cache read."""

    def version() -> str:
        return getattr(request, REQUEST_VERSION_ATTRIBUTE, None) or page_cache_version()

    return {"page_cache_version": version}
