"""The words of any model instance, each with where it is, walked generically so that a new page
type or snippet is covered without a line of code here.

Walked: CharField, TextField and RichTextField values; StreamField values, recursively through
StructBlock, ListBlock and StreamBlock down to CharBlock, TextBlock, RichTextBlock and RawHTMLBlock;
and the text of inline children (a question's choices) through the model's child relations.
Not walked: slugs, email addresses and URLs, fields with fixed choices, fields the admin cannot
edit, Wagtail's own children (comments), and blocks that hold no words (images, embeds, choosers).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from django.db import models
from django.utils.text import capfirst
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from .matching import html_to_text

SEPARATOR = " \u203a "  # a right-pointing angle quotation mark between the parts of a path
# Page fields kept by Wagtail and treebeard, not written by editors.
INTERNAL_FIELD_NAMES = frozenset({"path", "url_path", "draft_title"})
NOT_WORDS = (models.SlugField, models.EmailField, models.URLField)


@dataclass(frozen=True)
class TextSegment:
    where: str
    text: str
    is_html: bool = False

    @property
    def plain(self) -> str:
        return html_to_text(self.text) if self.is_html else self.text


def _label(field) -> str:
    return capfirst(str(field.verbose_name))


@cache
def text_fields(model) -> tuple:
    """The fields of a model that hold words, in the model's order."""
    fields = []
    for field in model._meta.concrete_fields:
        if field.name in INTERNAL_FIELD_NAMES or not field.editable or field.choices:
            continue
        if isinstance(field, StreamField) or (
            isinstance(field, models.CharField | models.TextField) and not isinstance(field, NOT_WORDS)
        ):
            fields.append(field)
    return tuple(fields)


@cache
def child_relations(model) -> tuple:
    """(accessor name, child model) for the inline children that hold words."""
    relations = []
    for relation in get_all_child_relations(model):
        child_model = relation.related_model
        if child_model._meta.app_label.startswith("wagtail"):
            continue
        if text_fields(child_model) or child_relations(child_model):
            relations.append((relation.get_accessor_name(), child_model))
    return tuple(relations)


def instance_segments(
    instance, *, children: Mapping[str, Sequence] | None = None, prefix: Sequence[str] = ()
) -> list[TextSegment]:
    """Every piece of text in an instance and its inline children.

    children: the would-be children of an unsaved edit, by relation name (a form's formsets); any
    relation not given is read from the instance."""
    segments = []
    for field in text_fields(type(instance)):
        value = getattr(instance, field.attname, None)
        where = [*prefix, _label(field)]
        if isinstance(field, StreamField):
            segments.extend(stream_segments(value, where))
        elif value:
            segments.append(TextSegment(SEPARATOR.join(where), str(value), isinstance(field, RichTextField)))
    for accessor, child_model in child_relations(type(instance)):
        if children is not None and accessor in children:
            items = children[accessor]
        else:
            items = getattr(instance, accessor).all()
        label = capfirst(str(child_model._meta.verbose_name))
        for number, child in enumerate(items, start=1):
            segments.extend(instance_segments(child, prefix=[*prefix, f"{label} {number}"]))
    return segments


def stream_segments(value, where: Sequence[str]) -> list[TextSegment]:
    if not value:
        return []
    segments = []
    for number, child in enumerate(value, start=1):
        segments.extend(block_segments(child.block, child.value, [*where, f"Block {number}: {child.block.label}"]))
    return segments


def block_segments(block, value, where: Sequence[str]) -> list[TextSegment]:
    if value is None:
        return []
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, Mapping):
            # e.g. ImageBlock, whose value is an image: read its words from the stored form.
            value = block.get_prep_value(value) or {}
        segments = []
        for name, child_block in block.child_blocks.items():
            segments.extend(block_segments(child_block, value.get(name), [*where, child_block.label]))
        return segments
    if isinstance(block, blocks.ListBlock):
        segments = []
        for number, item in enumerate(_list_items(value), start=1):
            segments.extend(block_segments(block.child_block, item, [*where, f"Item {number}"]))
        return segments
    if isinstance(block, blocks.StreamBlock):
        return stream_segments(value, where)
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else str(value)
        return [TextSegment(SEPARATOR.join(where), source, is_html=True)] if source else []
    if isinstance(block, blocks.RawHTMLBlock):
        return [TextSegment(SEPARATOR.join(where), str(value), is_html=True)] if value else []
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return [TextSegment(SEPARATOR.join(where), str(value))] if value else []
    return []


def _list_items(value) -> Iterable:
    return list(value) if value else []


def plain_text(segments: Iterable[TextSegment]) -> str:
    """All the words, one segment per line."""
    return "\n".join(segment.plain for segment in segments)
