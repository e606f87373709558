"""Cards rendered once and reused by every listing, home section, topic page, profile and
"Mehr zum Thema" that shows them.

A card's HTML is a function of what it shows: the page's title, URL, main image and teaser,
the card's lines and tags, the language and the kicker a mixed list puts above it. The cache
key is a digest of exactly these (and of the content generation, which media and term edits
start anew), so a card is never invalidated: a changed page makes another key, and the old
entry expires unused. Previews render afresh.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.utils.translation import get_language

from core import generation, memo

logger = logging.getLogger(__name__)
TEMPLATE = "components/card.html"
PREFETCHED = "home.card_cache.prefetched"


def _key(card, kicker: str) -> str:
    page = card.page
    shown = (
        get_language(),
        page.pk,
        page.title,
        page.url_path,
        page.locale_id,
        getattr(page, "image_id", None),
        page.listing_teaser,
        str(kicker),
        str(card.kicker),
        str(card.meta),
        repr(card.details),
        repr(card.tags),
        str(card.tags_label),
    )
    digest = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    return f"card:{generation.current()}:{digest}"


def prefetch(cards) -> None:
    """Fetch the kept HTML of all ``cards`` (shown without a kicker) in one round trip, for
    ``render_card`` in this request (a listing's twelve cards would otherwise cost twelve)."""
    if not settings.FRAGMENT_CACHE_SECONDS or not memo.active():
        return
    try:
        found = cache.get_many([_key(card, "") for card in cards])
    except Exception:  # a cache outage must never take pages down
        logger.warning("Cache unavailable; cards not fetched.", exc_info=True)
        return
    for key, html in found.items():
        memo.store((PREFETCHED, key), html)


def render_card(card, kicker: str = "", request=None) -> str:
    def render() -> str:
        return get_template(TEMPLATE).render({"card": card, "kicker": kicker, "request": request})

    if not settings.FRAGMENT_CACHE_SECONDS or getattr(request, "is_preview", False):
        return render()
    key = _key(card, kicker)
    html = memo.recall((PREFETCHED, key))
    if html is not None:
        return html
    try:
        html = cache.get(key)
    except Exception:  # a cache outage must never take pages down
        logger.warning("Cache unavailable; card rendered afresh.", exc_info=True)
        return render()
    if html is None:
        html = render()
        try:
            cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
        except Exception:
            logger.warning("Cache unavailable; card not kept.", exc_info=True)
    return html
