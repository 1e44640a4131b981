"""Services that write the public pages: content pages and the how-to-report page.

The demo loader uses them (see home/demo_content/public_pages.py), and so can a partnership's own
import. Each is an upsert keyed on the slug under its parent. A page is published as a new
revision when it is created or when its content differs; running an import twice changes
nothing the second time, not even the revision history."""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import transaction
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from .models import ContentPage, HowToReportPage

Body = Sequence[tuple[str, Any]]
"""StreamField content as (block type, value) pairs, the shape the demo content is written in."""


class PublicPageError(Exception):
    """A page that cannot go where it was asked to. The message is written for an editor."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@transaction.atomic
def content_page_upsert(*, parent: Page, slug: str, title: str, summary: str, body: Body) -> ContentPage:
    _check_parent(ContentPage, parent)
    page = ContentPage.objects.child_of(parent).filter(slug=slug).first()
    return _upsert(page or ContentPage(slug=slug), parent=parent, title=title, summary=summary, body=body)


@transaction.atomic
def how_to_report_page_upsert(
    *, parent: Page, slug: str = "how-to-report", title: str, intro: str, body: Body
) -> HowToReportPage:
    _check_parent(HowToReportPage, parent)
    page = HowToReportPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None and HowToReportPage.objects.exists():
        raise PublicPageError("The site already has a how-to-report page. There can be only one.")
    return _upsert(page or HowToReportPage(slug=slug), parent=parent, title=title, intro=intro, body=body)


@transaction.atomic
def public_pages_upsert(*, parent: Page, specs: Iterable[Mapping]) -> list[Page]:
    """Build pages from content specs, in order. A spec is a content page (title, slug, summary,
    body, and optional `children`, specs of the same shape) or, with "type": "how_to_report",
    the how-to-report page (title, slug, intro, body)."""
    pages: list[Page] = []
    for spec in specs:
        if spec.get("type") == "how_to_report":
            pages.append(
                how_to_report_page_upsert(
                    parent=parent, slug=spec["slug"], title=spec["title"], intro=spec["intro"], body=spec["body"]
                )
            )
            continue
        page = content_page_upsert(
            parent=parent, slug=spec["slug"], title=spec["title"], summary=spec["summary"], body=spec["body"]
        )
        pages.append(page)
        pages.extend(public_pages_upsert(parent=page, specs=spec.get("children", ())))
    return pages


def _check_parent(page_class: type[Page], parent: Page) -> None:
    if not page_class.can_exist_under(parent):
        raise PublicPageError(
            f"A {page_class._meta.verbose_name} cannot go under “{parent.title}”. Choose the home page "
            "or a page that allows it."
        )


def _upsert(page: Page, *, parent: Page, body: Body, **fields: str) -> Page:
    new_body = [{"type": block_type, "value": value} for block_type, value in body]
    if page.pk is not None and page.live and not _differs(page, fields, new_body):
        return page
    for name, value in fields.items():
        setattr(page, name, value)
    page.body = new_body
    if page.pk is None:
        # A fresh copy of the parent: treebeard works out the new page's path from the parent's
        # child count, which is stale on an instance that has had children added since it was read.
        Page.objects.get(pk=parent.pk).add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _differs(page: Page, fields: Mapping[str, str], new_body: list[dict]) -> bool:
    if any(getattr(page, name) != value for name, value in fields.items()):
        return True
    stream_block = page.body.stream_block
    return _plain(page.body) != _plain(stream_block.to_python(new_body))


def _plain(value: Any) -> Any:
    """Stream content as plain data without block ids, so that two copies of the same content
    compare equal."""
    if isinstance(value, StreamValue):
        return [(child.block_type, _plain(child.value)) for child in value]
    if isinstance(value, RichText):
        return value.source
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, ListValue | list | tuple):
        return [_plain(item) for item in value]
    return value
