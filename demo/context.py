"""Idempotent helpers the demo content modules build on: pages and snippets are matched by
a stable key (slug and locale), so running ``load_demo`` again updates instead of duplicating."""

import functools
import hashlib
import io
import json
from dataclasses import dataclass, field

from django.core.files.images import ImageFile

from wagtail.fields import StreamField
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from core.stream_data import with_ids_of, with_stream_ids
from home.models import HomePage
from taxonomy.localize import localize_terms

from . import illustrations


@dataclass
class DemoContext:
    homes: dict[str, HomePage]
    locales: dict[str, Locale] = field(default_factory=dict)

    def __post_init__(self):
        self.locales = {code: page.locale for code, page in self.homes.items()}

    # Snippets ---------------------------------------------------------------------------

    def snippet(self, model, slug: str, de: dict, en: dict | None = None, **shared):
        """A translatable snippet in German (and English), matched by slug; returns German."""
        german = self._upsert_snippet(model, slug, self.locales["de"], {**shared, **de}, None)
        if en is not None:
            self._upsert_snippet(model, slug, self.locales["en"], {**shared, **en}, german)
        return german

    def person(self, model, name: str, de: dict, en: dict | None = None, **shared):
        """Like ``snippet`` for models without a slug, matched by name."""
        german = self._upsert(model, {"name": name}, self.locales["de"], {**shared, **de}, None)
        if en is not None:
            self._upsert(model, {"name": name}, self.locales["en"], {**shared, **en}, german)
        return german

    def _upsert_snippet(self, model, slug, locale, values, source):
        return self._upsert(model, {"slug": slug}, locale, values, source)

    def _upsert(self, model, lookup, locale, values, source):
        obj = model.objects.filter(locale=locale, **lookup).first()
        if obj is None:
            obj = model(locale=locale, **lookup)
            if source is not None:
                obj.translation_key = source.translation_key
        for name, value in with_stream_ids(model, values).items():
            setattr(obj, name, value)
        obj.save()
        return obj

    def term(self, model, slug: str, language: str = "de"):
        return model.objects.get(slug=slug, locale=self.locales[language])

    def terms(self, model, *slugs: str, language: str = "de"):
        return list(model.objects.filter(slug__in=slugs, locale=self.locales[language]))

    # Pages ------------------------------------------------------------------------------

    def page(self, parent: Page, model, slug: str, **fields):
        """A live page of ``model`` below ``parent`` with ``slug``, created or updated."""
        many_to_many = {
            name: fields.pop(name)
            for name in list(fields)
            if name in {f.name for f in model._meta.many_to_many}
        }
        fields = with_stream_ids(model, fields)
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, locale=parent.locale, **fields)
            parent.add_child(instance=page)
            before = None
        else:
            before = _content(page)
            for name, value in fields.items():
                setattr(page, name, value)
        return _publish_if_changed(page, before, many_to_many)

    def translation(self, page: Page, slug: str, **fields):
        """The English translation of a German page (its parent must be translated), created
        or updated with the given fields: translated ones, and synchronised ones (relations
        too) that must follow the German page when it changes; other fields are copied from
        the source when the translation is made."""
        many_to_many = {
            name: fields.pop(name)
            for name in list(fields)
            if name in {f.name for f in type(page.specific)._meta.many_to_many}
        }
        english = self.locales["en"]
        target = page.get_translation_or_none(english)
        if target is None:
            target = page.copy_for_translation(english)
        target = target.specific
        before = _content(target) if target.live else None
        target.slug = slug
        source = page.specific
        for name, value in fields.items():
            field = type(target)._meta.get_field(name)
            if isinstance(field, StreamField) and isinstance(value, list):
                # Block for block with the German page, as wagtail-localize pairs them.
                like = list(getattr(source, name).raw_data)
                value = with_ids_of(field.stream_block, like, value)
            setattr(target, name, value)
        return _publish_if_changed(target, before, many_to_many)

    # Images -----------------------------------------------------------------------------

    def image(self, title: str, hue: int = 200, motif: str = "resilient_city") -> Image:
        """A generated illustration of ``motif`` (see ``demo.illustrations``; no downloads),
        reused by title. A demo image whose file differs from the one the motif and hue give
        now (an older drawing, such as the former skyline) gets the new file in place, so
        pages keep their image and nothing is duplicated; an unchanged one is left alone."""
        data = _illustration(hue, motif=motif)
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's file_hash is SHA-1
        name = _file_name(title)
        image = Image.objects.filter(title=title).order_by("pk").first()
        if image is not None and (image.file_hash == digest or not _made_by_demo(image, name)):
            return image
        old_file = image.file.name if image is not None else None
        if image is None:
            image = Image(title=title)
        image.file = ImageFile(io.BytesIO(data), name=f"{name}.png")
        image.focal_point_x = image.focal_point_y = None
        image.focal_point_width = image.focal_point_height = None
        image._set_image_file_metadata()
        image.save()
        if old_file:
            image.renditions.all().delete()
            if old_file != image.file.name:
                image.file.storage.delete(old_file)
        return image


def translate_form_labels(page, labels: dict[str, str]) -> None:
    """Give a translated form page's fields their labels in its language (by clean name)."""
    form_fields = list(page.form_fields.all())
    changed = False
    for form_field in form_fields:
        label = labels.get(form_field.clean_name)
        if label and form_field.label != label:
            form_field.label = label
            changed = True
    if changed:
        page.form_fields = form_fields
        page.save_revision().publish()


VOLATILE_FIELDS = {
    "latest_revision",
    "live_revision",
    "last_published_at",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "url_path",
    "first_published_at",
    "live",
    "locked_at",
    "locked_by",
    "owner",
}


def _content(page: Page) -> dict:
    """The page's editable content, comparable before and after assigning demo values
    (StreamField block ids are generated anew on every assignment, so they are dropped)."""
    data = page.serializable_data()
    return without_ids({key: value for key, value in data.items() if key not in VOLATILE_FIELDS})


def without_ids(value):
    if isinstance(value, str) and value.startswith(("[", "{")):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def _publish_if_changed(page: Page, before: dict | None, many_to_many: dict) -> Page:
    for name, values in many_to_many.items():
        getattr(page, name).set(values)
    localize_terms(page)  # the German terms given for an English page: compared as stored
    if before is None or _content(page) != before:
        page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def _file_name(title: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60] or "image"


@functools.lru_cache(maxsize=64)
def _illustration(hue: int, motif: str = "resilient_city") -> bytes:
    """The PNG of a motif (drawn once per process: loading again compares, not redraws)."""
    return illustrations.render(motif, hue)


def _made_by_demo(image: Image, name: str) -> bool:
    """Whether ``image`` holds a file the demo stored (named after its title), not one an
    editor uploaded under the same title."""

    def stem(path: str) -> str:
        return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]

    expected = stem(image.get_upload_to(f"{name}.png"))  # as Wagtail stores it: ASCII, …
    stored = stem(image.file.name)
    return stored == expected or stored.startswith(f"{expected}_")  # or with a suffix
