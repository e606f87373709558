"""The "latest items" blocks of a page, prepared together: the chosen index pages in the
visitor's language in one query, each index's newest items in one
query per block, and every card image's renditions in one more."""

from django.db.models import Q

from wagtail.models import Page

from taxonomy.locales import active_locale

from .page_queries import prefetch_renditions


def latest_items_key(value) -> tuple[int, int] | None:
    index_page = value.get("index_page")
    return (index_page.pk, value.get("count")) if index_page else None


def prepare_latest_items(values, extra_images=()) -> dict[tuple[int, int], tuple]:
    """{(index page id, count): (index page, items)} for ``LatestItemsBlock`` values; the
    renditions of ``extra_images`` (say, the page's own) are loaded with the cards'."""
    values = [value for value in values if latest_items_key(value)]
    indexes = _localized_specific([value["index_page"] for value in values])
    prepared = {}
    for value in values:
        index_page = indexes.get(value["index_page"].pk)
        source = getattr(index_page, "listing_items", None)
        items = list(source(value["count"])) if source else []
        prepared[latest_items_key(value)] = (index_page, items)
    card_images = [
        getattr(item, "image", None) for _index, items in prepared.values() for item in items
    ]
    prefetch_renditions([*card_images, *extra_images])
    return prepared


def _localized_specific(pages: list[Page]) -> dict[int, Page]:
    """Each page's live translation in the visitor's language (else the page itself if live),
    in its specific type, keyed by the chosen page's id."""
    if not pages:
        return {}
    locale = active_locale()
    keys = {page.translation_key for page in pages}
    # Index pages list their items from their tree position alone: the specific type
    # without its own fields (``specific_deferred``) needs no query.
    found = [
        page.specific_deferred
        for page in Page.objects.live().filter(
            Q(pk__in=[page.pk for page in pages])
            | Q(translation_key__in=keys, locale_id=getattr(locale, "pk", None))
        )
    ]
    by_key = {p.translation_key: p for p in found if locale and p.locale_id == locale.pk}
    by_pk = {p.pk: p for p in found}
    return {
        page.pk: by_key.get(page.translation_key) or by_pk.get(page.pk)
        for page in pages
        if page.translation_key in by_key or page.pk in by_pk
    }
