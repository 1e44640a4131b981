from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "elearning.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        # Connected here, not when the middleware loads, so that every process that can change
        # content (web workers, `publish_scheduled` from cron, a shell) clears the shared cache.
        from .invalidation import connect_signals

        connect_signals()
