"""Faceted filtering of toolbox entries from plain GET parameters (``?hazard=hitze&phase=planung``).

Several values of one facet widen the results (OR); several facets narrow them (AND). The count
next to a value is computed against the selections of the *other* facets, as faceted search
usually does. Two queries, whatever the number of tools or of chosen values, tell which tool
has which value and how each value is labelled (``Catalogue``); filtering and counting then
run in Python over those few hundred rows, and the catalogue is cached until content changes.

Parameters are checked in Python against the known values (taxonomy slugs of the index's
language, or model choices) before any query is built, so unknown or malformed input never
reaches the database: it is dropped with a notice for the visitor.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import F, Q, QuerySet, Value
from django.http import QueryDict
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from core.locales import language_code_of

# Longer values cannot be slugs or choices; they are rejected without further ado.
MAX_VALUE_LENGTH = 150
# How many ignored values a notice quotes; the rest is elided.
MAX_QUOTED_VALUES = 3
MAX_QUOTED_LENGTH = 40


class Label(str):
    """A value's label; ``lang`` names its language where it differs from the page's."""

    lang = ""

    def __new__(cls, text, lang: str = ""):
        label = super().__new__(cls, text)
        label.lang = lang
        return label

    @property
    def name(self) -> str:
        """As a taxonomy term names itself, for templates that show either."""
        return str(self)


@dataclass(frozen=True)
class Option:
    """One checkbox of a facet: a value, its label, the number of matches, whether chosen."""

    value: str
    label: str
    count: int
    selected: bool

    @property
    def lang(self) -> str:
        return getattr(self.label, "lang", "")


@dataclass(frozen=True)
class FacetState:
    """A facet as the form shows it: its parameter, its label and the options worth offering."""

    param: str
    label: str
    options: list[Option]


@dataclass(frozen=True)
class ActiveFilter:
    """A chosen value, with the query string that removes just this value."""

    facet_label: str
    label: str
    remove_query: str


class Facet:
    """One filterable property of a tool: its GET parameter, its known values, and the rows
    that say which tool has which value."""

    def __init__(self, param: str, label, field_name: str):
        self.param = param
        self.label = label
        self.field_name = field_name

    def field(self, model):
        return model._meta.get_field(self.field_name)

    def values(self, model, locale: Locale) -> dict[str, "Label"]:
        """Known values and their labels (plain text in the active language), in display
        order."""
        raise NotImplementedError

    def tool_values(self, tools: QuerySet) -> QuerySet:
        """(facet, tool id, stored value) rows of ``tools``, for ``tool_facet_values``' union."""
        blank = Q(**{self.field_name: ""}) | Q(**{f"{self.field_name}__isnull": True})
        return _facet_rows(tools.exclude(blank), self.param, F("pk"), F(self.field_name))

    def split(self, model, stored) -> list[str]:
        """The facet's values in one stored value."""
        return [stored]


def _facet_rows(queryset: QuerySet, param: str, tool, value) -> QuerySet:
    return (
        queryset.order_by()
        .annotate(facet=Value(param), tool=tool, value=value)
        .values_list("facet", "tool", "value")
    )


class TermFacet(Facet):
    """A foreign key or many-to-many relation to a taxonomy term, filtered by slug.

    Slugs are the same in every language, so this works although translated pages may still
    point at the source language's terms (see ``core.locales``)."""

    def term_rows(self, model) -> QuerySet:
        """(slug, name, locale_id, position) of every term, for ``known_values``'s union."""
        term_model = self.field(model).related_model
        position = F("sort_order") if hasattr(term_model, "sort_order") else Value(0)
        return (
            term_model.objects.order_by()
            .annotate(facet=Value(self.param), position=position)
            .values_list("facet", "position", "name", "slug", "locale_id")
        )

    @staticmethod
    def labels(rows, locale: Locale) -> dict[str, "Label"]:
        """Labels by slug from ``term_rows``, in display order. A term of the index's language
        wins; a term not (yet) translated into it is offered in its own language, as pages
        show it (see ``core.locales``)."""
        chosen = {}
        for _facet, position, name, slug, locale_id in sorted(rows, key=lambda r: r[1:3]):
            if slug not in chosen or locale_id == locale.pk:
                chosen[slug] = (position, name, locale_id)
        ordered = sorted(chosen.items(), key=lambda item: item[1][:2])
        return {
            slug: Label(name, "" if locale_id == locale.pk else language_code_of(locale_id))
            for slug, (_position, name, locale_id) in ordered
        }

    def values(self, model, locale):
        return self.labels(self.term_rows(model), locale)

    def tool_values(self, tools):
        field = self.field(tools.model)
        if not field.many_to_many:
            return _facet_rows(
                tools.filter(**{f"{self.field_name}__isnull": False}),
                self.param,
                F("pk"),
                F(f"{self.field_name}__slug"),
            )
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        return _facet_rows(
            through.objects.filter(**{f"{source}__in": tools.values("pk")}),
            self.param,
            F(source),
            F(f"{target}__slug"),
        )


class ChoiceFacet(Facet):
    """A field with fixed choices (e.g. effort: low, medium, high)."""

    def values(self, model, locale):
        return {value: Label(label) for value, label in self.field(model).choices}


class MultipleChoiceFacet(Facet):
    """A ``MultipleChoiceField``: several choices in one column ("large,small")."""

    def values(self, model, locale):
        return {value: Label(label) for value, label in self.field(model).value_choices}

    def split(self, model, stored):
        return self.field(model).to_python(stored)


TOOL_FACETS = (
    TermFacet("type", _("Type"), "tool_type"),
    TermFacet("phase", _("Process phase"), "process_phases"),
    TermFacet("hazard", _("Climate hazard"), "hazards"),
    TermFacet("topic", _("Topic"), "topics"),
    TermFacet("group", _("Target group"), "target_groups"),
    MultipleChoiceFacet("size", _("Municipality size"), "municipality_sizes"),
    ChoiceFacet("effort", _("Effort"), "effort"),
    ChoiceFacet("cost", _("Cost"), "cost"),
    ChoiceFacet("duration", _("Duration"), "duration"),
)


class ToolFilter:
    """Parses facet selections from GET parameters, filters the tools and counts the matches
    per facet value.

    Which tool has which values comes from one query over all tools of the index
    (``catalogue``); filtering and counting then happen in Python, so their cost does not
    depend on how many facets are chosen."""

    def __init__(
        self,
        params: QueryDict,
        tools: QuerySet,
        locale: Locale,
        facets=TOOL_FACETS,
        catalogue: "Catalogue | None" = None,
    ):
        self.tools = tools
        self.facets = facets
        self.catalogue = catalogue or Catalogue.build(facets, tools, locale)
        self.known = self.catalogue.known
        self.selections: dict[str, list[str]] = {}
        self.notices: list[str] = []
        for facet in facets:
            selected, ignored = _parse(params.getlist(facet.param), self.known[facet.param])
            if selected:
                self.selections[facet.param] = selected
            if ignored:
                self.notices.append(_ignored_notice(facet.label, ignored))

    @property
    def is_active(self) -> bool:
        return bool(self.selections)

    def _matches(self, tool_values: dict[str, frozenset], skip: str | None = None) -> bool:
        """Whether a tool has a chosen value in every chosen facet but ``skip``."""
        return all(
            not tool_values.get(param, frozenset()).isdisjoint(values)
            for param, values in self.selections.items()
            if param != skip
        )

    def results(self) -> QuerySet:
        """The tools matching every facet (any chosen value within a facet)."""
        if not self.selections:
            return self.tools
        matching = [
            pk for pk, values in self.catalogue.values_by_tool.items() if self._matches(values)
        ]
        return self.tools.filter(pk__in=matching)

    @cached_property
    def facet_states(self) -> list[FacetState]:
        """Each facet with the values worth offering: those with matches, and chosen ones."""
        states = []
        for facet in self.facets:
            counts = self._counts(facet.param)
            selected = set(self.selections.get(facet.param, []))
            options = [
                Option(value, label, counts[value], value in selected)
                for value, label in self.known[facet.param].items()
                if counts[value] or value in selected
            ]
            if options:
                states.append(FacetState(facet.param, facet.label, options))
        return states

    def _counts(self, param: str) -> Counter:
        """Matches per value of one facet under the other facets' selections."""
        counts = Counter()
        for values in self.catalogue.values_by_tool.values():
            if self._matches(values, skip=param):
                counts.update(values.get(param, ()))
        return counts

    @cached_property
    def active_filters(self) -> list[ActiveFilter]:
        active = []
        for facet in self.facets:
            for value in self.selections.get(facet.param, []):
                remaining = {
                    param: [v for v in values if not (param == facet.param and v == value)]
                    for param, values in self.selections.items()
                }
                active.append(
                    ActiveFilter(
                        facet.label, self.known[facet.param][value], _query_string(remaining)
                    )
                )
        return active

    @property
    def query_string(self) -> str:
        """The valid selections as a query string (unknown values dropped)."""
        return _query_string(self.selections)


def _parse(raw_values: list[str], known: dict[str, str]) -> tuple[list[str], list[str]]:
    """(chosen known values in display order, ignored raw values)."""
    chosen, ignored = set(), []
    for raw in raw_values:
        value = raw.strip().lower()
        if not value:
            continue
        if len(value) <= MAX_VALUE_LENGTH and value in known:
            chosen.add(value)
        elif raw not in ignored:
            ignored.append(raw)
    return [value for value in known if value in chosen], ignored


def _query_string(selections: dict[str, list[str]]) -> str:
    pairs = [(param, value) for param, values in selections.items() for value in values]
    return urlencode(pairs)


def _quote(raw: str) -> str:
    printable = "".join(ch for ch in raw if ch.isprintable())
    if len(printable) > MAX_QUOTED_LENGTH:
        printable = printable[:MAX_QUOTED_LENGTH] + "…"
    return f"“{printable}”" if printable else str(_("(unreadable value)"))


def _ignored_notice(facet_label, ignored: list[str]) -> str:
    quoted = ", ".join(_quote(raw) for raw in ignored[:MAX_QUOTED_VALUES])
    if len(ignored) > MAX_QUOTED_VALUES:
        quoted += ", …"
    message = ngettext(
        "Unknown value for “%(facet)s” ignored: %(values)s.",
        "Unknown values for “%(facet)s” ignored: %(values)s.",
        len(ignored),
    )
    return message % {"facet": facet_label, "values": quoted}


@dataclass(frozen=True)
class Catalogue:
    """What filtering needs to know of an index, whatever is chosen: every facet's values and
    labels, and each tool's values. Small enough to be cached until content changes."""

    known: dict[str, dict[str, str]]
    values_by_tool: dict[int, dict[str, frozenset[str]]]

    @classmethod
    def build(cls, facets, tools: QuerySet, locale: Locale) -> "Catalogue":
        """Two queries: the term facets' labels, and every tool's facet values. Labels are
        plain text in the index's language, so that the cached catalogue loads fast."""
        with translation.override(locale.language_code):
            known = known_values(facets, tools.model, locale)
        return cls(known, tool_facet_values(facets, tools))

    def labels(self, tool_pk: int, param: str) -> list[Label]:
        """A tool's values of one facet, labelled, in display order."""
        values = self.values_by_tool.get(tool_pk, {}).get(param, ())
        return [label for value, label in self.known[param].items() if value in values]


def tool_facet_values(facets, tools: QuerySet) -> dict[int, dict[str, frozenset[str]]]:
    """Each tool's values per facet, from one union query (tools without any are left out:
    they match no selection and count for no value)."""
    by_param = {facet.param: facet for facet in facets}
    collected = defaultdict(lambda: defaultdict(set))
    queries = [facet.tool_values(tools) for facet in facets]
    for param, tool, stored in queries[0].union(*queries[1:], all=True):
        collected[tool][param].update(by_param[param].split(tools.model, stored))
    return {
        tool: {param: frozenset(values) for param, values in by_facet.items()}
        for tool, by_facet in collected.items()
    }


def known_values(facets, model, locale: Locale) -> dict[str, dict[str, str]]:
    """Every facet's values and labels; the term facets' from one union query."""
    term_facets = [facet for facet in facets if isinstance(facet, TermFacet)]
    rows_by_facet = {facet.param: [] for facet in term_facets}
    if term_facets:
        queries = [facet.term_rows(model) for facet in term_facets]
        for row in queries[0].union(*queries[1:], all=True):
            rows_by_facet[row[0]].append(row)
    return {
        facet.param: TermFacet.labels(rows_by_facet[facet.param], locale)
        if isinstance(facet, TermFacet)
        else facet.values(model, locale)
        for facet in facets
    }
