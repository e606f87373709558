"""The visitor's Locale without a query per use (kept here, in the lowest shared layer). Wagtail's ``Locale.get_active()`` and
``page.localized`` ask the database each time; a page that links twenty pages would ask
twenty times. Locales change almost never, so they are kept per process and reloaded when
one is saved or deleted."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import Locale, Page

_by_code: dict[str, Locale] = {}


def locale_for(language_code: str) -> Locale | None:
    if not _by_code:
        _by_code.update({locale.language_code: locale for locale in Locale.objects.all()})
    return _by_code.get(language_code)


def language_code_of(locale_id: int) -> str | None:
    """The language code of a locale id, from the same per-process table."""
    locale_for("")  # loads the table if needed
    return next((code for code, locale in _by_code.items() if locale.pk == locale_id), None)


def active_locale() -> Locale | None:
    return locale_for(translation.get_language() or "")


def forget(**kwargs) -> None:
    """Reload the table on next use (after a Locale is saved or deleted, and between tests)."""
    _by_code.clear()


post_save.connect(forget, sender=Locale, dispatch_uid="taxonomy.locales.saved")
post_delete.connect(forget, sender=Locale, dispatch_uid="taxonomy.locales.deleted")


def localized_pages(pages, locale: Locale | int | None = None) -> dict[int, Page]:
    """Each page's live translation in ``locale`` (a Locale or its id; default: the visitor's),
    in one query, keyed by the original page's id; pages without one map to themselves."""
    pages = [page for page in pages if page is not None]
    locale = locale or active_locale()
    if locale is None:
        return {page.pk: page for page in pages}
    locale_id = locale if isinstance(locale, int) else locale.pk
    foreign = {page.translation_key for page in pages if page.locale_id != locale_id}
    translations = {}
    if foreign:
        for page in Page.objects.filter(translation_key__in=foreign, locale_id=locale_id).live():
            translations[page.translation_key] = page
    return {
        page.pk: page
        if page.locale_id == locale_id
        else translations.get(page.translation_key, page)
        for page in pages
    }


def live_localized_by_id(page_ids: set[int]) -> dict[int, Page]:
    """Each page's live version in the visitor's language, by id, from one query: its
    translation when that is live, else the page itself when live. Pages with neither are
    left out."""
    if not page_ids:
        return {}
    locale_id = getattr(active_locale(), "pk", None)
    linked = Page.objects.filter(pk__in=page_ids).values("translation_key")
    found = list(
        Page.objects.filter(Q(pk__in=page_ids) | Q(locale_id=locale_id, translation_key__in=linked))
    )
    translated = {p.translation_key: p for p in found if p.locale_id == locale_id and p.live}
    targets = {}
    for page in found:
        if page.pk in page_ids:
            target = translated.get(page.translation_key) or (page if page.live else None)
            if target is not None:
                targets[page.pk] = target
    return targets
