"""Reading a content export: every item is validated and imported in its own savepoint, so
a broken item is reported and skipped while the others are imported."""

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction

from wagtail.models import Locale, Page

from home.site_setup import make_room_for_home_pages, point_sites_at
from home.translation_records import record_all_translations

from .exporter import FORMAT, VERSION, snippet_models
from .fields import apply, normalise, serialise, unknown_fields
from .references import PENDING, MissingReference, media_models, resolve

CREATED, UPDATED, UNCHANGED, ERROR = "created", "updated", "unchanged", "error"
MEDIA_FIELDS = (
    "title",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)


class InvalidItem(Exception):
    """An item that cannot be imported as it is."""


class InvalidFile(Exception):
    """The file is not a content export this version understands."""


@dataclass
class Outcome:
    """What happened to one item."""

    status: str
    section: str
    label: str
    message: str = ""

    def __str__(self):
        line = f"{self.status:<9} {self.section:<9} {self.label}"
        return f"{line}: {self.message}" if self.message else line


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(outcome.status for outcome in self.outcomes)

    @property
    def errors(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == ERROR]


def describe(item: dict) -> str:
    """How reports name an item: model, title or name, language and key."""
    if not isinstance(item, dict):
        return repr(item)[:80]
    fields_ = item.get("fields") if isinstance(item.get("fields"), dict) else {}
    name = fields_.get("title") or fields_.get("name") or item.get("title") or ""
    parts = [item.get("model", ""), f"“{name}”" if name else "", item.get("locale", "")]
    return " ".join(p for p in parts if p) + f" [{item.get('key', '?')}]"


def _messages(error: Exception) -> str:
    if isinstance(error, ValidationError):
        if hasattr(error, "message_dict"):
            return "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
        return " ".join(error.messages)
    return str(error) or type(error).__name__


class Importer:
    """Imports a parsed export; ``dry_run`` rolls everything back at the end."""

    def __init__(
        self,
        data: dict,
        media_dir: Path | None = None,
        dry_run: bool = False,
        progress: Callable[[int, int, Outcome], None] | None = None,
    ):
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InvalidFile(f"not a {FORMAT} file")
        if data.get("version") != VERSION:
            raise InvalidFile(
                f"version {data.get('version')!r} is not supported (expected {VERSION})"
            )
        self.data = data
        self.media_dir = media_dir
        self.dry_run = dry_run
        self.progress = progress
        self.report = Report()
        # (key, locale) of every item that failed: (its label, why), to name the true cause
        # when items that need it fail in turn.
        self.failed: dict[tuple, tuple[str, str]] = {}
        self.done = 0
        self.total = sum(
            len(data.get(s) or []) for s in ("images", "documents", "snippets", "pages")
        )

    def run(self) -> Report:
        with transaction.atomic():
            for code in self.data.get("locales") or []:
                Locale.objects.get_or_create(language_code=code)
            image_model, document_model = media_models()
            for item in self.data.get("images") or []:
                self._one("image", item, lambda i: self.import_media(image_model, i))
            for item in self.data.get("documents") or []:
                self._one("document", item, lambda i: self.import_media(document_model, i))
            pages = self.data.get("pages") or []
            if any(isinstance(item, dict) and not item.get("parent") for item in pages):
                make_room_for_home_pages()  # a database as migrate leaves it
            queue = [("snippet", i) for i in self.data.get("snippets") or []]
            queue += [("page", i) for i in pages]
            self._run_with_retries(queue)
            point_sites_at(self._imported_homes(pages))
            # Imported translations stay translations: they sync from their source.
            record_all_translations()
            if self.dry_run:
                transaction.set_rollback(True)
        return self.report

    @staticmethod
    def _imported_homes(pages: list) -> dict[str, Page]:
        """The imported pages at the top of the tree, by language."""
        keys = [
            (item.get("key"), item.get("locale"))
            for item in pages
            if isinstance(item, dict) and not item.get("parent")
        ]
        found = {}
        for key, code in keys:
            try:
                page = Page.objects.filter(translation_key=key, locale__language_code=code).first()
            except ValidationError:  # not a key at all; the item was reported
                continue
            if page is not None:
                found[code] = page
        return found

    def _run_with_retries(self, queue):
        """Items whose references come later in the file are retried once others are in;
        items that refer to each other in a cycle are saved first without those references,
        then again with them."""
        while queue:
            deferred = [
                (section, item)
                for section, item in queue
                if not self._one(section, item, defer_missing=True)
            ]
            if len(deferred) < len(queue):
                queue = deferred
                continue
            keys = frozenset(
                (i.get("key"), i.get("locale")) for _s, i in deferred if isinstance(i, dict)
            )
            token = PENDING.set(keys)
            saved = {}  # index in ``deferred`` -> status of the first, incomplete save
            try:
                progress = True
                while progress:
                    progress = False
                    for index, (section, item) in enumerate(deferred):
                        if index not in saved and (status := self._attempt(section, item)):
                            saved[index] = status
                            progress = True
            finally:
                PENDING.reset(token)
            for index, (section, item) in enumerate(deferred):
                self._one(section, item, replace_status=saved.get(index))
            return

    def _attempt(self, section, item) -> str | None:
        """Imports ``item`` in a savepoint; its status, or None (nothing recorded) on errors."""
        try:
            with transaction.atomic():
                return importer_for(self, section)(item)
        except (
            MissingReference,
            InvalidItem,
            ValidationError,
            LookupError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
        ):
            return None

    def _one(self, section, item, importer=None, defer_missing=False, replace_status=None) -> bool:
        importer = importer or importer_for(self, section)
        try:
            with transaction.atomic():
                if not isinstance(item, dict):
                    raise InvalidItem("an item must be an object")
                status = importer(item)
        except MissingReference as error:
            if defer_missing:
                return False
            self._record(Outcome(ERROR, section, describe(item), self._cause(error)), item)
            return True
        except (
            InvalidItem,
            ValidationError,
            LookupError,
            ValueError,
            TypeError,
            KeyError,
        ) as error:
            self._record(Outcome(ERROR, section, describe(item), _messages(error)), item)
            return True
        self._record(Outcome(replace_status or status, section, describe(item)))
        return True

    def _cause(self, error: MissingReference) -> str:
        """Why a reference is missing: the referenced item failed itself, or is not there."""
        failed = self.failed.get((error.ref.get("key"), error.ref.get("locale")))
        if failed is None:
            return _messages(error)
        label, message = failed
        return f"it needs {label}, which could not be imported: {message}"

    def _record(self, outcome: Outcome, item=None):
        if outcome.status == ERROR and isinstance(item, dict):
            self.failed[(item.get("key"), item.get("locale"))] = (outcome.label, outcome.message)
        self.report.outcomes.append(outcome)
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total, outcome)

    # Items ---------------------------------------------------------------------------

    def _model(self, item, base):
        try:
            model = apps.get_model(item.get("model", ""))
        except (LookupError, ValueError) as error:
            raise InvalidItem(f"unknown model {item.get('model')!r}") from error
        if not issubclass(model, base) or model is base:
            raise InvalidItem(f"{item.get('model')} cannot be imported here")
        return model

    def _target(self, model, item):
        if not item.get("key") or not item.get("locale"):
            raise InvalidItem("key and locale are required")
        locale = Locale.objects.filter(language_code=item["locale"]).first()
        if locale is None:
            raise InvalidItem(f"unknown locale {item['locale']!r}")
        fields_ = item.get("fields")
        if not isinstance(fields_, dict):
            raise InvalidItem("fields must be an object")
        if unknown := unknown_fields(model, fields_):
            raise InvalidItem(f"unknown fields: {', '.join(unknown)}")
        existing = model.objects.filter(translation_key=item["key"], locale=locale).first()
        return locale, normalise(model, fields_), existing

    @staticmethod
    def _same(obj, fields_: dict) -> bool:
        current = serialise(obj)
        return all(current.get(name) == value for name, value in fields_.items())

    def import_snippet(self, item) -> str:
        model = self._model(item, object)
        if model not in snippet_models():
            raise InvalidItem(f"{item.get('model')} is not a translatable snippet")
        locale, fields_, obj = self._target(model, item)
        if obj is not None and self._same(obj, fields_):
            return UNCHANGED
        status = UPDATED if obj else CREATED
        obj = obj or model(translation_key=item["key"], locale=locale)
        later = apply(obj, fields_)
        obj.full_clean()
        obj.save()
        for name, targets in later.items():
            getattr(obj, name).set(targets)
        return status

    def import_page(self, item) -> str:
        model = self._model(item, Page)
        locale, fields_, page = self._target(model, item)
        parent = resolve(Page, item["parent"]) if item.get("parent") else Page.get_first_root_node()
        if parent is None:
            raise MissingReference(f"parent {item['parent']} is not imported yet")
        live = bool(item.get("live", True))
        if page is not None:
            moved = page.get_parent().pk != parent.pk
            if not moved and page.live == live and self._same(page, fields_):
                return UNCHANGED
            if moved:
                page.move(parent, pos="last-child")
                page = type(page).objects.get(pk=page.pk)
            apply(page, fields_)
            self._save(page, live)
            return UPDATED
        page = model(translation_key=item["key"], locale=locale, live=False)
        apply(page, fields_)
        parent.add_child(instance=page)
        self._save(page, live)
        self._place(page, item.get("position"))
        return CREATED

    @staticmethod
    def _save(page, live: bool):
        revision = page.save_revision()
        if live:
            revision.publish()
        elif page.live:
            page.unpublish()

    @staticmethod
    def _place(page, position):
        if not isinstance(position, int):
            return
        siblings = list(page.get_siblings().order_by("path"))
        if position < len(siblings) - 1 and siblings[position].pk != page.pk:
            page.move(siblings[position], pos="left")

    def import_media(self, model, item) -> str:
        key = item.get("key")
        if not key or not item.get("file"):
            raise InvalidItem("key (file hash) and file are required")
        values = {name: item[name] for name in MEDIA_FIELDS if name in item}
        obj = model.objects.filter(file_hash=key, title=item.get("title", "")).first()
        if obj is not None:
            if all(getattr(obj, name) == value for name, value in values.items()):
                return UNCHANGED
            for name, value in values.items():
                setattr(obj, name, value)
            obj.full_clean(exclude=["file"])
            obj.save()
            return UPDATED
        obj = model(**values)
        if self.dry_run:
            self._source(item).close()  # checks that the file is there, copies nothing
            obj.file.name = item["file"]
            obj.file_hash = key
            if hasattr(obj, "width"):
                obj.width = obj.height = 1
            obj.save()
            return CREATED
        with self._source(item) as source:
            obj.file = File(source, name=os.path.basename(item["file"]))
            obj._set_file_hash()
            if obj.file_hash != key:
                raise InvalidItem("the file does not match its key (file hash)")
            if hasattr(obj, "file_size"):
                obj.file_size = obj.file.size
            obj.full_clean()
            obj.save()
        return CREATED

    def _source(self, item):
        """The file of a media item: from ``--media-dir``, else from this instance's storage."""
        name = item["file"]
        if self.media_dir is not None:
            path = (self.media_dir / name).resolve()
            if self.media_dir.resolve() not in path.parents:
                raise InvalidItem("the file path leaves the media directory")
            if path.is_file():
                return path.open("rb")
        if default_storage.exists(name):
            return default_storage.open(name, "rb")
        raise InvalidItem(f"file {name!r} not found")


def importer_for(importer: Importer, section: str):
    return importer.import_snippet if section == "snippet" else importer.import_page
