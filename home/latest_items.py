"""The "latest items" blocks of a page, prepared together: the chosen index pages in the
visitor's language in one query, each index's newest cards (``IndexPage.latest_cards``) in one
query per block, and every card image's renditions in one more."""

from wagtail.models import Page

from core.locales import live_localized_by_id

from . import card_cache
from .page_queries import prefetch_renditions


def latest_items_key(value) -> tuple[int, int] | None:
    index_page = value.get("index_page")
    return (index_page.pk, value.get("count")) if index_page else None


def prepare_latest_items(values, extra_images=()) -> dict[tuple[int, int], tuple]:
    """{(index page id, count): (index page, cards)} for ``LatestItemsBlock`` values; the
    renditions of ``extra_images`` (say, the page's own) are loaded with the cards'."""
    values = [value for value in values if latest_items_key(value)]
    indexes = _localized_specific([value["index_page"] for value in values])
    prepared = {}
    for value in values:
        index_page = indexes.get(value["index_page"].pk)
        source = getattr(index_page, "latest_cards", None)
        prepared[latest_items_key(value)] = (index_page, source(value["count"]) if source else [])
    every_card = [card for _index, cards in prepared.values() for card in cards]
    prefetch_renditions(
        [*(getattr(card.page, "image", None) for card in every_card), *extra_images]
    )
    card_cache.prefetch(every_card)
    return prepared


def _localized_specific(pages: list[Page]) -> dict[int, Page]:
    """Each page's live version in the visitor's language, keyed by the chosen page's id.
    Index pages list their items from their tree position alone, so the specific type
    without its own fields (``specific_deferred``) serves and needs no query."""
    found = live_localized_by_id({page.pk for page in pages})
    return {pk: page.specific_deferred for pk, page in found.items()}
