"""Wagtail's API v2 at ``/api/v2/``: pages (``?locale=de``), images and documents, read-only.

Pages are shown as anonymous visitors see them (``core.visibility``), with each page type's
structured fields (its ``api_fields``: ``?fields=*`` or e.g. ``?fields=date,teaser,topics``)
and addresses on the one public address. Every parameter is checked before Wagtail builds a
query, so bad input gets a 400 with a message, never a 500."""

import re

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import (
    PageAliasOfField,
    PageHtmlUrlField,
    PageParentField,
    PageSerializer,
    get_serializer_class,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.origin import absolute
from core.visibility import visible

# Parameters that are ids or counts: whole numbers a database can hold.
NUMBERS = {"id", "limit", "offset", "child_of", "ancestor_of", "descendant_of", "translation_of"}
MAX_NUMBER = 2**53  # far beyond any id or offset, and within every database's integers
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_VALUE_LENGTH = 1000
ACCEPTS_ROOT = {"child_of", "descendant_of", "translation_of"}  # Wagtail's filters take "root"
SEARCH_OPERATORS = ("and", "or")


def check_parameters(params, kwargs) -> None:
    """Raise ``BadRequestError`` (a 400 with this message) for a parameter Wagtail's API would
    pass to the database as it is."""
    for name, values in params.lists():
        for value in values:
            if CONTROL.search(value) or CONTROL.search(name):
                raise BadRequestError(f"{name[:40]!r} must not contain control characters")
            if len(value) > MAX_VALUE_LENGTH:
                raise BadRequestError(f"{name[:40]!r} is too long")
            number = value.isascii() and value.isdigit()
            root = name in ACCEPTS_ROOT and value == "root"
            if name in NUMBERS and not number and not root:
                raise BadRequestError(f"{name} must be a positive integer")
            if name in NUMBERS and value.isdigit() and int(value) > MAX_NUMBER:
                raise BadRequestError(f"{name} is too large")
    operator = params.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if int(kwargs.get("pk") or 0) > MAX_NUMBER:
        raise BadRequestError("the id is too large")


class CheckedParametersMixin:
    """Bad parameters are refused with a 400 before any view or filter runs."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request.GET, kwargs)


class PublicHtmlUrlField(PageHtmlUrlField):
    """The page's address on the one public address, not the Site record's host."""

    def to_representation(self, page):
        return absolute(page.get_url(self.context.get("request")))


class PublicRelatedPageMixin:
    """The parent and alias-of pages with their addresses on the one public address too
    (Wagtail serializes them with its own ``PageSerializer``)."""

    def to_representation(self, value):
        serializer_class = get_serializer_class(
            value.__class__,
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=PublicPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class PublicPageParentField(PublicRelatedPageMixin, PageParentField):
    pass


class PublicPageAliasOfField(PublicRelatedPageMixin, PageAliasOfField):
    pass


class PublicPageSerializer(PageSerializer):
    html_url = PublicHtmlUrlField(read_only=True)
    parent = PublicPageParentField(read_only=True)
    alias_of = PublicPageAliasOfField(read_only=True)


class PublicPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Pages as anonymous visitors see them: restricted pages stay out even for editors."""

    base_serializer_class = PublicPageSerializer

    def get_base_queryset(self):
        return visible(super().get_base_queryset())


class PublicImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
