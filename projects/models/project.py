"""The project profile (Projektsteckbrief) and its partner rows."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api_fields import choice, computed, term, terms
from home.models import ReviewedMixin, TopicPage
from home.protocol import OpenDataset, ProfileSection, SearchType
from taxonomy.widgets import term_panel

from ..blocks import ProjectBodyBlock, ProjectDownloadsBlock, ProjectLinksBlock
from ..structured_data import project_description
from .status import DurationPrecision, ProjectPageManager, ProjectStatus, derive_status, year_bounds


class ProjectScope(models.TextChoices):
    """How far a project reaches."""

    NATIONWIDE = "nationwide", _("Nationwide")
    EUROPE_WIDE = "europe-wide", _("Europe-wide")
    REGIONAL = "regional", _("Regional")
    MUNICIPAL = "municipal", _("Municipal")


class PartnerRole(models.TextChoices):
    """The part a municipality or organisation plays in a project."""

    LEAD = "lead", _("Lead")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")
    PILOT = "pilot", _("Pilot municipality")
    COMMISSIONING = "commissioning", _("Commissioning body")
    FUNDER = "funder", _("Funder")


def _section(verbose_name, help_text):
    return StreamField(
        ProjectBodyBlock(), verbose_name=verbose_name, blank=True, help_text=help_text
    )


class ProjectPage(ReviewedMixin, TopicPage):
    """A project profile: facts (scope, duration, partners, …) and four sections of text."""

    scope = models.CharField(
        _("scope"), max_length=20, choices=ProjectScope.choices, default=ProjectScope.NATIONWIDE
    )
    start_date = models.DateField(_("start"), help_text=_("First day of the project."))
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Leave empty if the project is open-ended.")
    )
    duration_precision = models.CharField(
        _("precision"),
        max_length=10,
        choices=DurationPrecision.choices,
        default=DurationPrecision.DAY,
        help_text=_(
            "“Years only” when only the years are known: the page then shows “2022 to 2023” "
            "and keeps the dates as 1 January and 31 December of those years."
        ),
    )
    commissioned_by = ParentalManyToManyField(
        "taxonomy.Organisation",
        verbose_name=_("commissioned by"),
        blank=True,
        related_name="commissioned_projects",
    )
    funding_programme = models.ForeignKey(
        "taxonomy.FundingProgramme",
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    services = ParentalManyToManyField(
        "taxonomy.Service", verbose_name=_("services"), blank=True, related_name="projects"
    )
    starting_point = _section(_("starting point"), _("The situation the project responds to."))
    goal = _section(_("goal"), _("What the project wants to achieve."))
    approach = _section(_("approach"), _("How the project works towards its goal."))
    results = _section(_("results"), _("What came out of it; add to it as the project goes."))
    links = StreamField(
        ProjectLinksBlock(),
        verbose_name=_("external links"),
        blank=True,
        help_text=_("The project's homepage, publications, podcasts, …"),
    )
    downloads = StreamField(ProjectDownloadsBlock(), verbose_name=_("downloads"), blank=True)
    contacts = ParentalManyToManyField(
        "taxonomy.Person", verbose_name=_("contacts"), blank=True, related_name="projects"
    )

    objects = ProjectPageManager()

    profile_panels = [
        FieldPanel("scope"),
        FieldRowPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("duration_precision")],
            heading=_("Duration"),
        ),
        term_panel("commissioned_by"),
        term_panel("funding_programme"),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
    ]
    section_panels = [
        FieldPanel("starting_point"),
        FieldPanel("goal"),
        FieldPanel("approach"),
        FieldPanel("results"),
    ]
    content_panels = [
        *TopicPage.content_panels,
        MultiFieldPanel(section_panels, heading=_("Sections")),
    ]
    people_panels = [
        InlinePanel(
            "partners",
            label=_("Partner"),
            heading=_("Partners"),
            help_text=_("Municipalities and organisations taking part, each with its role."),
        ),
        term_panel("contacts"),
    ]
    link_panels = [FieldPanel("links"), FieldPanel("downloads")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(profile_panels, heading=_("Profile")),
            ObjectList(people_panels, heading=_("Partners and contacts")),
            ObjectList(link_panels, heading=_("Links and downloads")),
            ObjectList(TopicPage.topic_panels, heading=_("Topics")),
            ObjectList(
                [*TopicPage.promote_panels, *ReviewedMixin.review_panels], heading=_("Promote")
            ),
            ObjectList(TopicPage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *TopicPage.search_fields,
        index.SearchField("starting_point"),
        index.SearchField("goal"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.RelatedFields("services", [index.SearchField("name")]),
        index.FilterField("scope"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    api_fields = [
        *TopicPage.api_fields,
        choice("scope"),
        computed("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("duration_precision"),
        term("funding_programme"),
        terms("commissioned_by"),
        terms("services"),
        computed("partners", "api_partners"),
    ]
    # Terms and partner rows are copied into translations; ``taxonomy.localize`` points them
    # at the translation's own language.
    override_translatable_fields = [
        *TopicPage.override_translatable_fields,
        SynchronizedField("scope"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("duration_precision"),
        SynchronizedField("commissioned_by"),
        SynchronizedField("funding_programme"),
        SynchronizedField("services"),
        SynchronizedField("contacts"),
        SynchronizedField("partners"),
        TranslatableField("starting_point"),
        TranslatableField("goal"),
        TranslatableField("approach"),
        TranslatableField("results"),
        TranslatableField("links"),
        SynchronizedField("downloads"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    search_type = SearchType("projects", _("project"), _("projects"), order=30)
    open_data = OpenDataset(
        "projects",
        _("Projects"),
        _("Project profiles: scope, duration, status, partners, funding and topics."),
        order=("title", "pk"),
        columns=(
            "scope",
            "status",
            "start_date",
            "end_date",
            "funding_programme",
            "commissioned_by",
            "partners",
            "services",
        ),
    )
    profile_section = ProfileSection(
        _("Projects"), order=10, lookups=("partners__municipality",), experience=True
    )

    class Meta:
        verbose_name = _("project profile")
        verbose_name_plural = _("project profiles")

    def clean(self):
        super().clean()
        self._round_to_years()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot be before the start.")})

    def save(self, *args, **kwargs):
        # Stored as whole years, so the status filters in the database (``status_q``) agree.
        self._round_to_years()
        return super().save(*args, **kwargs)

    def _round_to_years(self):
        if self.years_only:
            self.start_date, self.end_date = year_bounds(self.start_date, self.end_date)

    # Status and duration ----------------------------------------------------------------

    @property
    def years_only(self) -> bool:
        """Whether only the years of the start and end are known ("2022 to 2023")."""
        return self.duration_precision == DurationPrecision.YEAR

    def get_status(self, today=None) -> ProjectStatus:
        start, end = self.start_date, self.end_date
        if self.years_only:
            start, end = year_bounds(start, end)
        return derive_status(start, end, today)

    @property
    def status(self) -> ProjectStatus:
        return self.get_status()

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def listing_kicker(self) -> str:
        return self.status_label

    @property
    def duration_years(self) -> str:
        """The duration in years: "2022–2023", "2022", or "since 2020" when open-ended."""
        if not self.start_date:
            return ""
        start = self.start_date.year
        if self.end_date is None:
            if self.status == ProjectStatus.PLANNED:
                return _("from %(year)s") % {"year": start}
            return _("since %(year)s") % {"year": start}
        end = self.end_date.year
        return str(start) if start == end else f"{start}–{end}"

    @property
    def duration_in_years(self) -> str:
        """The duration of a project known to the year only, as the facts box gives it:
        "2022 to 2023", "2022", or "since 2020" when open-ended."""
        if self.start_date and self.end_date and self.start_date.year != self.end_date.year:
            return _("%(start)s to %(end)s") % {
                "start": self.start_date.year,
                "end": self.end_date.year,
            }
        return self.duration_years

    @property
    def listing_meta(self) -> str:
        """The line under the title in listings, e.g. "Nationwide · 2022–2023"."""
        return " · ".join(part for part in (self.get_scope_display(), self.duration_years) if part)

    def sections(self) -> list[tuple]:
        """(anchor, heading, body) of each section that has content, in reading order."""
        sections = [
            ("starting-point", _("Starting point"), self.starting_point),
            ("goal", _("Goal"), self.goal),
            ("approach", _("Approach"), self.approach),
            ("results", _("Results"), self.results),
        ]
        return [section for section in sections if section[2]]

    # Related terms, in the page's language (``taxonomy.localize``) -------------------------

    @cached_property
    def partner_roles(self) -> list[tuple]:
        """(municipality or organisation, role label) per row."""
        partners = self.partners.select_related("municipality", "organisation")
        return [(row.member, row.get_role_display()) for row in partners if row.member]

    @cached_property
    def contact_people(self) -> list:
        """The contacts with their organisations."""
        return list(self.contacts.select_related("organisation"))

    @property
    def api_partners(self) -> list[dict]:
        """The partners as the API shows them: name, slug and role in the page's language."""
        return [
            {"name": member.name, "slug": member.slug, "role": role}
            for member, role in self.partner_roles
        ]

    # The page-type protocol (``home.protocol``) -------------------------------------------

    def structured_data(self, request) -> dict:
        return project_description(self, request)

    def open_data_row(self, request) -> dict:
        programme = self.funding_programme
        return {
            **super().open_data_row(request),
            "scope": self.scope,
            "status": str(self.status.value),
            "start_date": self.start_date.isoformat() if self.start_date else "",
            "end_date": self.end_date.isoformat() if self.end_date else "",
            "funding_programme": programme.name if programme else "",
            "commissioned_by": [term.name for term in self.commissioned_by.all()],
            "partners": [member.name for member, _role in self.partner_roles],
            "services": [term.name for term in self.services.all()],
        }


class ProjectPartner(Orderable):
    """A municipality or an organisation taking part in a project, with its role.

    A plain orderable, not translatable: wagtail-localize copies the rows into translations
    and ``taxonomy.localize.localize_terms`` points them at the translation's language."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="project_partnerships",
    )
    organisation = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="project_partnerships",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )

    panels = [
        FieldRowPanel([term_panel("municipality"), term_panel("organisation")]),
        FieldPanel("role"),
    ]

    class Meta(Orderable.Meta):
        # Rows added in code may have no sort order; creation order breaks the tie.
        ordering = ["sort_order", "pk"]
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    def __str__(self):
        return f"{self.member} ({self.get_role_display()})"

    @property
    def member(self):
        return self.municipality or self.organisation

    def clean(self):
        super().clean()
        if bool(self.municipality_id) == bool(self.organisation_id):
            message = _("Choose either a municipality or an organisation.")
            raise ValidationError({"municipality": message, "organisation": message})
