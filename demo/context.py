"""Idempotent helpers the demo content modules build on: pages and snippets are matched by
a stable key (slug and locale), so running ``load_demo`` again updates instead of duplicating."""

import colorsys
import io
import json
import math
from dataclasses import dataclass, field

from django.core.files.images import ImageFile

from wagtail.fields import StreamField
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from PIL import Image as PILImage
from PIL import ImageDraw

from core.stream_data import with_ids_of, with_stream_ids
from home.models import HomePage


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
        or updated with the given translated fields; other fields are copied from the source."""
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
        return _publish_if_changed(target, before, {})

    # Images -----------------------------------------------------------------------------

    def image(self, title: str, hue: int = 200) -> Image:
        """A generated illustration (no downloads), reused by title."""
        existing = Image.objects.filter(title=title).first()
        if existing is not None:
            return existing
        file = ImageFile(io.BytesIO(_illustration(hue)), name=f"{_file_name(title)}.png")
        image = Image(title=title, file=file)
        image.save()
        return image


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
    if before is None or _content(page) != before:
        page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def _file_name(title: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60] or "image"


def _illustration(hue: int, width: int = 1440, height: int = 960) -> bytes:
    """An abstract skyline over soft hills in one colour family: a calm, licence-free image."""
    img = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    base = _hsl(hue, 0.45, 0.88)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(c * (1 - 0.25 * t)) for c in base))
    for band, lightness in enumerate((0.62, 0.5, 0.38)):
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            wave = math.sin((x / width) * math.pi * (2 + band) + band) * 40
            points.append((x, int(height * (0.55 + 0.12 * band) + wave)))
        points.append((width, height))
        draw.polygon(points, fill=_hsl(hue + 20 * band, 0.35, lightness))
    x = 120
    for index in range(14):
        w = 50 + (index * 37) % 60
        h = 120 + (index * 53) % 260
        top = int(height * 0.55) - h
        draw.rectangle(
            [x, top, x + w, int(height * 0.62)], fill=_hsl(hue, 0.4, 0.28 + (index % 3) * 0.05)
        )
        x += w + 22
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _hsl(hue: float, saturation: float, lightness: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation)
    return int(r * 255), int(g * 255), int(b * 255)
