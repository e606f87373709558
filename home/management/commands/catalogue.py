"""Keep the German message catalogue in step with the code, in pure Python.

Interface strings are written in English in code and templates and translated in
``locale/de/LC_MESSAGES/django.po``. Extraction follows Django's own rules (templates go
through ``templatize`` like ``makemessages`` does) but needs no GNU gettext, so ``make run``
and ``make test`` work on a machine that has only Python.

    manage.py catalogue update   # add new strings, drop removed ones, keep translations
    manage.py catalogue check    # fail on stale, untranslated or fuzzy entries
    manage.py catalogue compile  # write the .mo files Django reads

Two domains: ``django`` (Python and templates) and ``djangojs`` (the portal's own admin
scripts in ``static_src/js/``, served with Wagtail's JavaScript catalogues, which also read
the project's ``LOCALE_PATHS``).

Besides the strings of its own code, the catalogue carries **library strings**: msgids of
Wagtail and wagtail-localize that those libraries leave untranslated or translate badly for
a German editor ("1-7 of 7 Seiten", "Locale"). Django's gettext searches ``LOCALE_PATHS``
before the installed apps, so a msgid translated here overrides the library's. They are listed
in ``locale/library/<domain>.pot``, each with the library file it comes from; ``update`` adds
them like extracted strings and ``check`` requires their translations too, so they are not
dropped as "no longer in the code".
"""

import io
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation.template import templatize

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

# Besides every installed app that lives in the project (found through the app registry).
EXTRA_SOURCE_DIRS = ["portal", "templates"]
TEMPLATE_SUFFIXES = {".html", ".txt", ".xml"}
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
DOMAIN = "django"
JS_DOMAIN = "djangojs"
# The portal's scripts that call gettext (the admin's; the public site's scripts do not).
JS_SOURCE_DIR = "static_src/js"
JS_KEYWORDS = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
# Library msgids the portal translates itself, per domain (see the module docstring).
LIBRARY_STRINGS = "locale/library/{domain}.pot"
DOMAINS = [DOMAIN, JS_DOMAIN]


def source_dirs(base: Path) -> list[Path]:
    project_apps = [
        Path(config.path)
        for config in apps.get_app_configs()
        if Path(config.path).parent == base  # top-level apps only, not installed packages
    ]
    return sorted({*project_apps, *(base / name for name in EXTRA_SOURCE_DIRS)})


def source_files(base: Path):
    for folder in source_dirs(base):
        for path in sorted(folder.rglob("*")):
            if "migrations" in path.parts or not path.is_file():
                continue
            if path.suffix == ".py" or path.suffix in TEMPLATE_SUFFIXES:
                yield path


def extract_messages(base: Path, domain: str = DOMAIN) -> Catalog:
    """A catalogue template of every translatable string in the project's sources for one
    domain, the library strings the portal translates included."""
    template = _extract_python_and_templates(base) if domain == DOMAIN else _extract_scripts(base)
    _add_library_strings(base, domain, template)
    return template


def _extract_scripts(base: Path) -> Catalog:
    template = Catalog(domain=JS_DOMAIN, project="portal", charset="utf-8")
    for path in sorted((base / JS_SOURCE_DIR).rglob("*.js")):
        relative = path.relative_to(base).as_posix()
        with path.open("rb") as handle:
            for lineno, message, comments, context in extract(
                "javascript", handle, keywords=JS_KEYWORDS, comment_tags=("Translators:",)
            ):
                template.add(
                    message,
                    locations=[(relative, lineno)],
                    auto_comments=comments,
                    context=context,
                )
    return template


def _add_library_strings(base: Path, domain: str, template: Catalog) -> None:
    path = base / LIBRARY_STRINGS.format(domain=domain)
    if not path.exists():
        return
    with path.open("rb") as handle:
        library = read_po(handle, domain=domain)
    for message in library:
        if message.id:
            template.add(
                message.id,
                locations=message.locations,
                auto_comments=message.auto_comments,
                context=message.context,
            )


def _extract_python_and_templates(base: Path) -> Catalog:
    template = Catalog(domain=DOMAIN, project="portal", charset="utf-8")
    for path in source_files(base):
        text = path.read_text(encoding="utf-8")
        if path.suffix in TEMPLATE_SUFFIXES:
            # templatize keeps the template's indentation, which Python's tokenizer rejects;
            # every message sits on one line, so dropping the indentation is safe.
            code = "\n".join(
                line.lstrip() for line in templatize(text, origin=str(path)).splitlines()
            )
        else:
            code = text
        relative = path.relative_to(base).as_posix()
        for lineno, message, comments, context in extract(
            "python",
            io.BytesIO(code.encode("utf-8")),
            keywords=KEYWORDS,
            comment_tags=("Translators:",),
        ):
            template.add(
                message, locations=[(relative, lineno)], auto_comments=comments, context=context
            )
    return template


class Command(BaseCommand):
    help = "Update, check or compile the message catalogues (pure Python, no GNU gettext needed)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["update", "check", "compile"])

    def handle(self, *args, action, **options):
        base = Path(settings.BASE_DIR)
        for code, _name in settings.LANGUAGES:
            if code == "en":  # the source language needs no catalogue
                continue
            for domain in DOMAINS:
                po_path = base / "locale" / code / "LC_MESSAGES" / f"{domain}.po"
                getattr(self, f"_{action}")(base, code, po_path)

    def _read(self, po_path: Path, code: str) -> Catalog:
        domain = po_path.stem
        if not po_path.exists():
            return Catalog(
                locale=code,
                domain=domain,
                project="portal",
                header_comment=f"# Interface strings of the portal, translated from English ({code}).",
                fuzzy=False,
            )
        with po_path.open("rb") as handle:
            return read_po(handle, locale=code, domain=domain)

    def _update(self, base, code, po_path):
        catalog = self._read(po_path, code)
        template = extract_messages(base, po_path.stem)
        template.creation_date = catalog.creation_date  # no header churn in version control
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        po_path.parent.mkdir(parents=True, exist_ok=True)
        with po_path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=True, include_lineno=False)
        missing = [m.id for m in catalog if m.id and not _translated(m)]
        self.stdout.write(
            f"{po_path.relative_to(base)}: {len(catalog)} entries, {len(missing)} untranslated."
        )

    def _check(self, base, code, po_path):
        catalog = self._read(po_path, code)
        expected = {_key(m) for m in extract_messages(base, po_path.stem) if m.id}
        present = {_key(m) for m in catalog if m.id}
        problems = [
            f"missing from the catalogue: {key!r}" for key in sorted(expected - present, key=str)
        ]
        problems += [
            f"no longer in the code: {key!r}" for key in sorted(present - expected, key=str)
        ]
        problems += [
            f"untranslated or fuzzy: {_key(m)!r}" for m in catalog if m.id and not _translated(m)
        ]
        if problems:
            raise CommandError(
                f"{po_path.relative_to(base)} is stale ({len(problems)} problems); "
                "run `make messages` and translate:\n  " + "\n  ".join(problems)
            )
        self.stdout.write(
            f"{po_path.relative_to(base)}: complete and current ({len(present)} entries)."
        )

    def _compile(self, base, code, po_path):
        catalog = self._read(po_path, code)
        with po_path.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)
        self.stdout.write(f"Compiled {po_path.with_suffix('.mo').relative_to(base)}.")


def _key(message) -> tuple:
    msgid = message.id if isinstance(message.id, str) else tuple(message.id)
    return (message.context or "", msgid)


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else [message.string]
    return not message.fuzzy and all(strings)
