"""The search page's GET parameters, read by the listing engine's parser (``home.listing``):
the content types, the topic and the sort order are facets like a listing's; unknown values
are dropped and reported the same way."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page, get_page_models

from core.caching import ProcessTable
from home.listing import ChoiceFacet, parse
from taxonomy.models import Topic

from .models import SearchDocument
from .results import Hit

MAX_QUERY_LENGTH = 200
SORTS = (("relevance", gettext_lazy("Relevance")), ("date", gettext_lazy("Date, newest first")))


def searchable_models():
    """Every concrete page type that declares search fields (found through the registry)."""
    return [
        model
        for model in get_page_models()
        if model is not Page and not model._meta.abstract and model.get_search_fields()
    ]


@dataclass(frozen=True)
class TypeChoice:
    """One entry of the type filter: a kind of page in the visitor's words and the content
    types of the page models that are of that kind (``search_type``)."""

    value: str
    label: str
    content_type_ids: tuple[int, ...]


def type_choices() -> list[TypeChoice]:
    """The type filter's entries, in their declared order; navigational pages (home, index and
    form pages) are no kind a visitor searches for."""
    models = [model for model in searchable_models() if not model.navigational]
    content_types = ContentType.objects.get_for_models(*models)
    kinds = {}
    for model, content_type in content_types.items():
        kinds.setdefault(model.search_type, []).append(content_type.pk)
    return [
        TypeChoice(kind.value, kind.plural, tuple(sorted(ids)))
        for kind, ids in sorted(kinds.items(), key=lambda item: item[0].order)
    ]


_navigational = ProcessTable("search.navigational")
_topics = ProcessTable("search.topics")


def navigational_hits(language: str) -> list[Hit]:
    """Home, index and form pages in a language, as results: the search page shows one first
    when its title is the query ("Kontakt"), otherwise only when nothing else matches."""

    def load():
        models = [model for model in searchable_models() if model.navigational]
        types = [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]
        return Hit.of_documents(
            SearchDocument.objects.filter(language=language, content_type_id__in=types)
        )

    return _navigational.get(language, load)


def topics_for(language: str) -> list[Topic]:
    """Topics in the visitor's language, for the filter; values are slugs."""
    return _topics.get(
        language,
        lambda: list(Topic.objects.filter(locale__language_code=language).order_by("name")),
    )


class SearchParameters:
    """The cleaned query, the chosen types, topic and sort, the page number, and notices
    about ignored input."""

    def __init__(self, data, topics: list[Topic]):
        self.choices = type_choices()
        facets = (
            ChoiceFacet(
                "type", _("Content type"), choices=[(c.value, c.label) for c in self.choices]
            ),
            ChoiceFacet(
                "topic", _("Topic"), multiple=False, choices=[(t.slug, t.name) for t in topics]
            ),
            ChoiceFacet("sort", _("Sort by"), multiple=False, choices=SORTS),
        )
        known = {facet.param: facet.known(None, None) for facet in facets}
        self.parsed = parse(data, known, facets)
        self.notices = list(self.parsed.notices)
        query = (data.get("q") or "").replace("\x00", "")
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH]
            self.notices.append(_("Your search was very long; only its beginning was used."))
        self.query = query.strip()
        selections = self.parsed.selections
        self.types = selections.get("type", [])
        ids = {choice.value: choice.content_type_ids for choice in self.choices}
        self.content_type_ids = [pk for value in self.types for pk in ids[value]]
        # Every page type that is not navigational: what a search without a chosen type shows.
        self.primary_content_type_ids = [pk for c in self.choices for pk in c.content_type_ids]
        self.topic = next(iter(selections.get("topic", [])), "")
        self.sort = next(iter(selections.get("sort", [])), "relevance")
