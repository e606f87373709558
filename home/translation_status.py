"""Which pages and snippets lack an English version, or have one that is behind its German
source. Feeds the "Translation status" report in the admin."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

MISSING = "missing"
DRAFT = "draft"
OUTDATED = "outdated"
CURRENT = "current"
STATUS_LABELS = {
    MISSING: _("No translation"),
    DRAFT: _("Translation not published"),
    OUTDATED: _("Source changed since translation"),
    CURRENT: _("Up to date"),
}


@dataclass(frozen=True)
class StatusRow:
    """One source object and the state of its translation into the target language."""

    title: str
    kind: str
    status: str
    edit_url: str
    action_url: str

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def action_label(self) -> str:
        return str(_("Translate") if self.status == MISSING else _("Open translation"))


def page_rows(source: Locale, target: Locale) -> list[StatusRow]:
    return [
        StatusRow(
            title=page.get_admin_display_title(),
            kind=str(page.specific_class.get_verbose_name()),
            status=status,
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            action_url=reverse("wagtailadmin_pages:edit", args=[translation.pk])
            if translation
            else reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        )
        for page, translation, status in _pages_and_translations(source, target, specific=True)
    ]


def outdated_translations(source: Locale, target: Locale) -> list[tuple[Page, Page]]:
    """``(source page, translation)`` for every translation behind its source (``OUTDATED``),
    for the "Needs review" report, which names the translation's owner."""
    return [
        (page, translation)
        for page, translation, status in _pages_and_translations(source, target)
        if status == OUTDATED
    ]


def _pages_and_translations(source: Locale, target: Locale, specific: bool = False):
    """``(source page, its translation or None, status)`` for every source page, in tree order."""
    pages = Page.objects.filter(locale=source, depth__gt=1).order_by("path")
    if specific:
        pages = pages.specific()
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(locale=target, depth__gt=1).select_related("owner")
    }
    synced = _last_syncs(source, [page.translation_key for page in pages])
    for page in pages:
        translation = translations.get(page.translation_key)
        yield (
            page,
            translation,
            _status(page.last_published_at, translation, synced.get(page.translation_key)),
        )


def snippet_rows(source: Locale, target: Locale) -> list[StatusRow]:
    """Snippets keep no publishing dates, so they are either missing or present."""
    rows = []
    for model in translatable_snippet_models():
        opts = model._meta
        translated = set(
            model.objects.filter(locale=target).values_list("translation_key", flat=True)
        )
        for obj in model.objects.filter(locale=source):
            url_name = f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit"
            exists = obj.translation_key in translated
            rows.append(
                StatusRow(
                    title=str(obj),
                    kind=str(opts.verbose_name),
                    status=CURRENT if exists else MISSING,
                    edit_url=reverse(url_name, args=[obj.pk]),
                    action_url=reverse(url_name, args=[obj.get_translation(target).pk])
                    if exists
                    else reverse(
                        "wagtail_localize:submit_snippet_translation",
                        args=[opts.app_label, opts.model_name, obj.pk],
                    ),
                )
            )
    return rows


def translatable_snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _last_syncs(source: Locale, keys: list) -> dict:
    """When each source page's content was last handed to wagtail-localize, by translation key."""
    return dict(
        TranslationSource.objects.filter(locale=source, object_id__in=keys).values_list(
            "object_id", "last_updated_at"
        )
    )


def _status(source_published, translation, last_sync) -> str:
    if translation is None:
        return MISSING
    if not translation.live:
        return DRAFT
    # Behind when the source was published after the last sync (or, without wagtail-localize,
    # after the translation), or when a sync has not yet been published in the translation.
    reference = last_sync or translation.last_published_at
    if source_published and reference and source_published > reference:
        return OUTDATED
    if last_sync and translation.last_published_at and translation.last_published_at < last_sync:
        return OUTDATED
    return CURRENT
