from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from .matching import Rule, phrase_pattern


class LanguageRule(RevisionMixin, index.Indexed, models.Model):
    """A phrase that can blame a child, why, and what to say instead. Staff edit these; the guard
    in the admin and `check_language` read the active ones."""

    phrase = models.CharField(
        "phrase to avoid",
        max_length=120,
        help_text=(
            "Matched as whole words in any letter case, with plurals and simple word forms "
            '("absconded" also finds "abscond" and "absconding"). Separate alternative words with a '
            'slash: "putting herself/himself/themselves at risk". Words in quotation marks are never flagged.'
        ),
    )
    why = models.TextField(help_text="Why the phrase can blame the child. Editors see this when it is found.")
    suggestion = models.CharField(
        "say instead", max_length=250, help_text="What to write instead, shown to editors next to the phrase."
    )
    exceptions = models.TextField(
        "not when part of",
        blank=True,
        help_text=(
            'Phrases that contain a match but are fine, one a line, for example "cannot consent" for the '
            'phrase "consented".'
        ),
    )
    match_word_forms = models.BooleanField(
        "match other word forms",
        default=True,
        help_text=(
            "Also find plurals and other forms of the words (-s, -ed, -ing). Turn this off when another form "
            'means something else, and list the forms to find with slashes: "consented/consenting" without '
            '"consent".'
        ),
    )
    active = models.BooleanField(default=True, help_text="Only active phrases are checked.")

    panels = [
        FieldPanel("phrase"),
        FieldPanel("why"),
        FieldPanel("suggestion"),
        FieldPanel("match_word_forms"),
        FieldPanel("exceptions"),
        FieldPanel("active"),
    ]
    search_fields = [index.SearchField("phrase"), index.AutocompleteField("phrase")]

    class Meta:
        ordering = [Lower("phrase")]
        verbose_name = "phrase to avoid"
        verbose_name_plural = "phrases to avoid"
        constraints = [
            models.UniqueConstraint(
                Lower("phrase"),
                name="language_rule_phrase_ci_unique",
                violation_error_message="This phrase is already on the list.",
            ),
        ]

    def __str__(self):
        return self.phrase

    def clean(self):
        self.phrase = " ".join(self.phrase.split())
        if self.phrase and phrase_pattern(self.phrase) is None:
            raise ValidationError({"phrase": "Give at least one word."})

    @property
    def exception_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.exceptions.splitlines() if line.strip())

    def as_rule(self) -> Rule:
        return Rule(
            phrase=self.phrase,
            suggestion=self.suggestion,
            why=self.why,
            exceptions=self.exception_list,
            word_forms=self.match_word_forms,
            pk=self.pk,
        )


class LanguageConfirmation(models.Model):
    """The audit trail: an editor saw these phrases in this content and chose to keep them.

    The guard does not ask again about a phrase confirmed in the same place of the same content,
    and `check_language` reports it as confirmed rather than failing on it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    confirmed_at = models.DateTimeField(auto_now_add=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    object_repr = models.CharField("content", max_length=255)
    matches = models.JSONField(default=list, help_text="Each phrase kept: phrase, found, where, suggestion.")

    class Meta:
        ordering = ["-confirmed_at", "-pk"]
        verbose_name = "kept wording"
        verbose_name_plural = "kept wording"
        indexes = [models.Index(fields=["content_type", "object_id"], name="language_confirmation_object")]

    def __str__(self):
        return f"{self.object_repr}: {self.phrases}"

    @property
    def phrases(self) -> str:
        return ", ".join(f"“{match.get('found', '')}”" for match in self.matches)
