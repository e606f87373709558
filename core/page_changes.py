"""Which tags a change to one page touches (``core.dependencies``).

An edit that changes only what the page itself shows (its body, a caption) touches the page
and search. A change to anything else (published for the first time, unpublished, a new
title, teaser, date, term, image or slug) also touches its card, its language versions, the
listings of its type, the terms it had or has and the pages that link to it (Wagtail's
reference index knows them). Telling the two apart compares the page's
listing signature before and after the save: every field but Wagtail's bookkeeping and the
rich text and stream fields the page shows only itself.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save

from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex

from . import dependencies

# Written by every publish or save without changing what a listing shows.
BOOKKEEPING = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "last_published_at",
        "has_unpublished_changes",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "go_live_at",
        "expire_at",
        "expired",
    }
)
_OLD = "_listing_signature_before_save"


def _own_content(model, field) -> bool:
    """A rich text or stream field only the page itself shows (types name the exceptions in
    ``fields_shown_elsewhere``, e.g. the pages an event discussed)."""
    shown_elsewhere = getattr(model, "fields_shown_elsewhere", ())
    return isinstance(field, RichTextField | StreamField) and field.name not in shown_elsewhere


def signature(page: Page) -> tuple:
    """What listings of the page's type and its terms can depend on, read from the database."""
    model = type(page)
    fresh = model._default_manager.filter(pk=page.pk).first()
    if fresh is None:
        return ()
    values = [
        (field.attname, field.value_from_object(fresh))
        for field in model._meta.concrete_fields
        if field.name not in BOOKKEEPING and not _own_content(model, field)
    ]
    terms = []
    for field in model._meta.many_to_many:
        related = list(getattr(fresh, field.name).all())
        values.append((field.name, sorted(item.pk for item in related)))
        terms += [_term_tag(item) for item in related if hasattr(item, "translation_key")]
    for relation in get_all_child_relations(model):
        if relation.get_accessor_name() == "wagtail_admin_comments":
            continue
        rows = getattr(fresh, relation.get_accessor_name()).all()
        values.append((relation.name, sorted(repr(_row(row)) for row in rows)))
    return (tuple(values), frozenset(terms))


def _row(row) -> tuple:
    return tuple(
        field.value_from_object(row)
        for field in row._meta.concrete_fields
        if not field.primary_key and field.name != "sort_order"
    )


def term(model, translation_key) -> str:
    """The tag of a term across its languages, e.g. a topic (``related pages`` record it)."""
    return f"term:{model._meta.label_lower}:{translation_key}"


def _term_tag(item) -> str:
    return term(type(item), item.translation_key)


def _remember_old(sender, instance, update_fields=None, raw=False, **kwargs):
    # Only a full save (publishing) can change what listings show; drafts touch bookkeeping.
    if raw or update_fields is not None or not isinstance(instance, Page) or not instance.pk:
        return
    setattr(instance, _OLD, signature(instance))


def tags_for(page: Page, structural: bool | None = None) -> tuple[set[str], bool]:
    """The tags a change to ``page`` touches, and whether it can show anywhere (a snippet,
    such as the navigation or the footer, links the page and its title or URL changed).
    ``structural`` None: decided by comparing the page's signature with the one before its
    last full save."""
    tags = {dependencies.page(page.pk), dependencies.SEARCH}
    old = getattr(page, _OLD, None)
    new = signature(page)
    if structural is None:
        structural = old is None or old != new
    if not structural:
        return tags, False
    tags |= {dependencies.card(page.pk), dependencies.translation(page.translation_key)}
    tags |= {dependencies.listing(model) for model in type(page).__mro__ if _is_page(model)}
    tags.add(dependencies.children(page.path[: -Page.steplen]))
    for state in (old, new):
        if state:
            tags |= state[1]
    # Pages that link it show its URL; a snippet that does (the navigation, the footer)
    # shows on every page.
    page_type = ContentType.objects.get_for_model(Page)
    linked_from_elsewhere = False
    for base_type, object_id in ReferenceIndex.get_references_to(page).values_list(
        "base_content_type_id", "object_id"
    ):
        if base_type == page_type.pk:
            tags.add(dependencies.page(object_id))
        else:
            linked_from_elsewhere = True
    return tags, linked_from_elsewhere


def _is_page(model) -> bool:
    return isinstance(model, type) and issubclass(model, Page) and not model._meta.abstract


def connect() -> None:
    pre_save.connect(_remember_old, dispatch_uid="core.page_changes.remember_old")
