from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from elearning.language.forms import LanguageGuardSnippetForm


class Competency(RevisionMixin, index.Indexed, models.Model):
    """One thing a person should be able to do. Quiz questions, courses, confidence ratings and the
    training-needs survey are all tagged with competencies, so results can be compared."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    base_form_class = LanguageGuardSnippetForm
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name_plural = "competencies"

    def __str__(self):
        return self.name
