"""Writing all pages, snippets, images and documents of an instance as one JSON document."""

import shutil
from pathlib import Path

from django.utils import timezone

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from .fields import serialise
from .references import media_models, reference

FORMAT = "portal-content"
VERSION = 1


def snippet_models() -> list:
    """Translatable snippet models, each after the snippet models it refers to."""
    pending = [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]
    ordered = []
    while pending:
        for model in pending:
            needs = {
                f.related_model
                for f in [*model._meta.concrete_fields, *model._meta.many_to_many]
                if f.is_relation and f.related_model in pending and f.related_model is not model
            }
            if not needs:
                ordered.append(model)
                pending.remove(model)
                break
        else:  # a cycle: keep the rest in registry order; import retries cover it
            ordered += pending
            break
    return ordered


def _item(obj, model) -> dict:
    return {
        "model": model._meta.label_lower,
        "key": str(obj.translation_key),
        "locale": obj.locale.language_code,
        "fields": serialise(obj),
    }


def export_snippets() -> list[dict]:
    return [
        _item(obj, model)
        for model in snippet_models()
        for obj in model.objects.select_related("locale").order_by("locale__language_code", "pk")
    ]


def export_pages() -> list[dict]:
    """Every page below the root, parents first, with its parent's key and its position."""
    items = []
    positions: dict[str, int] = {}
    for page in Page.objects.filter(depth__gt=1).select_related("locale").order_by("path"):
        page = page.specific
        parent_path = page.path[: -Page.steplen]
        position = positions.get(parent_path, 0)
        positions[parent_path] = position + 1
        item = _item(page, type(page))
        parent = page.get_parent() if page.depth > 2 else None
        item["parent"] = reference(parent) if parent else None
        item["position"] = position
        item["live"] = page.live
        items.append(item)
    return items


def export_media(model, media_dir: Path | None) -> list[dict]:
    """Metadata of every image or document; with ``media_dir`` the files are copied there."""
    items = []
    for obj in model.objects.order_by("pk"):
        item = {
            "key": obj.get_file_hash(),
            "title": obj.title,
            "file": obj.file.name,
        }
        for name in ("focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"):
            if hasattr(obj, name):
                item[name] = getattr(obj, name)
        if media_dir is not None:
            target = media_dir / obj.file.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with obj.file.open("rb") as source, target.open("wb") as copy:
                shutil.copyfileobj(source, copy)
        items.append(item)
    return items


def export_content(media_dir: Path | None = None) -> dict:
    image_model, document_model = media_models()
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "locales": list(Locale.objects.order_by("pk").values_list("language_code", flat=True)),
        "images": export_media(image_model, media_dir),
        "documents": export_media(document_model, media_dir),
        "snippets": export_snippets(),
        "pages": export_pages(),
    }
