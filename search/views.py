"""The search page and the autocomplete endpoint."""

from django.contrib.contenttypes.models import ContentType
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core import dependencies
from core.languages import other_language
from core.visibility import is_visible
from home import topic_pages
from home.listing import paginate

from . import statistics
from .analysis import names
from .engine import engine
from .forms import SearchParameters, navigational_hits, topics_for
from .models import SearchDocument
from .results import Criteria, Hit
from .text import terms

PER_PAGE = 10
OTHER_LANGUAGE_LIMIT = 5
FEW_RESULTS = 3  # below this, the other language's matches are offered in the visitor's
URL_NAMES = {"de": "search_de", "en": "search_en"}


def search_url(language: str | None = None) -> str:
    """The search page's URL in a language: /suche/ or /en/search/."""
    language = language or translation.get_language() or "de"
    language = language if language in URL_NAMES else "de"
    with translation.override(language):
        return reverse(URL_NAMES[language])


class SearchHits:
    """The hits of one search as a sequence Django's paginator pages through: its length is
    the number of results, a slice is one page of hits. The page asked for is searched once,
    for both; another page (when the one asked for does not exist) once more."""

    def __init__(self, search_engine, criteria: Criteria):
        self.engine = search_engine
        self.criteria = criteria
        self.results = None

    def _search(self, offset: int):
        if self.results is None or self.criteria.offset != offset:
            self.criteria.offset = offset
            self.results = self.engine.search(self.criteria)
        return self.results

    def __len__(self) -> int:
        return self._search(self.criteria.offset).total

    def __getitem__(self, page: slice):
        # A page's slice may end early (the last page); the search asks for a whole page.
        return self._search(page.start).hits


def attach_pages(hits, request):
    """Adds ``url``, ``type_label`` and ``upcoming`` (what a result whose date lies ahead says,
    e.g. an event's "bevorstehend") to every hit (one query for all pages)."""
    pages = Page.objects.in_bulk([hit.page_id for hit in hits])
    today = timezone.localdate()
    for hit in hits:
        page = pages.get(hit.page_id)
        hit.url = page.get_url(request) if page else ""
        model = ContentType.objects.get_for_id(hit.content_type_id).model_class()
        kind = getattr(model, "search_type", None)
        hit.type_label = model.type_label() if kind else ""
        ahead = kind is not None and hit.date is not None and hit.date >= today
        hit.upcoming = kind.upcoming if ahead else None
    return [hit for hit in hits if hit.url]


def editors_picks(query: str, language: str, request):
    """Wagtail's search promotions for this query whose page is visible and in this language."""
    query_row = Query.objects.filter(query_string=" ".join(query.lower().split())).first()
    if query_row is None:
        return []
    picks = query_row.editors_picks.filter(page__locale__language_code=language).select_related(
        "page"
    )
    return [pick for pick in picks if is_visible(pick.page)]


def translations_of(hits, language: str) -> list[Hit]:
    """The translations in ``language`` of the pages of ``hits``, as hits (one query)."""
    if not hits:
        return []
    keys = SearchDocument.objects.filter(page_id__in=[hit.page_id for hit in hits]).values(
        "translation_key"
    )
    return Hit.of_documents(
        SearchDocument.objects.filter(language=language, translation_key__in=keys)
    )


def named_topics(clauses, language: str) -> list[tuple]:
    """Topic pages whose topic or hazard the query names ("Hitze"): (term, URL), first."""
    return [
        (term, topic_pages.topic_url(term.slug, language))
        for term in topic_pages.terms_in(language)
        if names(term.name, clauses, language)
    ]


@require_GET
def search(request):
    # Results change with every page published in the language (``core.dependencies``).
    dependencies.record(dependencies.SEARCH)
    language = translation.get_language() or "de"
    canonical = search_url(language)
    if request.path != canonical:
        query = request.GET.urlencode()
        return redirect(f"{canonical}?{query}" if query else canonical)
    topics = topics_for(language)
    params = SearchParameters(request.GET, topics)
    context = {
        "params": params,
        "topics": topics,
        "type_choices": params.choices,
        "search_url": canonical,
        "other_language": other_language(language),
    }
    if params.query and not terms(params.query, language):
        context["message"] = _(
            "Please enter words or numbers; punctuation alone cannot be searched."
        )
    elif not params.query:
        context["message"] = _("Please enter a search term.")
    else:
        context.update(run_search(request, params, language))
    response = TemplateResponse(request, "search/search.html", context)
    if context.get("counted"):
        # Served again from the page cache, the search is counted again.
        statistics.remember_for_cache(response, *context["counted"])
    return response


def run_search(request, params: SearchParameters, language: str) -> dict:
    search_engine = engine()
    # Without a chosen type, navigational pages (home, index, form pages) are left out, unless
    # nothing else matches: a visitor who searches "Werkzeugkasten" still finds it.
    types = params.content_type_ids or params.primary_content_type_ids

    def criteria(in_language: str, **extra) -> Criteria:
        return Criteria(
            query=params.query,
            language=in_language,
            content_type_ids=extra.pop("content_type_ids", types),
            topic=params.topic,
            sort=params.sort,
            **extra,
        )

    asked = (params.parsed.page_number - 1) * PER_PAGE
    hits = SearchHits(search_engine, criteria(language, offset=asked, limit=PER_PAGE))
    if not params.content_type_ids and not len(hits):
        types = []
        hits = SearchHits(search_engine, criteria(language, offset=asked, limit=PER_PAGE))
    page, page_notice = paginate(hits, params.parsed, PER_PAGE)
    if page_notice:
        params.notices.append(page_notice)
    found = list(page.object_list)
    if types and not params.content_type_ids and page.number == 1:
        # A home, index or form page whose title is the query comes first ("Kontakt").
        clauses = hits.results.clauses
        named = [hit for hit in navigational_hits(language) if names(hit.title, clauses, language)]
        found = named + found
        hits.results.total += len(named)
    other = other_language(language)
    # The visitor's words are corrected in their own language only.
    extra = search_engine.search(
        criteria(other, limit=OTHER_LANGUAGE_LIMIT, correct=False), exclude_language=language
    )
    via_other = []
    if hits.results.total < FEW_RESULTS:
        # Words of the other language ("Klimaspaziergang" on the English search): the pages
        # they find there, in the visitor's language where they are translated.
        there = search_engine.search(criteria(other, limit=OTHER_LANGUAGE_LIMIT, correct=False))
        shown = {hit.page_id for hit in found}
        via_other = [
            hit for hit in translations_of(there.hits, language) if hit.page_id not in shown
        ]
    suggestion_url = ""
    if hits.results.suggestion:
        corrected = request.GET.copy()
        corrected["q"] = hits.results.suggestion
        corrected.pop("page", None)
        suggestion_url = f"{search_url(language)}?{corrected.urlencode()}"
    counted = None
    if page.number == 1:
        counted = (params.query, language, hits.results.total + extra.total + len(via_other))
        statistics.record(*counted)
    return {
        "counted": counted,
        "results": hits.results,
        "suggestion_url": suggestion_url,
        "page_obj": page,
        "hits": attach_pages(found, request),
        "other_hits": attach_pages(extra.hits, request),
        "other_total": extra.total,
        "via_other": attach_pages(via_other, request),
        "picks": editors_picks(params.query, language, request) if page.number == 1 else [],
        "topic_pages": named_topics(hits.results.clauses, language) if page.number == 1 else [],
    }


@require_GET
def autocomplete(request):
    dependencies.record(dependencies.SEARCH)
    """Up to eight page titles in the visitor's language for the header's search box."""
    language = translation.get_language() or "de"
    query = (request.GET.get("q") or "").replace("\x00", "")[:200]
    if not terms(query, language):
        return JsonResponse({"results": []})
    results = engine().search(Criteria(query=query, language=language, limit=8, prefix=True))
    hits = attach_pages(results.hits, request)
    return JsonResponse(
        {
            "results": [
                {"title": hit.title, "url": hit.url, "type": str(hit.type_label)} for hit in hits
            ]
        }
    )
