"""wagtail-localize's records for translations made without it: pages and snippets copied into
the other language by code (the demo content, an import), whose text was then written there.

For each such pair the source gets its segments (a ``TranslationSource``), the pair a
``Translation`` into the target's language, and every string of the source the target's
current text as its translation, paired field by field and, within a field, in order. The
English page then opens in the side-by-side translation editor, and "Sync translated pages"
keeps its English text, exactly as for a page translated in the admin.
"""

from collections import defaultdict

from django.conf import settings
from django.db import transaction

from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


@transaction.atomic
def record_translation(source, target) -> Translation:
    """Make ``target``, an existing translation of ``source``, wagtail-localize's translation."""
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale_id=target.locale_id
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    target_strings = defaultdict(list)
    for segment in extract_segments(_specific(target)):
        if isinstance(segment, StringSegmentValue):
            target_strings[segment.path].append(segment.string.data)
    by_path = defaultdict(list)
    segments = StringSegment.objects.filter(source=translation_source).select_related("context")
    for segment in segments.order_by("order"):
        by_path[segment.context.path].append(segment)
    for path, source_segments in by_path.items():
        for segment, text in zip(source_segments, target_strings.get(path, []), strict=False):
            StringTranslation.objects.update_or_create(
                translation_of_id=segment.string_id,
                locale_id=target.locale_id,
                context_id=segment.context_id,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    # Written by a person: a slug recorded here never follows the title.
                    "tool_name": "",
                },
            )
    return translation


def record_all_translations() -> int:
    """Records for every page and translatable snippet in another language than the default
    whose default-language source has none yet; the number recorded."""
    recorded = 0
    for source, target in _unrecorded_pairs():
        record_translation(source, target)
        recorded += 1
    return recorded


def _unrecorded_pairs():
    recorded = set(Translation.objects.values_list("source__object_id", "target_locale_id"))
    for model in [Page, *_translatable_snippet_models()]:
        objects = model.objects.select_related("locale")
        if model is Page:
            objects = objects.filter(depth__gt=1)
        sources = {
            obj.translation_key: obj
            for obj in objects
            if obj.locale.language_code == settings.LANGUAGE_CODE
        }
        for obj in objects:
            source = sources.get(obj.translation_key)
            if source is None or obj.pk == source.pk:
                continue
            if (obj.translation_key, obj.locale_id) not in recorded:
                yield _specific(source), _specific(obj)


def _translatable_snippet_models() -> list:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _specific(obj):
    return obj.specific if isinstance(obj, Page) else obj
