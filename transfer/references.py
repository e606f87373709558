"""Stable keys for the objects a content export refers to, instead of primary keys:
translatable objects (pages, snippets) by ``translation_key`` and locale, images and documents
by their file hash and title."""

import json
from contextvars import ContextVar

from wagtail.documents import get_document_model
from wagtail.images import get_image_model


class MissingReference(Exception):
    """A referenced object is not (yet) in the database; ``ref`` is its key."""

    def __init__(self, message: str, ref: dict | None = None):
        super().__init__(message)
        self.ref = ref or {}


# Keys of items still waiting in the same import: references to them resolve to None for a
# first, incomplete save when items refer to each other in a cycle (an index page whose intro
# links to its child); the import then saves those items again with every reference.
PENDING: ContextVar[frozenset] = ContextVar("pending", default=frozenset())


def media_models() -> tuple:
    return get_image_model(), get_document_model()


def reference(obj) -> dict | None:
    """A stable key for ``obj``."""
    if obj is None:
        return None
    if isinstance(obj, media_models()):
        # Identical files may be uploaded twice under different titles: the pair is the key.
        return {"file_hash": obj.get_file_hash(), "title": obj.title}
    return {"key": str(obj.translation_key), "locale": obj.locale.language_code}


def resolve(model, ref: dict | None):
    """The object ``ref`` points at; raises ``MissingReference`` if there is none."""
    if ref is None:
        return None
    if model in media_models():
        same_file = model.objects.filter(file_hash=ref.get("file_hash")).order_by("pk")
        found = same_file.filter(title=ref.get("title")).first() or same_file.first()
    else:
        found = (
            model.objects.filter(
                translation_key=ref.get("key"), locale__language_code=ref.get("locale")
            )
            .order_by("pk")
            .first()
        )
    if found is None and (ref.get("key"), ref.get("locale")) in PENDING.get():
        return None
    if found is None:
        raise MissingReference(f"{model._meta.label_lower} {json.dumps(ref)} does not exist", ref)
    return found
