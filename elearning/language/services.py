"""Writes for the language guard."""

from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from .matching import Match
from .models import LanguageConfirmation


@transaction.atomic
def language_confirmation_record(*, user, instance, matches: Sequence[Match]) -> LanguageConfirmation:
    """Record that an editor saw these phrases in this content and kept them."""
    if instance.pk is None:
        raise ValueError("Save the content before recording a confirmation for it.")
    return LanguageConfirmation.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        content_type=ContentType.objects.get_for_model(instance),
        object_id=str(instance.pk),
        object_repr=str(instance)[:255],
        matches=[match.as_dict() for match in matches],
    )
