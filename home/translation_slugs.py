"""A translated page's slug follows its translated title (wagtail-localize).

wagtail-localize treats the slug as one more string to translate, on the translation editor's
second tab, where a translator easily misses it: the English page would go out under the German
slug. So when the title gets a translation, the slug gets one too, the slug of the translated
title, saved in the translation memory like any string: the editor shows it on that tab, and
publishing applies it. A slug the translator set (or had machine-translated) is never
overwritten; one written here follows every new title.

``source_slug_warning`` tells the translator, before publishing, when the translation would
still go out under the source language's slug.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.text import slugify
from django.utils.translation import gettext

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
)

from core.slugs import slug_from_title

#: ``StringTranslation.tool_name`` of the slugs written here; the translation editor shows
#: "Translated with title → slug on …" beside them.
SLUG_FROM_TITLE = "title → slug"


def _slug_string(context: TranslationContext):
    """The slug's translation context and source string for the object of ``context``."""
    segment = (
        StringSegment.objects.filter(context__object_id=context.object_id, context__path="slug")
        .select_related("string", "context")
        .first()
    )
    return (segment.context, segment.string) if segment else (None, None)


@receiver(post_save, sender=StringTranslation)
def slug_follows_title(sender, instance, raw=False, **kwargs):
    """When a page's title is translated, translate its slug from it, unless set by hand."""
    context = instance.context
    if raw or context is None or context.path != "title":
        return
    if not issubclass(context.object.content_type.model_class(), Page):
        return
    if instance.data.strip() == instance.translation_of.data.strip():
        return  # the title reads the same in both languages: so may the slug
    slug_context, source_slug = _slug_string(context)
    if source_slug is None:
        return
    current = StringTranslation.objects.filter(
        translation_of=source_slug, locale_id=instance.locale_id, context=slug_context
    ).first()
    if current is not None and current.tool_name != SLUG_FROM_TITLE:
        return  # the translator's own slug
    slug = slug_from_title(instance.data)
    if not slug or (current is not None and current.data == slug):
        return
    StringTranslation.objects.update_or_create(
        translation_of=source_slug,
        locale_id=instance.locale_id,
        context=slug_context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": SLUG_FROM_TITLE,
            "last_translated_by": instance.last_translated_by,
            "has_error": False,
            "field_error": "",
        },
    )


def slug_to_publish(translation: Translation, page) -> tuple[str, bool]:
    """The slug ``page`` gets when its translation is published (before the tree makes it
    unique), and whether a translator chose it: its slug's translation if it has one, else
    the slug it has."""
    slug_context = TranslationContext.objects.filter(
        object_id=page.translation_key, path="slug"
    ).first()
    translated = (
        StringTranslation.objects.filter(
            context=slug_context, locale_id=translation.target_locale_id
        )
        .only("data", "tool_name")
        .first()
        if slug_context
        else None
    )
    if translated is None:
        return slugify(page.slug), False
    # wagtail-localize slugifies what it publishes (``create_or_update_translation``).
    return slugify(translated.data), translated.tool_name != SLUG_FROM_TITLE


def _synced_source_slug(page):
    """For a synced translation: the source's language and slug when ``page`` would go out
    under it without anyone having chosen so, else None; False for no synced translation."""
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source__locale")
        .first()
    )
    if translation is None:
        return False
    try:
        source = translation.source.get_source_instance()
    except ObjectDoesNotExist:
        return None
    slug, chosen = slug_to_publish(translation, page)
    # Its own slug, or the source's on purpose (a name such as "smartilience").
    return None if slug != source.slug or chosen else (translation.source.locale, slug)


def source_slug(page) -> tuple[Locale, str] | None:
    """The language and slug of the page ``page`` is translated from, when ``page`` would go
    out under that slug without anyone having chosen so; None otherwise."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    synced = _synced_source_slug(page)
    if synced is not False:
        return synced
    # A translation made without wagtail-localize (copied, then edited in the page editor).
    original = page.get_translation_or_none(default)
    return (default, page.slug) if original and original.slug == page.slug else None


def source_slug_warning(page) -> str:
    """What the translation editor tells the translator of ``page`` when it would go out
    under the slug of the page it is translated from; "" otherwise."""
    found = None if page.locale.is_default else _synced_source_slug(page)
    if not found:
        return ""
    language, slug = found
    return gettext(
        "This page would be published under the slug of its page in %(language)s, "
        "“%(slug)s”. Translate the title (the slug follows it), or set the slug on the "
        "“Promote” tab, before publishing."
    ) % {"language": language.get_display_name(), "slug": slug}
