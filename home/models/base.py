"""The abstract base of every content page: teaser, main image, social image, topics."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from taxonomy.forms import LocalizedChoicesPageForm

from ..fragments import page_fragment
from ..page_queries import prefetch_renditions
from ..related import related_pages
from .mixins import SocialMixin, TeaserMixin, TopicsMixin


class BasePage(TeaserMixin, SocialMixin, Page):
    """Fields every content page shares; choosers offer only terms of the page's language."""

    base_form_class = LocalizedChoicesPageForm

    content_panels = [*Page.content_panels, *TeaserMixin.teaser_panels]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
            ],
            heading=_("For search engines"),
        ),
        *SocialMixin.social_panels,
    ]
    search_fields = [
        *Page.search_fields,
        *TeaserMixin.teaser_search_fields,
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        *TeaserMixin.teaser_translatable_fields,
        *SocialMixin.social_translatable_fields,
    ]

    # Set by ``home.routing`` when its route query found no view restriction on the page,
    # its ancestors or an alias source: Wagtail's check then needs no queries of its own.
    known_unrestricted = False

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # The hero picture, the share image and the JSON-LD image: one query for all renditions.
        prefetch_renditions([self.image, self.social_image])
        return super().get_context(request, *args, **kwargs)

    def get_view_restrictions(self):
        if self.known_unrestricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def listing_teaser(self) -> str:
        """The text a card shows: the teaser, else the search description."""
        return self.teaser or self.search_description


class TopicPage(TopicsMixin, BasePage):
    """A content page tagged with topics, with "Mehr zum Thema" at its end."""

    topic_panels = TopicsMixin.topics_panels
    search_fields = [*BasePage.search_fields, *TopicsMixin.topics_search_fields]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *TopicsMixin.topics_translatable_fields,
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # "Mehr zum Thema" before the template renders: when it is built, its cards' images
        # and this page's own come with one renditions query.
        more_on_topic = page_fragment(
            "more-on-topic",
            self,
            request,
            "components/more_on_topic.html",
            lambda own_images: {"related": related_pages(self, extra_images=own_images)},
            own_images=[self.image, self.social_image],
        )
        context = super().get_context(request, *args, **kwargs)
        context["more_on_topic"] = more_on_topic
        return context


class IndexPage(BasePage):
    """A page below the home page that lists its children: an introduction, then cards.

    Subclasses implement ``listing_items(limit)`` for the home page's "latest items" block."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text shown above the list."),
    )

    per_page = 12  # cards per page of the listing

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listing_items(self, limit: int):
        raise NotImplementedError(f"{type(self).__name__} must list its items for teasers")
