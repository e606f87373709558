"""The catalogue tool keeps the library strings the portal translates itself, and the admin
scripts' strings in their own domain (home/management/commands/catalogue.py)."""

from pathlib import Path

from django.conf import settings

from babel.messages.pofile import read_po

from home.management.commands.catalogue import (
    JS_DOMAIN,
    LIBRARY_STRINGS,
    extract_messages,
)

BASE = Path(settings.BASE_DIR)


def test_every_listed_library_string_is_kept_in_the_catalogue():
    with (BASE / LIBRARY_STRINGS.format(domain="django")).open("rb") as handle:
        library = {m.id for m in read_po(handle) if m.id}
    extracted = {m.id for m in extract_messages(BASE)}

    assert "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s" in library
    assert library <= extracted


def test_the_admin_scripts_strings_go_into_the_javascript_domain():
    extracted = {m.id for m in extract_messages(BASE, JS_DOMAIN)}

    assert "%(source)s to %(target)s translation" in extracted
    assert "Moderators approval" not in extracted
