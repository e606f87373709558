"""Signal handlers: publishing, unpublishing, moving and privacy changes update the index."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import documents


def on_published(sender, instance, **kwargs):
    documents.sync_page(instance)


def on_unpublished(sender, instance, **kwargs):
    documents.remove_pages([instance.pk])


def on_moved(sender, instance, **kwargs):
    documents.sync_subtree(instance)


def on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None when the restriction goes with its deleted page
        documents.sync_subtree(page)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        documents.remove_pages([instance.pk])


def connect():
    page_published.connect(on_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search_page_moved")
    post_delete.connect(on_deleted, dispatch_uid="search_page_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal is post_save}",
        )
