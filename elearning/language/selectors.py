"""Reads for the language guard: the active rules, the matches in a piece of content, what editors
have already confirmed, and the audit of all live content."""

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.models import get_snippet_models

from .extraction import child_relations, instance_segments
from .matching import Match, Matcher, build_matchers, find_matches
from .models import LanguageConfirmation, LanguageRule


def active_matchers() -> list[Matcher]:
    return build_matchers(rule.as_rule() for rule in LanguageRule.objects.filter(active=True))


def language_matches_for(
    instance, *, children: Mapping[str, Sequence] | None = None, matchers: Sequence[Matcher] | None = None
) -> list[Match]:
    """Every phrase to avoid in an instance and its inline children, in reading order."""
    matchers = active_matchers() if matchers is None else matchers
    if not matchers:
        return []
    matches = []
    for segment in instance_segments(instance, children=children):
        matches.extend(find_matches(segment.text, matchers, where=segment.where, is_html=segment.is_html))
    return matches


def _identity(stored: dict) -> tuple[str, str, str]:
    return (
        str(stored.get("phrase", "")).lower(),
        stored.get("where", ""),
        " ".join(stored.get("found", "").lower().split()),
    )


def confirmed_identities(instance) -> Counter:
    """How many times each (phrase, place, words) has been confirmed for this content: the most any
    one confirmation covered, so confirming twice does not let a third copy through."""
    if instance.pk is None:
        return Counter()
    confirmations = LanguageConfirmation.objects.filter(
        content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
    ).values_list("matches", flat=True)
    return _merge(confirmations)


def _merge(confirmations: Iterable[list]) -> Counter:
    counted = Counter()
    for stored in confirmations:
        counted |= Counter(_identity(match) for match in stored)
    return counted


def split_confirmed(matches: Iterable[Match], confirmed: Counter) -> tuple[list[Match], list[Match]]:
    """(matches still to confirm, matches an editor already confirmed)."""
    remaining = Counter(confirmed)
    pending, kept = [], []
    for match in matches:
        if remaining[match.identity] > 0:
            remaining[match.identity] -= 1
            kept.append(match)
        else:
            pending.append(match)
    return pending, kept


# ---------------------------------------------------------------------------------------------------
# The audit of live content
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    content: object
    match: Match
    confirmed: bool


@dataclass(frozen=True)
class LanguageAudit:
    findings: list[Finding]
    items_checked: int
    rules_checked: int

    @property
    def unconfirmed(self) -> list[Finding]:
        return [finding for finding in self.findings if not finding.confirmed]

    @property
    def confirmed(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.confirmed]


def live_content() -> Iterator:
    """Every live page (as its specific type) and every snippet that is live or has no drafts,
    with their inline children. The language app's own models are not content."""
    yield from Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    for model in get_snippet_models():
        if model._meta.app_label == LanguageRule._meta.app_label:
            continue
        queryset = model._default_manager.all()
        if issubclass(model, DraftStateMixin):
            queryset = queryset.filter(live=True)
        accessors = [accessor for accessor, _ in child_relations(model)]
        yield from queryset.prefetch_related(*accessors).order_by("pk")


def audit_live_content() -> LanguageAudit:
    matchers = active_matchers()
    confirmations: dict[tuple[int, str], list] = {}
    for content_type_id, object_id, stored in LanguageConfirmation.objects.values_list(
        "content_type_id", "object_id", "matches"
    ):
        confirmations.setdefault((content_type_id, object_id), []).append(stored)
    findings = []
    items = 0
    for content in live_content():
        items += 1
        matches = language_matches_for(content, matchers=matchers)
        if not matches:
            continue
        key = (ContentType.objects.get_for_model(content).pk, str(content.pk))
        pending, kept = split_confirmed(matches, _merge(confirmations.get(key, [])))
        findings.extend(Finding(content=content, match=match, confirmed=False) for match in pending)
        findings.extend(Finding(content=content, match=match, confirmed=True) for match in kept)
    return LanguageAudit(findings=findings, items_checked=items, rules_checked=len(matchers))
