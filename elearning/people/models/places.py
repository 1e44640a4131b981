from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from elearning.language.forms import LanguageGuardSnippetForm


class Partnership(index.Indexed, models.Model):
    """A safeguarding children partnership: the body that owns local training and reporting routes."""

    name = models.CharField(max_length=150, unique=True)

    panels = [FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class District(index.Indexed, models.Model):
    """A local authority area with the numbers to call about a child at risk there."""

    name = models.CharField(max_length=100, unique=True)
    partnership = models.ForeignKey(Partnership, on_delete=models.PROTECT, related_name="districts")
    emergency_phone = models.CharField("emergency number", max_length=30, default="999", help_text="Usually 999.")
    police_non_emergency_phone = models.CharField("police non-emergency number", max_length=30, default="101")
    police_campaign_name = models.CharField(
        "campaign name to quote",
        max_length=100,
        blank=True,
        help_text='What to say when calling the police, for example "Operation Makesafe".',
    )
    childrens_social_care_name = models.CharField(
        "children's social care front door", max_length=150, help_text="For example the MASH or Children's Front Door."
    )
    childrens_social_care_phone = models.CharField("front door phone", max_length=30)
    childrens_social_care_email = models.EmailField("front door email", blank=True)
    childrens_social_care_url = models.URLField("front door web page", blank=True)
    out_of_hours_phone = models.CharField("out of hours phone", max_length=30)
    anonymous_reporting_name = models.CharField("anonymous reporting service", max_length=100, default="Crimestoppers")
    anonymous_reporting_phone = models.CharField("anonymous reporting phone", max_length=30, default="0800 555 111")
    anonymous_reporting_url = models.URLField(
        "anonymous reporting web page", blank=True, default="https://crimestoppers-uk.org"
    )

    base_form_class = LanguageGuardSnippetForm
    panels = [
        FieldPanel("name"),
        FieldPanel("partnership"),
        MultiFieldPanel(
            [
                FieldPanel("emergency_phone"),
                FieldPanel("police_non_emergency_phone"),
                FieldPanel("police_campaign_name"),
            ],
            heading="Police",
        ),
        MultiFieldPanel(
            [
                FieldPanel("childrens_social_care_name"),
                FieldPanel("childrens_social_care_phone"),
                FieldPanel("childrens_social_care_email"),
                FieldPanel("childrens_social_care_url"),
                FieldPanel("out_of_hours_phone"),
            ],
            heading="Children's social care",
        ),
        MultiFieldPanel(
            [
                FieldPanel("anonymous_reporting_name"),
                FieldPanel("anonymous_reporting_phone"),
                FieldPanel("anonymous_reporting_url"),
            ],
            heading="Anonymous reporting",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
