"""Exchanges become content: an event names the tools and projects its participants discussed
(``DiscussedPagesMixin``); once it is over its documentation links them, and each of those
pages names the events that discussed it, so the next city finds the exchange.

Which events discussed which page is one small table per process and content generation,
built from every page type that records discussions (no feature app is named); a page
nobody discussed costs no query.
"""

from collections import defaultdict
from uuid import UUID

from django.apps import apps

from wagtail.models import Page

from core import dependencies
from core.caching import ProcessTable
from core.locales import localized_pages
from core.visibility import visible

from .models.mixins import DiscussedPagesMixin

_discussions = ProcessTable("home.discussions")


def _recording_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, DiscussedPagesMixin) and issubclass(model, Page)
    ]


def _load() -> dict[UUID, list[UUID]]:
    """Translation key of a discussed page -> translation keys of the events, in either
    language (a translation may still pick the source language's page)."""
    picks: dict[UUID, set[int]] = defaultdict(set)
    dependencies.record(*(dependencies.listing(model) for model in _recording_models()))
    for model in _recording_models():
        for event_key, stream in model.objects.filter(live=True).values_list(
            "translation_key", "discussed_pages"
        ):
            picks[event_key].update(item["value"] for item in stream.raw_data if item["value"])
    ids = {pk for pks in picks.values() for pk in pks}
    keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    events: dict[UUID, list[UUID]] = defaultdict(list)
    for event_key, pks in picks.items():
        for discussed_key in {keys[pk] for pk in pks if pk in keys}:
            events[discussed_key].append(event_key)
    return dict(events)


def events_discussing(page: Page) -> list[Page]:
    """The visible events in the page's language that discussed it, newest first."""
    keys = _discussions.get("all", _load).get(page.translation_key)
    if not keys:
        return []
    found = visible(
        Page.objects.filter(translation_key__in=keys), page.locale_id, listed=_recording_models()
    ).specific()
    return sorted(
        found,
        key=lambda event: event.search_date() or event.first_published_at.date(),
        reverse=True,
    )


def discussed_pages(event: DiscussedPagesMixin) -> list[Page]:
    """The pages the event discussed, in its language where translated, visible only."""
    picked = [block.value for block in event.discussed_pages if block.value is not None]
    localized = localized_pages(picked, event.locale_id)
    shown = [localized[page.pk] for page in picked]
    visible_ids = set(
        # A change to a shown page touches the event too: the event links it.
        visible(Page.objects.filter(pk__in=[p.pk for p in shown]), listed=()).values_list(
            "pk", flat=True
        )
    )
    return [page for page in dict.fromkeys(shown) if page.pk in visible_ids]
