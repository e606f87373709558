"""Internal links that lead nowhere a visitor can go: found when their target changes.

The portal's one "content changed" signal (``core.signals``) says which page was published,
unpublished, moved, deleted or had its view restriction changed; Wagtail's reference index
says which pages link to it (rich-text page links, page choosers, page blocks). Each such
link is judged again: a target that is not live, sits below a view restriction or no longer
exists is a ``LinkProblem`` of the linking page; a target that is fine again clears it. A
page that is published is judged as a whole, so a link taken out clears its problem too.
"""

from contextlib import suppress

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_delete
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from core import signals
from core.visibility import is_restricted

from . import external_links
from .models import LinkProblem

Reason = LinkProblem.Reason


def _page_type():
    return ContentType.objects.get_for_model(Page)


def linked_page_ids(page: Page) -> set[int]:
    """The pages ``page`` links to, from its live content, indexed afresh (the index may be
    updated by a background task after the signal that brought us here)."""
    # A page link without its target, which Wagtail's extractor cannot read: an import saves
    # pages that link each other first without the links, then again with them. The index
    # stays as it was until that second save.
    with suppress(KeyError):
        ReferenceIndex.create_or_update_for_object(page.specific)
    return {
        int(target)
        for target in ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=_page_type())
        .values_list("to_object_id", flat=True)
        if target.isdigit() and int(target) != page.pk
    }


def referring_page_ids(targets) -> set[int]:
    """Pages that link to any of ``targets`` (pages or ids)."""
    ids = [str(getattr(target, "pk", target)) for target in targets]
    return {
        int(source)
        for source in ReferenceIndex.objects.filter(
            to_content_type=_page_type(),
            to_object_id__in=ids,
            base_content_type=_page_type(),
        ).values_list("object_id", flat=True)
    }


def reason_for(target: Page | None) -> str | None:
    """Why a link to ``target`` is broken, or ``None`` when visitors can follow it."""
    if target is None:
        return Reason.DELETED
    if not target.live:
        return Reason.UNPUBLISHED
    if is_restricted(target):
        return Reason.PRIVATE
    return None


def judge(page_id: int, target_id: int, *, title: str = "") -> None:
    """Record or clear the problem of one link from ``page_id`` to ``target_id``."""
    target = Page.objects.filter(pk=target_id).first()
    reason = reason_for(target)
    if reason is None:
        LinkProblem.objects.filter(
            page_id=page_id, kind=LinkProblem.Kind.INTERNAL, target_page_id=target_id
        ).delete()
        return
    LinkProblem.objects.update_or_create(
        page_id=page_id,
        kind=LinkProblem.Kind.INTERNAL,
        target_page_id=target_id,
        defaults={
            "reason": reason,
            "target": target.get_admin_display_title() if target else title or f"#{target_id}",
            "checked_at": timezone.now(),
        },
    )


def judge_page(page: Page) -> None:
    """Judge every internal link of ``page``; problems of links it no longer has go."""
    targets = linked_page_ids(page)
    LinkProblem.objects.filter(page=page, kind=LinkProblem.Kind.INTERNAL).exclude(
        target_page_id__in=targets
    ).delete()
    for target_id in targets:
        judge(page.pk, target_id)


def judge_links_to(targets) -> None:
    """Judge the links of every page that links to one of ``targets``."""
    target_ids = {getattr(target, "pk", target) for target in targets}
    for source_id in referring_page_ids(target_ids):
        linked = linked_page_ids(Page.objects.get(pk=source_id)) & target_ids
        for target_id in linked:
            judge(source_id, target_id)


def _subtree(page: Page):
    """A page and its descendants: a move or a restriction changes all of them."""
    return list(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


def _remember_referrers(sender, instance, **kwargs):
    """Before a page is deleted, note who links to it: Wagtail removes those index rows with
    the page, and a link chosen in a page chooser vanishes from the index altogether."""
    if isinstance(instance, Page):
        instance._review_referrers = referring_page_ids([instance])
        instance._review_title = instance.get_admin_display_title()


def _deleted(instance) -> None:
    referrers = getattr(instance, "_review_referrers", set())
    LinkProblem.objects.filter(page_id=instance.pk).delete()
    for source_id in referrers:
        if source_id == instance.pk or not Page.objects.filter(pk=source_id).exists():
            continue  # deleted with it (a descendant)
        judge(source_id, instance.pk, title=getattr(instance, "_review_title", ""))


def content_changed(sender, kind, instance, **kwargs):
    if kind == signals.PRIVACY and isinstance(instance, PageViewRestriction):
        page = Page.objects.filter(pk=instance.page_id).first()
        if page is not None:
            judge_links_to(_subtree(page))
        return
    if not isinstance(instance, Page):
        return
    if kind == signals.DELETED:
        _deleted(instance)
    elif kind == signals.MOVED:
        judge_links_to(_subtree(instance))
    elif kind == signals.UNPUBLISHED:
        judge_links_to([instance])
    elif kind in (signals.PUBLISHED, signals.EDITED):
        judge_links_to([instance])
        judge_page(instance)
        external_links.judge_page(instance)


def connect() -> None:
    signals.content_changed.connect(content_changed, dispatch_uid="review.links")
    pre_delete.connect(_remember_referrers, dispatch_uid="review.remember_referrers")
