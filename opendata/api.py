"""Wagtail's API v2 at ``/api/v2/``: pages (``?locale=de``), images and documents, read-only.

The pages endpoint lists live pages without any view restriction, whoever asks."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.visibility import visible


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Pages as anonymous visitors see them: restricted pages stay out even for editors."""

    def get_base_queryset(self):
        return visible(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
