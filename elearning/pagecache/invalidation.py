"""One version for everything the page cache holds. Any change that can alter a public page
(publish, unpublish, move, delete, a slug change, any save of a page, a page's view restriction,
a district's contacts, an image or document, and every `migrate`, which a release runs) sets a new
version, and every cached page and lesson fragment stored under
an older one is never served again: they expire from the cache on their own.

A content change is rare beside page views, so clearing everything is cheap, and it is correct
without knowing which pages show what (course cards on the home page, links between pages)."""

import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "pagecache:version"


def page_cache_version() -> str:
    """The version that pages are stored and looked up under now."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # Never a counter that restarts at 1: if Redis evicts this key, pages stored before must
        # not come back to life.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def versioned_get(key: str) -> tuple[object | None, str]:
    """(what is stored under `key` for the current version, or None; the current version), in one
    cache round trip. Store with versioned_set() under the version this returned, read before the
    value was worked out: if content changed meanwhile, the entry is already old."""
    found = cache.get_many([VERSION_KEY, key])
    version, entry = found.get(VERSION_KEY), found.get(key)
    if version is not None and entry is not None and entry[0] == version:
        return entry[1], version
    return None, version if version is not None else page_cache_version()


def versioned_set(key: str, version: str, value) -> None:
    cache.set(key, (version, value), settings.PAGE_CACHE_SECONDS)


def page_cache_clear() -> None:
    """Forget every cached page and fragment. Also once the transaction commits: a page
    rendered from the old rows while the change was being written is stored under the version
    of this first clear, which the second makes old."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None))


def _clear(**kwargs):
    page_cache_clear()


def _clear_on_content_write(sender, instance, **kwargs):
    page_cache_clear()


def _content_models() -> list:
    """Every model whose rows can change what a page shows: each page type, sites, view
    restrictions (a new one makes a public page private), districts and partnerships (their
    contacts), images and documents."""
    from elearning.people.models import District, Partnership

    pages = [model for model in apps.get_models() if issubclass(model, Page)]
    return [*pages, Site, PageViewRestriction, District, Partnership, get_image_model(), get_document_model()]


def connect_signals() -> None:
    # Every release runs `migrate`: pages and routes stored by the old code (old templates, page
    # objects pickled from old classes) must not be served by the new.
    post_migrate.connect(_clear, sender=apps.get_app_config("wagtailcore"), dispatch_uid="pagecache-post-migrate")
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(_clear, dispatch_uid=f"pagecache-{id(signal)}")
    # One sender at a time, never all models: a post_delete receiver for a model makes Django read
    # every row of a bulk delete into Python to send it, which would slow every delete everywhere.
    for model in _content_models():
        post_save.connect(_clear_on_content_write, sender=model, dispatch_uid=f"pagecache-save-{model._meta.label}")
        post_delete.connect(_clear_on_content_write, sender=model, dispatch_uid=f"pagecache-delete-{model._meta.label}")
