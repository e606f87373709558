"""The abstract base of every content page: teaser, main image, social image, topics, and the
page-type protocol (``home.protocol``) that cross-type features use."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core import signals
from core.origin import absolute
from core.visibility import visible
from taxonomy.forms import LocalizedChoicesPageForm
from taxonomy.localize import TermsInOwnLanguage

from ..api_fields import MainImageField, terms
from ..cards import Card
from ..fragments import page_fragment
from ..listing import Listing, build_listing, card_labels
from ..page_queries import prefetch_renditions
from ..protocol import HeaderShortcut, OpenDataset, ProfileSection, SearchType
from ..related import page_topics, related_pages
from ..structured_data import described, publisher
from .mixins import SocialMixin, TeaserMixin, TopicsMixin

PAGES = SearchType("pages", _("page"), _("pages"), order=90)


class BasePage(TermsInOwnLanguage, TeaserMixin, SocialMixin, Page):
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
    # The open API (``/api/v2/``): what every page shows; page types add their own fields.
    api_fields = [APIField("teaser"), APIField("image", serializer=MainImageField("image"))]
    override_translatable_fields = [
        *TeaserMixin.teaser_translatable_fields,
        *SocialMixin.social_translatable_fields,
    ]

    # Set by ``home.routing`` when its route query found no view restriction on the page,
    # its ancestors or an alias source: Wagtail's check then needs no queries of its own.
    known_unrestricted = False

    class Meta:
        abstract = True

    def publish(self, revision, *args, **kwargs):
        # The page's save inside the publish announces no edit: the publish announces itself.
        with signals.publishing(self.pk):
            return super().publish(revision, *args, **kwargs)

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

    # The page-type protocol (``home.protocol``) -----------------------------------------

    #: What search calls pages of this type, and the filter they are found under.
    search_type: SearchType = PAGES
    #: Navigational pages (home, index and form pages) are results only when nothing else is.
    navigational = False
    #: The OpenGraph type of the page.
    og_type = "website"
    #: The page type's open dataset, if it has one (then it implements ``open_data_row``).
    open_data: OpenDataset | None = None
    #: The page type's section of the municipality profiles, if it has one.
    profile_section: ProfileSection | None = None
    #: The link the header shows on every page of the language, if the type has one.
    header_shortcut: HeaderShortcut | None = None
    #: How long a review holds (``ReviewedMixin``); ``None``: the type is not reviewed (dated
    #: news and events, index and form pages).
    review_interval: timedelta | None = None

    @classmethod
    def type_label(cls) -> str:
        """The kind of page in the visitor's words, for lists that mix types."""
        return str(cls.search_type.name)

    @property
    def listing_kicker(self) -> str:
        """The line above the title on a card: the page's kind within its listing."""
        return ""

    @property
    def listing_meta(self) -> str:
        """The line below the title on a card: dates, place, duration."""
        return ""

    def card(self, labels=None) -> Card:
        """The page as a card; ``labels`` (a listing's ``CardLabels``) names its terms."""
        return Card(self, kicker=self.listing_kicker, meta=self.listing_meta)

    def search_date(self):
        """The date a search result shows, if any."""
        return None

    def structured_data(self, request) -> dict:
        """The page's schema.org description: a ``WebPage`` published by the portal."""
        data = described(self, request, "WebPage")
        data.update(name=self.title, publisher=publisher(self, request))
        return data

    def open_data_row(self, request) -> dict:
        """The columns every open-data row starts with; types with a dataset add theirs."""
        topics = page_topics(self) if hasattr(self, "topics") else []
        return {
            # The translation key is the same in every language and survives edits.
            "id": str(self.translation_key),
            "language": self.locale.language_code,
            "title": self.title,
            "url": absolute(self.get_url(request)),
            "teaser": self.listing_teaser,
            "topics": [topic.name for topic in topics],
            "last_published_at": self.last_published_at.isoformat()
            if self.last_published_at
            else "",
        }


class TopicPage(TopicsMixin, BasePage):
    """A content page tagged with topics, with "Mehr zum Thema" at its end."""

    topic_panels = TopicsMixin.topics_panels
    search_fields = [*BasePage.search_fields, *TopicsMixin.topics_search_fields]
    api_fields = [*BasePage.api_fields, terms("topics")]
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
            lambda own_images: {
                "related": related_pages(self, extra_images=own_images),
                "topics": page_topics(self),
            },
            own_images=[self.image, self.social_image],
        )
        context = super().get_context(request, *args, **kwargs)
        context["more_on_topic"] = more_on_topic
        return context


class IndexPage(BasePage):
    """A page below the home page that lists its children: an introduction, then cards,
    filtered by the facets it declares (``home.listing``).

    Subclasses implement ``listed_items()`` (the listing's pages, in display order) and may
    declare ``listing_facets`` (counted by the database, ``home.listing``)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text shown above the list."),
    )

    #: Whether the cards name their facets' terms (the toolbox's type, phases and hazards).
    labelled_cards = False
    #: Whether the listing changes with content alone (not with the date): its counts are
    #: then kept per content generation.
    changes_with_content_only = False
    navigational = True

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listed_items(self):
        """The live, visible pages of the listing, in display order."""
        raise NotImplementedError(f"{type(self).__name__} must say which pages it lists")

    def children_of_type(self, model):
        """Live, visible pages of ``model`` below this index (so in its language), prepared
        for cards: the query count does not grow with the number of items."""
        return visible(model.objects.child_of(self)).defer_streamfields().select_related("image")

    def listing_items(self, limit: int) -> list:
        """The first ``limit`` pages for the home page's "latest items": the listing's first."""
        return list(self.listed_items()[:limit])

    #: The facets visitors filter the listing by (``home.listing``).
    listing_facets: tuple = ()

    @property
    def listing_cache_name(self) -> str:
        return f"listing:{self.pk}"

    def listing(self, request, items=None, url: str = "") -> Listing:
        """The listing for this request's GET parameters: of ``items`` at ``url`` (default:
        every listed item, at the page's own address)."""
        return build_listing(
            request.GET,
            self.listed_items() if items is None else items,
            self.listing_facets,
            locale_id=self.locale_id,
            cache_name=self.listing_cache_name,
            labelled=self.labelled_cards,
            counts_keep=self.changes_with_content_only,
            url=url or self.get_url(request),
        )

    def latest_cards(self, limit: int) -> list[Card]:
        """The cards of ``listing_items(limit)``, for the home page's "latest items"."""
        shown, labels = self.listing_items(limit), None
        if self.labelled_cards:
            facets, items = self.listing_facets, self.listed_items()
            labels = card_labels(facets, items, shown, self.locale_id, self.listing_cache_name)
        return [item.card(labels) for item in shown]

    def get_context(self, request, *args, items=None, listing_url: str = "", **kwargs):
        """``items`` and ``listing_url``: another list than ``listed_items()`` at another
        address (an events archive, say)."""
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.listing(request, items, listing_url)
        return context
