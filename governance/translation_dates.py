"""Dates in wagtail-localize's translation editor in the editor's language.

wagtail-localize (1.14) writes the date under each translated string with ``strftime`` ("1
December 2026"): the process's C locale, English month names whatever the admin speaks, so a
German editor read "Manuell übersetzt am 1 December 2026". Its translation editor takes that
comment from ``StringTranslation.get_comment`` (the editor's props and its API answers alike),
so that one method is replaced, with the same messages and Django's localised date format
("1. Dezember 2026" in German, "1 December 2026" in the portal's British English).
"""

from django.utils import formats, timezone
from django.utils.translation import gettext

from wagtail_localize.models import StringTranslation


def string_translation_comment(string_translation: StringTranslation) -> str:
    """How and when a string was translated, as wagtail-localize says it, dated in the
    active language."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def date_string_translation_comments() -> None:
    """Called once from ``GovernanceConfig.ready``."""
    StringTranslation.get_comment = string_translation_comment
