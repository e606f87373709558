"""Fields of the open API (``/api/v2/``) that every page type uses in its ``api_fields``:
terms by slug and name in the page's language, choices with their labels, the main image as
a rendition with its alternative text, dates in German local time. Absolute URLs come from the
one public address (``core.origin``)."""

from django.utils import translation

from wagtail.api import APIField
from wagtail.images.models import SourceImageIOError

from rest_framework import serializers

from core.locales import language_code_of
from core.origin import absolute


class _PageField(serializers.Field):
    """A read-only field computed from the whole page, in the page's language."""

    def __init__(self, name: str, **kwargs):
        self.name_on_page = name
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        with translation.override(language_code_of(page.locale_id)):
            return self.represent(page, getattr(page, self.name_on_page))

    def represent(self, page, value):
        raise NotImplementedError


class TermsField(_PageField):
    """A relation to taxonomy terms as ``[{"slug", "name"}]`` (in the page's language,
    ``taxonomy.localize``)."""

    def represent(self, page, value):
        if value is None:
            return []
        terms = list(value.all()) if hasattr(value, "all") else [value]
        return [{"slug": getattr(term, "slug", None), "name": term.name} for term in terms]


class TermField(TermsField):
    """One term (a foreign key) as ``{"slug", "name"}``, or null."""

    def represent(self, page, value):
        terms = super().represent(page, value)
        return terms[0] if terms else None


class ChoiceField(_PageField):
    """A field with choices as ``{"value", "label"}`` (the label in the page's language)."""

    def represent(self, page, value):
        if value in (None, ""):
            return None
        return {"value": value, "label": str(getattr(page, f"get_{self.name_on_page}_display")())}


class ComputedField(_PageField):
    """A property or method of the page (a project's status, an event's local times)."""

    def represent(self, page, value):
        value = value() if callable(value) else value
        return value.isoformat() if hasattr(value, "isoformat") else value


class MainImageField(_PageField):
    """The main image as a rendition (800 × 533), with its alternative text."""

    def represent(self, page, image):
        if image is None:
            return None
        try:
            rendition = image.get_rendition("fill-800x533|format-jpeg")
        except SourceImageIOError:
            return None
        return {
            "url": absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": page.image_alt,
        }


def terms(name: str) -> APIField:
    return APIField(name, serializer=TermsField(name))


def term(name: str) -> APIField:
    return APIField(name, serializer=TermField(name))


def choice(name: str) -> APIField:
    return APIField(name, serializer=ChoiceField(name))


def computed(name: str, attribute: str = "") -> APIField:
    return APIField(name, serializer=ComputedField(attribute or name))
