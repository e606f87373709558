"""Validates the search page's GET parameters; bad values are dropped and reported."""

import re

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, get_page_models

MAX_QUERY_LENGTH = 200
PAGE_NUMBER = re.compile(r"[0-9]{1,4}")  # longer input is cut, with a notice


def searchable_models():
    """Every concrete page type that declares search fields (found through the registry)."""
    return [
        model
        for model in get_page_models()
        if model is not Page and not model._meta.abstract and model.get_search_fields()
    ]


def type_choices():
    """(value, label, content type id) for the content-type filter, in a stable order."""
    models = searchable_models()
    content_types = ContentType.objects.get_for_models(*models)
    choices = [
        (f"{model._meta.app_label}.{model._meta.model_name}", model._meta.verbose_name, ct.pk)
        for model, ct in content_types.items()
        if model.__name__ != "HomePage"
    ]
    return sorted(choices, key=lambda choice: str(choice[1]))


class SearchParameters:
    """The cleaned query, filters, sort and page number, plus notices about ignored input."""

    SORTS = ("relevance", "date")

    def __init__(self, data, topic_slugs):
        self.notices = []
        query = (data.get("q") or "").replace("\x00", "")
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH]
            self.notices.append(_("Your search was very long; only its beginning was used."))
        self.query = query.strip()
        choices = {value: (label, pk) for value, label, pk in type_choices()}
        self.types = []
        for value in data.getlist("type"):
            if value in choices and value not in self.types:
                self.types.append(value)
            elif value:
                self.notices.append(_("An unknown content type was ignored."))
        self.content_type_ids = [choices[value][1] for value in self.types]
        topic = data.get("topic") or ""
        self.topic = topic if topic in topic_slugs else ""
        if topic and not self.topic:
            self.notices.append(_("An unknown topic was ignored."))
        sort = data.get("sort") or "relevance"
        self.sort = sort if sort in self.SORTS else "relevance"
        if sort not in self.SORTS:
            self.notices.append(_("An unknown sort order was ignored; sorted by relevance."))
        page = data.get("page") or "1"
        # ASCII digits only: str.isdigit() accepts "²", which int() rejects.
        self.page = int(page) if PAGE_NUMBER.fullmatch(page) and int(page) > 0 else 1
        if page != "1" and str(self.page) != page:
            self.notices.append(_("The page number was invalid; showing the first page."))
        # Deduplicate (several unknown types give one notice).
        self.notices = list(dict.fromkeys(self.notices))
