"""The toolbox pages: an index that filters by every facet and one page per method."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api_fields import choice, computed, term, terms
from home.cards import Card, CardDetail
from home.listing import ChoiceFacet, MultipleChoiceFacet, TermFacet
from home.models import IndexPage, ReviewedMixin, TeaserMixin, TopicPage
from home.protocol import OpenDataset, ProfileSection, SearchType
from taxonomy.models import Municipality
from taxonomy.widgets import term_panel

from ..blocks import ToolBodyBlock, ToolDownloadsBlock
from .fields import MultipleChoiceField


class Effort(models.TextChoices):
    LOW = "low", _("Low (a few person-days)")
    MEDIUM = "medium", _("Medium (up to three person-months)")
    HIGH = "high", _("High (more than three person-months)")


class Cost(models.TextChoices):
    LOW = "low", _("Low (under 10,000 euros)")
    MEDIUM = "medium", _("Medium (10,000 to 100,000 euros)")
    HIGH = "high", _("High (over 100,000 euros)")


class Duration(models.TextChoices):
    SHORT = "short", _("Short (under three months)")
    MEDIUM = "medium", _("Medium (three to twelve months)")
    LONG = "long", _("Long (over a year)")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("CC BY 4.0 (Creative Commons Attribution)")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0 (Creative Commons Attribution-ShareAlike)")
    CC0 = "cc0-1.0", _("CC0 1.0 (public domain dedication)")
    DL_DE_BY = "dl-de-by-2.0", _("Data licence Germany – attribution – version 2.0")
    OTHER = "other", _("Proprietary or other licence")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    Licence.DL_DE_BY: "https://www.govdata.de/dl-de/by-2-0",
}


# Several values of one facet widen the results (OR), several facets narrow them (AND).
TOOL_FACETS = (
    TermFacet("type", _("Type"), "tool_type"),
    TermFacet("phase", _("Process phase"), "process_phases"),
    TermFacet("hazard", _("Climate hazard"), "hazards"),
    TermFacet("topic", _("Topic"), "topics"),
    TermFacet("group", _("Target group"), "target_groups"),
    MultipleChoiceFacet("size", _("Municipality size"), "municipality_sizes"),
    ChoiceFacet("effort", _("Effort"), "effort"),
    ChoiceFacet("cost", _("Cost"), "cost"),
    ChoiceFacet("duration", _("Duration"), "duration"),
)


class ToolboxIndexPage(IndexPage):
    """The toolbox catalogue of one language: all its tools, filterable by every facet; its
    counts change with content alone, so they are kept per content generation."""

    subpage_types = ["toolbox.ToolPage"]
    labelled_cards = True
    changes_with_content_only = True

    class Meta:
        verbose_name = _("toolbox index page")
        verbose_name_plural = _("toolbox index pages")

    def tools(self):
        """Live, public tools of this index (and so of its language)."""
        return self.children_of_type(ToolPage)

    def listed_items(self):
        return self.tools().order_by("title", "pk")

    listing_facets = TOOL_FACETS

    def listing_items(self, limit: int) -> list:
        """The newest tools, for the home page's "latest items" block."""
        return list(self.tools().order_by("-first_published_at", "-pk")[:limit])


class ToolPage(ReviewedMixin, TopicPage):
    """A method, guideline, software or format for climate-resilient cities (toolbox entry).

    The inherited ``teaser`` is the entry's summary."""

    tool_type = models.ForeignKey(
        "taxonomy.ToolType",
        verbose_name=_("type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tool_pages",
    )
    process_phases = ParentalManyToManyField(
        "taxonomy.ProcessPhase",
        verbose_name=_("process phases"),
        blank=True,
        related_name="tool_pages",
        help_text=_("The phases of a municipal process in which the method helps."),
    )
    hazards = ParentalManyToManyField(
        "taxonomy.Hazard",
        verbose_name=_("climate hazards"),
        blank=True,
        related_name="tool_pages",
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="tool_pages",
    )
    municipality_sizes = MultipleChoiceField(
        _("suitable municipality sizes"),
        value_choices=Municipality.SizeClass.choices,
        blank=True,
        help_text=_("The sizes of municipality the method suits; leave empty if unknown."),
    )
    effort = models.CharField(
        _("effort"),
        max_length=10,
        choices=Effort.choices,
        blank=True,
        help_text=_("Staff time the method takes in the administration."),
    )
    cost = models.CharField(
        _("cost"),
        max_length=10,
        choices=Cost.choices,
        blank=True,
        help_text=_("Money spent on services, software or construction, not counting staff time."),
    )
    duration = models.CharField(
        _("duration"),
        max_length=10,
        choices=Duration.choices,
        blank=True,
        help_text=_("Time from the start until first usable results."),
    )
    data_needed = models.TextField(
        _("data and prerequisites needed"),
        blank=True,
        help_text=_("Which data, tools or skills a municipality needs to apply the method."),
    )
    source_project = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("source project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project profile in which the method was developed or tested."),
    )
    practice_examples = ParentalManyToManyField(
        "taxonomy.Municipality",
        verbose_name=_("practice examples"),
        blank=True,
        related_name="tool_pages",
        help_text=_("Municipalities that have used the method."),
    )
    downloads = StreamField(ToolDownloadsBlock(), verbose_name=_("downloads"), blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=Licence.choices,
        blank=True,
        help_text=_("The licence under which the method and its downloads may be reused."),
    )
    licence_url = models.URLField(
        _("licence address"),
        blank=True,
        help_text=_("Link to the licence text; leave empty for the standard licences."),
    )
    body = StreamField(ToolBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel(
            "teaser",
            heading=_("Summary"),
            help_text=_("Two or three sentences: what the method does and for whom."),
        ),
        *TeaserMixin.teaser_panels[1:],
        MultiFieldPanel(
            [
                FieldPanel("tool_type"),
                FieldPanel("process_phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("hazards", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("municipality_sizes"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("effort"), FieldPanel("cost"), FieldPanel("duration")]),
                FieldPanel("data_needed"),
            ],
            heading=_("Effort and requirements"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                PageChooserPanel("source_project", ["projects.ProjectPage"]),
                term_panel("practice_examples"),
            ],
            heading=_("Origin and practice"),
        ),
        FieldPanel("downloads"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("licence"), FieldPanel("licence_url")]),
                FieldPanel(
                    "last_reviewed",
                    help_text=_("When the editors last checked that the entry is up to date."),
                ),
            ],
            heading=_("Licence and review"),
        ),
        *TopicPage.topic_panels,
    ]
    search_fields = [
        *TopicPage.search_fields,
        index.SearchField("data_needed"),
        index.SearchField("body"),
        index.RelatedFields("tool_type", [index.SearchField("name")]),
        index.RelatedFields("hazards", [index.SearchField("name")]),
    ]
    api_fields = [
        *TopicPage.api_fields,
        term("tool_type"),
        terms("process_phases"),
        terms("hazards"),
        terms("target_groups"),
        computed("municipality_sizes"),
        choice("effort"),
        choice("cost"),
        choice("duration"),
        APIField("data_needed"),
        terms("practice_examples"),
        choice("licence"),
        computed("licence_url", "licence_link"),
        APIField("last_reviewed"),
    ]
    # Terms are copied unchanged into translations and resolved at display time
    # (see core.locales); everything that is not text stays in step across languages.
    override_translatable_fields = [
        *TopicPage.override_translatable_fields,
        SynchronizedField("tool_type"),
        SynchronizedField("process_phases"),
        SynchronizedField("hazards"),
        SynchronizedField("target_groups"),
        SynchronizedField("municipality_sizes"),
        SynchronizedField("effort"),
        SynchronizedField("cost"),
        SynchronizedField("duration"),
        TranslatableField("data_needed"),
        SynchronizedField("source_project"),
        SynchronizedField("practice_examples"),
        # Documents may be swapped for a translated version, hence translatable (overridable).
        TranslatableField("downloads"),
        SynchronizedField("licence"),
        SynchronizedField("licence_url"),
        SynchronizedField("last_reviewed"),
        TranslatableField("body"),
    ]

    parent_page_types = ["toolbox.ToolboxIndexPage"]
    subpage_types = []

    search_type = SearchType("tools", _("tool"), _("tools"), order=40)
    open_data = OpenDataset(
        "toolbox",
        _("Toolbox"),
        _("Methods, guidelines and tools with their classification, effort and licence."),
        order=("title", "pk"),
        columns=(
            "tool_type",
            "process_phases",
            "hazards",
            "target_groups",
            "municipality_sizes",
            "effort",
            "cost",
            "duration",
            "licence",
            "last_reviewed",
        ),
    )
    profile_section = ProfileSection(
        _("Tools used"), order=20, lookups=("practice_examples",), experience=True
    )

    class Meta:
        verbose_name = _("toolbox entry")
        verbose_name_plural = _("toolbox entries")

    @property
    def listing_kicker(self) -> str:
        """The tool type."""
        return self.tool_type.name if self.tool_type else ""

    def card(self, labels=None) -> Card:
        """With a listing's labels: type, phases and hazards; without them, the bare card (in
        lists of several page types, which name the kind themselves)."""
        if labels is None:
            return Card(self)
        types, phases = labels.of(self, "type"), labels.of(self, "phase")
        return Card(
            self,
            kicker=types[0].name if types else "",
            details=(CardDetail(_("Phases"), tuple(phases)),) if phases else (),
            tags=tuple(labels.of(self, "hazard")),
            tags_label=_("Climate hazards"),
        )

    @property
    def municipality_size_labels(self) -> list[str]:
        return self._meta.get_field("municipality_sizes").labels(self.municipality_sizes)

    @property
    def licence_link(self) -> str:
        return self.licence_url or LICENCE_URLS.get(self.licence, "")

    def live_source_project(self):
        """The source project in the visitor's language, if it is published."""
        if self.source_project is None:
            return None
        project = self.source_project.localized
        return project if project.live else None

    def open_data_row(self, request) -> dict:
        tool_type = self.tool_type
        return {
            **super().open_data_row(request),
            "tool_type": tool_type.name if tool_type else "",
            "process_phases": [term.name for term in self.process_phases.all()],
            "hazards": [term.name for term in self.hazards.all()],
            "target_groups": [term.name for term in self.target_groups.all()],
            "municipality_sizes": list(self.municipality_sizes or []),
            "effort": self.effort,
            "cost": self.cost,
            "duration": self.duration,
            "licence": self.licence,
            "last_reviewed": self.last_reviewed.isoformat() if self.last_reviewed else "",
        }
