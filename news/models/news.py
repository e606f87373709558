"""News: the index page of one language and its articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api_fields import terms
from home.listing import TermFacet
from home.models import IndexPage, TopicPage
from home.protocol import OpenDataset, ProfileSection, SearchType
from taxonomy.widgets import term_panel

from ..blocks import NewsBodyBlock
from ..dates import single_date
from ..feeds import NewsAtomFeed, NewsFeed
from ..structured_data import news_article


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """The news of one language, newest first, filterable by topic; feeds under ``feed/``."""

    subpage_types = ["news.NewsPage"]
    changes_with_content_only = True

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news(self):
        """Live, public news of this index, newest first."""
        return self.children_of_type(NewsPage).order_by("-date", "-pk")

    def listed_items(self):
        return self.news()

    listing_facets = (TermFacet("topic", _("Topic"), "topics", multiple=False),)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return NewsFeed()(request, index=self)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed()(request, index=self)

    def feed_url(self, kind: str = "rss", request=None) -> str:
        return (self.get_url(request) or "") + self.reverse_subpage(kind)


class NewsPage(TopicPage):
    """A news article: date, authors, the municipalities it concerns, and its text."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The publication date shown on the page; news are sorted by it."),
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"))
    authors = ParentalManyToManyField(
        "taxonomy.Person",
        verbose_name=_("authors"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
    )
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality",
        verbose_name=_("municipalities"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
        help_text=_("The cities, municipalities or regions the article is about."),
    )

    content_panels = [
        *TopicPage.content_panels,
        FieldPanel("date"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                term_panel("authors"),
                term_panel("municipalities"),
            ],
            heading=_("Authors and municipalities"),
        ),
        *TopicPage.topic_panels,
    ]
    search_fields = [
        *TopicPage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("municipalities", [index.SearchField("name")]),
    ]
    api_fields = [
        *TopicPage.api_fields,
        APIField("date"),
        terms("authors"),
        terms("municipalities"),
    ]
    # Many-to-many relations are lost in translations unless synchronised; a translation's
    # terms are its own language's (``taxonomy.localize``).
    override_translatable_fields = [
        *TopicPage.override_translatable_fields,
        SynchronizedField("date"),
        SynchronizedField("authors"),
        SynchronizedField("municipalities"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    og_type = "article"
    search_type = SearchType("news", _("news item"), _("news"), order=10)
    open_data = OpenDataset(
        "news",
        _("News"),
        _("News articles: date, teaser, authors, municipalities and topics."),
        order=("-date", "-pk"),
        columns=("date", "authors", "municipalities"),
    )
    profile_section = ProfileSection(_("News"), order=40, lookups=("municipalities",))

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # The listing's order (``NewsIndexPage.news``): its first page is read from the index
        # instead of sorting every article of the language.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newspage_listing")]

    @property
    def date_display(self):
        return single_date(self.date)

    @property
    def listing_meta(self) -> str:
        return str(self.date_display)

    def search_date(self):
        return self.date

    def structured_data(self, request) -> dict:
        return news_article(self, request)

    def open_data_row(self, request) -> dict:
        return {
            **super().open_data_row(request),
            "date": self.date.isoformat(),
            "authors": [person.name for person in self.authors.all()],
            "municipalities": [place.name for place in self.municipalities.all()],
        }
