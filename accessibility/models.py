"""The accessibility statement (BITV 2.0 § 7, following the EU model statement of
Implementing Decision (EU) 2018/1523) and the Leichte Sprache and sign-language pages
(BITV 2.0 § 4) that the header links from every page of their language."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText, expand_db_html
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.locales import live_localized_by_id
from core.visibility import visible
from home.api_fields import choice
from home.models import BasePage, ReviewedMixin
from home.protocol import HeaderShortcut

from .blocks import (
    BARRIER_REASONS,
    NON_COMPLIANCE,
    BarrierBlock,
    EasyReadStreamBlock,
    SignLanguageVideoBlock,
)

# BGG § 12b (4): a public body answers feedback on its statement within one month at the latest.
REPLY_PERIOD_MONTHS = 1


class Conformance(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("self-assessment")
    THIRD_PARTY = "third_party", _("assessment by a third party (external test)")


def telephone_uri(number: str) -> str:
    """``tel:`` address of a German number as people write it ("030 18 527-2805")."""
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+49" + digits[1:]
    return f"tel:{digits}" if digits else ""


class AccessibilityStatementPage(ReviewedMixin, BasePage):
    """The accessibility statement: status, known barriers, how it was assessed, the
    feedback mechanism and the enforcement procedure, in the order of the EU model."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Who makes the statement, for which website, under which law: the model "
            "statement's opening paragraph."
        ),
    )
    conformance = models.CharField(
        _("compliance status"),
        max_length=20,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
    )
    standard = models.CharField(
        _("standard assessed against"),
        max_length=255,
        default="BITV 2.0, EN 301 549 V3.2.1 und WCAG 2.1 Stufe AA",
        help_text=_("The law and the standards the website was assessed against."),
    )
    barriers = StreamField(
        [("barrier", BarrierBlock())],
        verbose_name=_("known barriers"),
        blank=True,
        help_text=_("Everything known not to be accessible, each with its reason and alternative."),
    )
    measures = RichTextField(
        _("measures"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What is being done about the barriers, and when."),
    )
    prepared_on = models.DateField(_("statement prepared on"), null=True, blank=True)
    assessed_on = models.DateField(_("assessed on"), null=True, blank=True)
    assessment_method = models.CharField(
        _("assessment method"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    assessment = RichTextField(
        _("how it was assessed"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Who assessed the website, which pages, with which tools and tests."),
    )
    feedback_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("feedback form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The form page where visitors report barriers; their messages are stored."),
    )
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    arbitration_name = models.CharField(
        _("conciliation body"),
        max_length=255,
        default=(
            "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten "
            "der Bundesregierung für die Belange von Menschen mit Behinderungen"
        ),
    )
    arbitration_address = models.TextField(
        _("address"), max_length=300, default="Mauerstraße 53\n10117 Berlin"
    )
    arbitration_phone = models.CharField(
        _("telephone"), max_length=40, blank=True, default="030 18 527-2805"
    )
    arbitration_email = models.EmailField(
        _("e-mail address"), blank=True, default="info@schlichtungsstelle-bgg.de"
    )
    arbitration_url = models.URLField(
        _("website"), blank=True, default="https://www.schlichtungsstelle-bgg.de"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("conformance"), FieldPanel("standard")],
            heading=_("Compliance status"),
        ),
        FieldPanel("barriers"),
        FieldPanel("measures"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("assessed_on")]),
                FieldPanel("assessment_method"),
                FieldPanel("assessment"),
                FieldPanel(
                    "last_reviewed",
                    help_text=_(
                        "Review the statement at least once a year and after every major change."
                    ),
                ),
            ],
            heading=_("Preparation of this statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback_page"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Feedback and contact information"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("arbitration_name"),
                FieldPanel("arbitration_address"),
                FieldRowPanel([FieldPanel("arbitration_phone"), FieldPanel("arbitration_email")]),
                FieldPanel("arbitration_url"),
            ],
            heading=_("Enforcement procedure"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("barriers"),
    ]
    api_fields = [
        *BasePage.api_fields,
        choice("conformance"),
        APIField("standard"),
        APIField("barriers"),
        choice("assessment_method"),
        APIField("prepared_on"),
        APIField("assessed_on"),
        APIField("last_reviewed"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("feedback_page"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("arbitration_phone"),
        SynchronizedField("arbitration_email"),
        SynchronizedField("arbitration_url"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "accessibility/accessibility_statement_page.html"

    reply_period_months = REPLY_PERIOD_MONTHS

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        non_compliant = [
            block for block in self.barriers if block.value.get("reason") == NON_COMPLIANCE
        ]
        if self.conformance == Conformance.FULL and non_compliant:
            raise ValidationError(
                {
                    "conformance": _(
                        "A website with known non-compliant content is not fully compliant."
                    )
                }
            )
        if self.conformance != Conformance.FULL and not list(self.barriers):
            raise ValidationError(
                {"barriers": _("Name the content that is not accessible, and why.")}
            )

    def barrier_groups(self) -> list[tuple[str, list]]:
        """The known barriers grouped by their kind of reason, in the model's order."""
        groups = []
        for reason, label in BARRIER_REASONS:
            items = [block for block in self.barriers if block.value.get("reason") == reason]
            if items:
                groups.append((str(label), items))
        return groups

    @cached_property
    def feedback_url(self) -> str:
        """The feedback form in the visitor's language."""
        if self.feedback_page_id is None:
            return ""
        page = live_localized_by_id({self.feedback_page_id}).get(self.feedback_page_id)
        return (page.url or "") if page else ""

    @property
    def contact_phone_uri(self) -> str:
        return telephone_uri(self.contact_phone)

    @property
    def arbitration_phone_uri(self) -> str:
        return telephone_uri(self.arbitration_phone)


# Between the sections' texts while their links are expanded together (an HTML comment, which
# the link rewriter leaves alone and no editor's text contains).
_SECTION_BREAK = "<!--easy-read-section-->"


def _expand_links_at_once(stream, block_type: str, field: str) -> None:
    """Expand the page links of every ``field`` rich text of ``block_type`` blocks in one
    pass: Wagtail expands each rich text on its own, with three queries per text that links
    a page, and a page in Leichte Sprache links many (the value is only rendered, not saved)."""
    values = [block.value for block in stream if block.block_type == block_type]
    sources = [value[field].source for value in values]
    if not any('linktype="page"' in source for source in sources):
        return
    expanded = expand_db_html(_SECTION_BREAK.join(sources)).split(_SECTION_BREAK)
    for value, html in zip(values, expanded, strict=True):
        value[field] = RichText(html)


class EasyReadPage(ReviewedMixin, BasePage):
    """Information in Leichte Sprache (easy read): short sections with a picture each."""

    body = StreamField(EasyReadStreamBlock(), verbose_name=_("sections"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    promote_panels = [*BasePage.promote_panels, *ReviewedMixin.review_panels]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["home.HomePage", "accessibility.EasyReadPage"]
    template = "accessibility/easy_read_page.html"
    header_shortcut = HeaderShortcut(_("Easy read"), "accessibility/icons/easy_read.html", order=10)

    class Meta:
        verbose_name = _("Leichte Sprache page")
        verbose_name_plural = _("Leichte Sprache pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        _expand_links_at_once(self.body, "section", "text")
        return context

    def easy_read_children(self):
        """Further pages in Leichte Sprache below this one."""
        return visible(EasyReadPage.objects.child_of(self)).order_by("path")


class SignLanguagePage(ReviewedMixin, BasePage):
    """Videos in German Sign Language, served by the portal, each with captions and text."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown above the videos; say here when videos are still being produced."),
    )
    videos = StreamField(
        [("video", SignLanguageVideoBlock())], verbose_name=_("videos"), blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("videos")]
    promote_panels = [*BasePage.promote_panels, *ReviewedMixin.review_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("videos"),
    ]
    api_fields = [*BasePage.api_fields, APIField("videos")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "accessibility/sign_language_page.html"
    header_shortcut = HeaderShortcut(
        _("Sign language"), "accessibility/icons/sign_language.html", order=20
    )

    class Meta:
        verbose_name = _("sign-language page")
        verbose_name_plural = _("sign-language pages")
