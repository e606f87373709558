"""The search index follows content changes (``core.signals.content_changed``): publishing
indexes, unpublishing and deletion remove, moves and privacy changes re-check the subtree."""

from wagtail.models import Page, PageViewRestriction

from core.signals import DELETED, MOVED, PRIVACY, PUBLISHED, UNPUBLISHED, content_changed

from . import documents


def on_content_changed(sender, kind, instance, **kwargs):
    if kind == PUBLISHED:
        documents.sync_page(instance)
    elif kind == UNPUBLISHED or (kind == DELETED and isinstance(instance, Page)):
        documents.remove_pages([instance.pk])
    elif kind == MOVED:
        documents.sync_subtree(instance)
    elif kind == PRIVACY and isinstance(instance, PageViewRestriction):
        page = Page.objects.filter(pk=instance.page_id).first()
        if page is not None:  # None when the restriction goes with its deleted page
            documents.sync_subtree(page)


def connect():
    content_changed.connect(on_content_changed, dispatch_uid="search.content_changed")
