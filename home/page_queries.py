"""Page queries whose cost does not grow with what they find.

- Specific pages: Wagtail's ``page.specific`` and ``queryset.specific()`` fetch each type's row
  with a query of its own (one per page type in a mixed list). Every page model inherits from
  ``Page`` through multi-table inheritance, so a ``select_related`` over the link from ``Page``
  to each model's table, and on to its main image, brings the specific row in the same query.
- Renditions: all renditions of a list of images in one query.
"""

from functools import cache as memoize

from django.db.models import ForeignKey, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models


def _link_from_page(model) -> list[str]:
    """The chain of parent links from ``Page`` down to ``model``, e.g. ["newspage"]."""
    chain = []
    while model is not Page:
        chain.append(model._meta.model_name)
        model = next(parent for parent in model._meta.parents if issubclass(parent, Page))
    return chain[::-1]


@memoize
def _related_paths(models: tuple | None = None) -> tuple[str, ...]:
    image_model = get_image_model()
    paths = []
    for model in models or get_page_models():
        if model is Page:
            continue
        link = "__".join(_link_from_page(model))
        paths.append(link)
        image = next((f for f in model._meta.concrete_fields if f.name == "image"), None)
        if isinstance(image, ForeignKey) and image.related_model is image_model:
            paths.append(f"{link}__image")
    return tuple(paths)


def with_specific(queryset, models=None):
    """``queryset`` (of ``Page``) joined with the tables of ``models`` (default: every page
    type) and their main images, and with the locale (``page.locale`` then needs no query).

    Each join costs Django time to compile and to build rows, so callers that know which
    types can come back name them."""
    return queryset.select_related("locale", *_related_paths(tuple(models) if models else None))


def specific_of(page: Page) -> Page:
    """The specific instance a ``with_specific`` query brought along (else Wagtail's lookup)."""
    page_class = page.specific_class
    if page_class is None or isinstance(page, page_class):
        return page
    current = page
    for name in _link_from_page(page_class):
        fields_cache = current._state.fields_cache
        if name not in fields_cache:
            return page.specific
        current = fields_cache[name]
    return current


def prefetch_renditions(images) -> None:
    """Load all renditions of these images (``None`` allowed) in one query."""
    prefetch_related_objects([image for image in images if image is not None], "renditions")
