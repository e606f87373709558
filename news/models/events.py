"""Events: the index page of one language (upcoming events and an archive) and its events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api_fields import choice, term, terms
from home.listing import ChoiceFacet, TermFacet
from home.models import DiscussedPagesMixin, IndexPage, TopicPage
from home.protocol import OpenDataset, ProfileSection, SearchType
from taxonomy.widgets import term_panel

from ..blocks import EventBodyBlock, EventDocumentationBlock
from ..dates import EVENT_TIME_ZONE, all_day_bounds, event_range, local, single_date
from ..ical import build_calendar, calendar_response
from ..structured_data import event_description


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The events of one language: upcoming ones at its URL, past ones under ``archive/``."""

    subpage_types = ["news.EventPage"]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def events(self):
        return self.children_of_type(EventPage)

    def upcoming_events(self):
        """Events that have not ended yet (running ones included), soonest first."""
        return self.events().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past_events(self):
        """Events that are over, newest first."""
        return self.events().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def listed_items(self):
        return self.upcoming_events()

    listing_facets = (
        ChoiceFacet("type", _("Type"), "event_type", multiple=False),
        ChoiceFacet("format", _("Format"), "event_format", multiple=False),
        TermFacet("topic", _("Topic"), "topics", multiple=False),
    )

    @path("", name="upcoming")
    def upcoming_view(self, request):
        return self.render(request)

    @path("archive/", name="archive")
    def archive_view(self, request):
        return self.render(request, archive=True)

    @path("ical/", name="ical")
    def ical_view(self, request):
        calendar = build_calendar(self.upcoming_events(), request, name=self.title)
        return calendar_response(calendar, self.slug)

    def ical_url(self, request=None) -> str:
        return (self.get_url(request) or "") + self.reverse_subpage("ical")

    def archive_url(self, request=None) -> str:
        return (self.get_url(request) or "") + self.reverse_subpage("archive")

    def get_context(self, request, *args, archive: bool = False, **kwargs):
        if archive:
            kwargs.update(items=self.past_events(), listing_url=self.archive_url(request))
        context = super().get_context(request, *args, **kwargs)
        context["archive"] = archive
        context["archive_url"] = self.archive_url(request)
        return context


class EventPage(RoutablePageMixin, DiscussedPagesMixin, TopicPage):
    """A conference, workshop, webinar or peer-exchange meeting, with its documentation
    shown once it is over; its calendar file under ``ical/``."""

    class EventType(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")
        PEER_EXCHANGE = "peer-exchange", _("Peer-exchange meeting")

    class EventFormat(models.TextChoices):
        ON_SITE = "on-site", _("On site")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    start = models.DateTimeField(_("start"), help_text=_("Local time in Germany (Europe/Berlin)."))
    end = models.DateTimeField(_("end"), help_text=_("Local time in Germany (Europe/Berlin)."))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Show the dates only; the times entered above are ignored."),
    )
    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, default=EventType.CONFERENCE
    )
    event_format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.ON_SITE
    )
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("Building and address, if on site.")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        verbose_name=_("municipality of the venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_event_pages",
        help_text=_("Links the event to the municipality's profile."),
    )
    registration_url = models.URLField(_("registration address"), blank=True)
    registration_deadline = models.DateField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("The last day to register; at the latest the day the event starts."),
    )
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_event_pages",
    )
    body = StreamField(EventBodyBlock(), verbose_name=_("body"), blank=True)
    documentation = StreamField(
        EventDocumentationBlock(),
        verbose_name=_("documentation"),
        blank=True,
        help_text=_("Slides, photos and results; shown only once the event is over."),
    )
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality",
        verbose_name=_("municipalities"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
        help_text=_("The cities, municipalities or regions taking part or presenting."),
    )

    content_panels = [
        *TopicPage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Date"),
        ),
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("event_format")]),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), term_panel("municipality")],
            heading=_("Place"),
        ),
        term_panel("organiser"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")],
            heading=_("Registration"),
        ),
        FieldPanel("body"),
        FieldPanel("documentation"),
        *DiscussedPagesMixin.discussed_panels,
        term_panel("municipalities"),
        *TopicPage.topic_panels,
    ]
    search_fields = [
        *TopicPage.search_fields,
        index.SearchField("body"),
        index.SearchField("documentation"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("event_type"),
        index.FilterField("event_format"),
    ]
    api_fields = [
        *TopicPage.api_fields,
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        choice("event_type"),
        choice("event_format"),
        APIField("venue"),
        APIField("city"),
        term("municipality"),
        terms("municipalities"),
        term("organiser"),
        APIField("registration_url"),
        APIField("registration_deadline"),
    ]
    override_translatable_fields = [
        *TopicPage.override_translatable_fields,
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("all_day"),
        SynchronizedField("event_type"),
        SynchronizedField("event_format"),
        TranslatableField("venue"),
        TranslatableField("city"),
        SynchronizedField("registration_url"),
        SynchronizedField("registration_deadline"),
        # A translation's terms are its own language's (``taxonomy.localize``).
        SynchronizedField("municipality"),
        SynchronizedField("organiser"),
        SynchronizedField("municipalities"),
        *DiscussedPagesMixin.discussed_translatable_fields,
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    search_type = SearchType("events", _("event"), _("events"), order=20, upcoming=_("upcoming"))
    open_data = OpenDataset(
        "events",
        _("Events"),
        _("Conferences, workshops and webinars: dates, format, place and registration."),
        order=("start", "pk"),
        columns=(
            "start",
            "end",
            "all_day",
            "event_type",
            "event_format",
            "venue",
            "city",
            "organiser",
            "registration_url",
        ),
    )
    profile_section = ProfileSection(
        _("Events"), order=30, lookups=("municipality", "municipalities")
    )

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        # The upcoming list (by start, ``end`` still to come) and the archive (newest start
        # first) read their first page from these instead of sorting every event.
        indexes = [
            models.Index(fields=["start", "page_ptr"], name="news_eventpage_listing"),
            models.Index(fields=["end"], name="news_eventpage_end"),
        ]

    @path("ical/", name="ical")
    def ical_view(self, request):
        return calendar_response(build_calendar([self], request), self.slug)

    def ical_url(self, request=None) -> str:
        return (self.get_url(request) or "") + self.reverse_subpage("ical")

    def clean(self):
        super().clean()
        self._normalise_all_day()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if (
            self.start
            and self.registration_deadline
            and self.registration_deadline > local(self.start).date()
        ):
            errors["registration_deadline"] = _(
                "The registration deadline cannot be after the day the event starts."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self._normalise_all_day()
        super().save(*args, **kwargs)

    def _normalise_all_day(self):
        """An all-day event runs from the start of its first day to the end of its last, so
        it counts as upcoming until that day is over."""
        if not (self.all_day and self.start and self.end):
            return
        self.start, self.end = all_day_bounds(local(self.start).date(), local(self.end).date())

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_upcoming(self) -> bool:
        """Not over yet; an event that is running counts as upcoming."""
        return not self.is_past

    @property
    def is_running(self) -> bool:
        return self.start <= timezone.now() <= self.end

    @property
    def registration_open(self) -> bool:
        """Registration is possible until the deadline, at the latest until the start."""
        if not self.registration_url or timezone.now() >= self.start:
            return False
        deadline = self.registration_deadline
        return deadline is None or timezone.localdate(timezone=EVENT_TIME_ZONE) <= deadline

    @property
    def date_range(self):
        return event_range(self.start, self.end, self.all_day)

    @property
    def deadline_display(self):
        return single_date(self.registration_deadline) if self.registration_deadline else None

    @property
    def place(self) -> str:
        """Where the event happens, in a few words: the city, or the format if online."""
        if self.event_format == self.EventFormat.ONLINE:
            return str(self.EventFormat.ONLINE.label)
        return self.city

    @property
    def listing_kicker(self) -> str:
        return self.get_event_type_display()

    @property
    def listing_meta(self) -> str:
        """Dates and place."""
        return " · ".join(part for part in (str(self.date_range), self.place) if part)

    def search_date(self):
        return local(self.start).date()

    def structured_data(self, request) -> dict:
        return event_description(self, request)

    def open_data_row(self, request) -> dict:
        organiser = self.organiser
        return {
            **super().open_data_row(request),
            "start": local(self.start).isoformat(),
            "end": local(self.end).isoformat(),
            "all_day": self.all_day,
            "event_type": self.event_type,
            "event_format": self.event_format,
            "venue": self.venue,
            "city": self.city,
            "organiser": organiser.name if organiser else "",
            "registration_url": self.registration_url,
        }
