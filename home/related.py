"""“Mehr zum Thema”: editors' picks first, then pages of any type sharing the most topics.

Works on every page model that uses ``TopicsMixin``, found through the app registry, so no
feature app is imported. Topics are matched by translation key, because a translated page may
still point at the source language's terms (see ``core.locales``).
"""

from django.apps import apps
from django.db.models import Count, F, Max, QuerySet

from wagtail.models import Page

from core import dependencies, memo, page_changes
from core.locales import localized_pages
from core.visibility import visible

from .models.mixins import TopicsMixin
from .page_queries import prefetch_renditions, specific_of, with_specific

DEFAULT_LIMIT = 4


def topic_page_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TopicsMixin) and issubclass(model, Page) and not model._meta.abstract
    ]


def _shared_topic_counts(page: Page, topic_keys):
    """One UNION query: (page_id, shared topics, last published) for every candidate page."""
    queries = []
    for model in topic_page_models():
        field = model._meta.get_field("topics")
        through = field.remote_field.through
        source = field.m2m_field_name()
        target = field.m2m_reverse_field_name()
        queries.append(
            through.objects.filter(
                **{
                    f"{target}__translation_key__in": topic_keys,
                    f"{source}__live": True,
                    f"{source}__locale_id": page.locale_id,
                }
            )
            .exclude(**{source: page.pk})
            .values(source)
            .annotate(
                page_id=F(source),
                shared=Count("pk"),
                published=Max(f"{source}__first_published_at"),
            )
            .values("page_id", "shared", "published")
            .order_by()
        )
    if not queries:
        return []
    union = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    return union.order_by("-shared", "-published")


def page_topics(page: Page) -> list:
    """The page's topics (in its own language, ``taxonomy.localize``), looked up once per
    request: its tags and "Mehr zum Thema" (which links their topic pages) both show them."""
    return memo.remember(("home.page_topics", page.pk), lambda: list(page.topics.all()))


def related_pages(page: Page, limit: int = DEFAULT_LIMIT, extra_images=()) -> list[Page]:
    """Up to ``limit`` live, public pages in the page's language, most related first, in their
    specific types with their card images (three queries, plus one when there are picks);
    the renditions of ``extra_images`` are loaded with the cards'."""
    picks = _localized_picks([block.value for block in getattr(page, "related_pages", [])], page)
    topic_keys = _topic_keys(page)
    candidates = [row["page_id"] for row in _shared_topic_counts(page, topic_keys)[: limit * 3]]

    ranked = list(dict.fromkeys([*picks, *candidates]))
    ranked = [pk for pk in ranked if pk != page.pk]
    # Picks of other page types are rare; ``specific_of`` looks those up on their own.
    # What chose them: pages sharing a topic (a change to one touches its topics' tags).
    dependencies.record(*_topic_tags(page))
    found = with_specific(
        visible(Page.objects.filter(pk__in=ranked), listed=()), models=topic_page_models()
    )
    pages = {p.pk: specific_of(p) for p in found}
    related = [pages[pk] for pk in ranked if pk in pages][:limit]
    prefetch_renditions([*(getattr(p, "image", None) for p in related), *extra_images])
    return related


def _topic_tags(page: Page) -> list[str]:
    return [page_changes.term(type(topic), topic.translation_key) for topic in page_topics(page)]


def _topic_keys(page: Page):
    """The page's topics' translation keys: a subquery of the next query for a saved page, a
    list for a page being previewed with unsaved topics (modelcluster keeps them in memory)."""
    topics = page.topics.all()
    if isinstance(topics, QuerySet):
        return topics.values("translation_key")
    return [topic.translation_key for topic in topics]


def _localized_picks(picked: list, page: Page) -> list[int]:
    """The picked pages' ids in the page's language, in the editor's order; a pick may point at
    the other language's page (wagtail-localize copies it unchanged), so it is resolved."""
    localized = localized_pages(picked, page.locale_id)
    return [
        target.pk
        for target in (localized[pick.pk] for pick in picked if pick is not None)
        if target.locale_id == page.locale_id
    ]
