"""The home page of each language and standard pages (about, imprint, privacy, …)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..blocks import BaseStreamBlock, HomeStreamBlock, LatestItemsBlock
from ..fragments import page_fragment
from ..latest_items import prepare_latest_items
from .base import BasePage
from .mixins import ReviewedMixin


class HomePage(BasePage):
    """The start page of one language tree; one per locale, at the root of the site."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown below the page title."),
    )
    body = StreamField(
        HomeStreamBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_("Featured content, latest items from an index page, toolbox entry points."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    # Found by its address, not by searching for it.
    navigational = True

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        # The sections, before the template renders: when they are built, every latest-items
        # section and this page's own images come with one renditions query.
        sections = page_fragment(
            "home-sections",
            self,
            request,
            "home/home_sections.html",
            lambda own_images: {"latest_items": self._latest_items(own_images)},
            own_images=[self.image, self.social_image],
        )
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = sections
        return context

    def _latest_items(self, own_images):
        return prepare_latest_items(
            (block.value for block in self.body if isinstance(block.block, LatestItemsBlock)),
            extra_images=own_images,
        )


class StandardPage(ReviewedMixin, BasePage):
    """A page of text and blocks: about, the peer-to-peer process, imprint, privacy, …"""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel(
            "last_reviewed",
            help_text=_("Shown at the end of the page, e.g. for the accessibility statement."),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    # No subpage_types: what may live below is decided by each child type's parent_page_types
    # (standard pages, form pages), so home/ needs to name no feature app.

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
