"""The mixin for page types whose route the shared cache may keep (routes.py). It imports nothing,
so models can use it while the app registry is still loading."""

VIEW_RESTRICTIONS_ATTRIBUTE = "_route_cache_view_restrictions"


class RouteCachedPage:
    """A page type whose route may be kept in the shared cache. Put it before Page in the bases.

    routes.RouteCacheMiddleware hands a page from the cache the view restrictions that applied when
    it was stored, so Wagtail's check of them costs no query."""

    def route_cache_warm(self) -> None:
        """Work out, before the page goes into the cache, whatever else of content the page's view
        reads (cached properties are stored with the page). Nothing about a person, ever."""

    def get_view_restrictions(self):
        restrictions = getattr(self, VIEW_RESTRICTIONS_ATTRIBUTE, None)
        if restrictions is not None:
            return restrictions
        return super().get_view_restrictions()
