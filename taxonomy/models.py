"""Translatable taxonomy snippets. Slugs are synchronised across languages (stable filter URLs);
names and descriptions are translated."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .forms import LocalizedChoicesModelForm
from .localize import localize_terms
from .widgets import term_panel

SLUG_HELP = _("Used in filter URLs; the same in every language. Filled from the name if empty.")


class Term(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a language-independent slug; the base of every taxonomy snippet."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, blank=True, help_text=SLUG_HELP)
    description = models.TextField(_("description"), blank=True)

    base_form_class = LocalizedChoicesModelForm
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:150]
        localize_terms(self)  # a funder in the programme's language, too
        super().save(*args, **kwargs)


def _unique_slug_per_locale(cls_name: str):
    return models.UniqueConstraint(
        fields=["slug", "locale"], name=f"taxonomy_{cls_name}_unique_slug_per_locale"
    )


class Topic(Term):
    """A subject area (Thema) such as digitalisation or climate adaptation."""

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [_unique_slug_per_locale("topic")]


class Service(Term):
    """A service a project delivers (Leistung), e.g. moderation or knowledge transfer."""

    class Meta(Term.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [_unique_slug_per_locale("service")]


class Hazard(Term):
    """A climate hazard a method addresses: heat, heavy rain, flooding, drought, …"""

    class Meta(Term.Meta):
        verbose_name = _("hazard")
        verbose_name_plural = _("hazards")
        constraints = [_unique_slug_per_locale("hazard")]


class ToolType(Term):
    """The kind of a toolbox entry: guideline, software, checklist, participation format, …"""

    class Meta(Term.Meta):
        verbose_name = _("tool type")
        verbose_name_plural = _("tool types")
        constraints = [_unique_slug_per_locale("tooltype")]


class TargetGroup(Term):
    """Who a method is for: administration, politics, citizens, businesses, …"""

    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [_unique_slug_per_locale("targetgroup")]


class ProcessPhase(Term):
    """A phase of a municipal process (planning, implementation, evaluation), in process order."""

    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Phases are listed in this order.")
    )

    panels = [*Term.panels, FieldPanel("sort_order")]
    translatable_fields = [*Term.translatable_fields, SynchronizedField("sort_order")]

    class Meta(Term.Meta):
        verbose_name = _("process phase")
        verbose_name_plural = _("process phases")
        ordering = ["sort_order", "name"]
        constraints = [_unique_slug_per_locale("processphase")]


class Organisation(Term):
    """A ministry, research institute, company, association or other body."""

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry or federal authority")
        INSTITUTE = "institute", _("Research institute or university")
        COMPANY = "company", _("Company")
        ASSOCIATION = "association", _("Association or network")
        MUNICIPALITY = "municipality", _("Municipal administration")
        OTHER = "other", _("Other")

    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("kind")]),
        FieldPanel("slug"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        *Term.search_fields,
        index.SearchField("abbreviation"),
        index.FilterField("kind"),
    ]
    translatable_fields = [
        *Term.translatable_fields,
        TranslatableField("abbreviation"),
        SynchronizedField("kind"),
        SynchronizedField("url"),
        SynchronizedField("logo"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [_unique_slug_per_locale("organisation")]

    def __str__(self):
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name


class FundingProgramme(Term):
    """A public funding programme, e.g. the federal Smart Cities model projects."""

    funder = models.ForeignKey(
        Organisation,
        verbose_name=_("funded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funding_programmes",
    )
    url = models.URLField(_("website"), blank=True)

    panels = [*Term.panels, term_panel("funder"), FieldPanel("url")]
    translatable_fields = [
        *Term.translatable_fields,
        TranslatableField("funder"),
        SynchronizedField("url"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        constraints = [_unique_slug_per_locale("fundingprogramme")]


class Municipality(Term):
    """A city, municipality, district or region, with its place on the map."""

    class FederalState(models.TextChoices):
        BW = "BW", _("Baden-Württemberg")
        BY = "BY", _("Bavaria")
        BE = "BE", _("Berlin")
        BB = "BB", _("Brandenburg")
        HB = "HB", _("Bremen")
        HH = "HH", _("Hamburg")
        HE = "HE", _("Hesse")
        MV = "MV", _("Mecklenburg-Western Pomerania")
        NI = "NI", _("Lower Saxony")
        NW = "NW", _("North Rhine-Westphalia")
        RP = "RP", _("Rhineland-Palatinate")
        SL = "SL", _("Saarland")
        SN = "SN", _("Saxony")
        ST = "ST", _("Saxony-Anhalt")
        SH = "SH", _("Schleswig-Holstein")
        TH = "TH", _("Thuringia")

    class SizeClass(models.TextChoices):
        # Size classes of the Federal Institute for Research on Building, Urban Affairs and
        # Spatial Development (BBSR), by population.
        LARGE_CITY = "large", _("Large city (100,000 inhabitants or more)")
        MEDIUM_TOWN = "medium", _("Medium-sized town (20,000 to 99,999)")
        SMALL_TOWN = "small", _("Small town (5,000 to 19,999)")
        RURAL = "rural", _("Rural municipality (under 5,000)")
        DISTRICT = "district", _("District or region")

    federal_state = models.CharField(
        _("federal state"), max_length=2, choices=FederalState.choices, blank=True
    )
    size_class = models.CharField(_("size class"), max_length=10, choices=SizeClass.choices)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    url = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("federal_state"), FieldPanel("size_class")]),
        FieldPanel("population"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Coordinates (WGS 84, decimal degrees)"),
        ),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    search_fields = [
        *Term.search_fields,
        index.FilterField("federal_state"),
        index.FilterField("size_class"),
    ]
    translatable_fields = [
        *Term.translatable_fields,
        SynchronizedField("federal_state"),
        SynchronizedField("size_class"),
        SynchronizedField("population"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("url"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        constraints = [_unique_slug_per_locale("municipality")]


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A contact person shown on projects, tools and events."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role or job title"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    base_form_class = LocalizedChoicesModelForm
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        term_panel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("photo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name

    def save(self, *args, **kwargs):
        localize_terms(self)  # the organisation in the person's language
        super().save(*args, **kwargs)
