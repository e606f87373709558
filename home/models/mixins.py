"""Abstract mixins that carry their own fields and panels, composed into ``BasePage``."""

from datetime import timedelta

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TeaserMixin(models.Model):
    """A lead text and a main image, shown on the page and in every listing and teaser."""

    teaser = models.TextField(
        _("teaser"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown below the title and in listings."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text of the main image"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )

    teaser_panels = [
        FieldPanel("teaser"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Main image")),
    ]
    teaser_search_fields = [index.SearchField("teaser")]
    teaser_translatable_fields = [
        TranslatableField("teaser"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
    ]

    class Meta:
        abstract = True


class SocialMixin(models.Model):
    """The image shown when the page is shared; falls back to the main image."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Defaults to the main image."),
    )

    social_panels = [FieldPanel("social_image")]
    social_translatable_fields = [SynchronizedField("social_image")]

    class Meta:
        abstract = True

    @property
    def share_image(self):
        return self.social_image or getattr(self, "image", None)


class TopicsMixin(models.Model):
    """Topics (Themen) and the editor's picks for "Mehr zum Thema" (related content)."""

    topics = ParentalManyToManyField(
        "taxonomy.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
    )
    related_pages = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        verbose_name=_("related pages (editors' picks)"),
        blank=True,
        max_num=4,
        help_text=_(
            "Shown first under “More on this topic”; pages sharing topics fill up the rest."
        ),
    )

    topics_panels = [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_pages"),
    ]
    topics_search_fields = [index.RelatedFields("topics", [index.SearchField("name")])]
    # Topics point at the translation's own terms (``taxonomy.localize``); page picks
    # resolve per language.
    topics_translatable_fields = [SynchronizedField("topics"), SynchronizedField("related_pages")]

    class Meta:
        abstract = True


class DiscussedPagesMixin(models.Model):
    """The portal's pages an event discussed (tools, projects, …): listed with the event's
    documentation once it is over, and each of those pages names the events that discussed
    it (``home.discussions``), so the next city finds the exchange."""

    discussed_pages = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        verbose_name=_("tools and projects discussed"),
        blank=True,
        help_text=_(
            "Toolbox entries, projects or other pages the participants discussed; shown with "
            "the documentation once the event is over, and on each of those pages."
        ),
    )

    discussed_panels = [FieldPanel("discussed_pages")]
    # The pages named here show the event (``core.page_changes``).
    fields_shown_elsewhere = ("discussed_pages",)
    # Picks resolve to the visitor's language when shown, as "Mehr zum Thema" picks do.
    discussed_translatable_fields = [SynchronizedField("discussed_pages")]

    class Meta:
        abstract = True


class ReviewedMixin(models.Model):
    """When an editor last checked the page, and how often the page type wants checking
    (``review_interval``, part of the protocol, ``home.protocol``): the "Needs review" report
    and its weekly digest name a live page once the interval has passed since its last review,
    or since its first publication if it was never reviewed.

    Page types that show the date to visitors (toolbox entries, standard pages, the
    accessibility statement) keep the field among their content; the others put
    ``review_panels`` on their promote tab."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_(
            "When you last checked that the page is correct and up to date. "
            "“Mark as reviewed” in the page's menu sets today."
        ),
    )

    review_interval: timedelta | None = timedelta(days=365)
    review_panels = [MultiFieldPanel([FieldPanel("last_reviewed")], heading=_("Review"))]

    class Meta:
        abstract = True
