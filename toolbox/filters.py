"""Faceted filtering of toolbox entries from plain GET parameters (``?hazard=hitze&phase=planung``).

Several values of one facet widen the results (OR); several facets narrow them (AND). The count
next to a value is computed against the selections of the *other* facets, as faceted search
usually does, with one aggregate query per facet whatever the number of tools.

Parameters are checked in Python against the known values (taxonomy slugs of the index's
language, or model choices) before any query is built, so unknown or malformed input never
reaches the database: it is dropped with a notice for the visitor.
"""

from dataclasses import dataclass

from django.db.models import CharField, Count, F, Q, QuerySet, Value
from django.db.models.functions import Concat
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale

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


def _foreign_language(term, locale: Locale) -> str:
    return "" if term.locale_id == locale.pk else term.locale.language_code


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
    """One filterable property of a tool: its GET parameter, its values, how it filters and
    how it counts."""

    def __init__(self, param: str, label, field_name: str):
        self.param = param
        self.label = label
        self.field_name = field_name

    def field(self, model):
        return model._meta.get_field(self.field_name)

    def values(self, model, locale: Locale) -> dict[str, str]:
        """Known values and their labels, in display order."""
        raise NotImplementedError

    def apply(self, queryset: QuerySet, values: list[str]) -> QuerySet:
        raise NotImplementedError

    def counts(self, queryset: QuerySet, values: list[str]) -> dict[str, int]:
        raise NotImplementedError


class TermFacet(Facet):
    """A foreign key or many-to-many relation to a taxonomy term, filtered by slug.

    Slugs are the same in every language, so this works although translated pages may still
    point at the source language's terms (see ``taxonomy.localize``)."""

    def values(self, model, locale):
        # Terms of the index's language; a term not (yet) translated into it is offered in
        # its own language, as pages show it (see ``taxonomy.localize``).
        terms = list(self.field(model).related_model.objects.select_related("locale"))
        chosen = {term.slug: term for term in terms if term.locale_id == locale.pk}
        for term in terms:
            chosen.setdefault(term.slug, term)
        return {
            term.slug: Label(term.name, _foreign_language(term, locale))
            for term in terms
            if chosen[term.slug] is term
        }

    def _through(self, model):
        field = self.field(model)
        return (
            field.remote_field.through,
            field.m2m_field_name(),
            field.m2m_reverse_field_name(),
        )

    def apply(self, queryset, values):
        if not self.field(queryset.model).many_to_many:
            return queryset.filter(**{f"{self.field_name}__slug__in": values})
        through, source, target = self._through(queryset.model)
        # A subquery rather than a join: no duplicate rows, no DISTINCT needed.
        matching = through.objects.filter(**{f"{target}__slug__in": values}).values(source)
        return queryset.filter(pk__in=matching)

    def counts(self, queryset, values):
        if not self.field(queryset.model).many_to_many:
            key = f"{self.field_name}__slug"
            rows = queryset.order_by().values(key).annotate(n=Count("pk")).values_list(key, "n")
            return dict(rows)
        through, source, target = self._through(queryset.model)
        key = f"{target}__slug"
        rows = (
            through.objects.filter(**{f"{source}__in": queryset.values("pk")})
            .order_by()
            .values(key)
            .annotate(n=Count(source, distinct=True))
            .values_list(key, "n")
        )
        return dict(rows)


class ChoiceFacet(Facet):
    """A field with fixed choices (e.g. effort: low, medium, high)."""

    def values(self, model, locale):
        return dict(self.field(model).choices)

    def apply(self, queryset, values):
        return queryset.filter(**{f"{self.field_name}__in": values})

    def counts(self, queryset, values):
        rows = (
            queryset.order_by()
            .values(self.field_name)
            .annotate(n=Count("pk"))
            .values_list(self.field_name, "n")
        )
        return dict(rows)


class MultipleChoiceFacet(Facet):
    """A ``MultipleChoiceField``: several choices in one comma-separated column.

    The column is wrapped in separators (",large,small,") so that ``contains`` matches whole
    values only; this works the same on SQLite and PostgreSQL."""

    def values(self, model, locale):
        return dict(self.field(model).value_choices)

    def _padded(self, model):
        separator = Value(self.field(model).separator)
        return Concat(separator, F(self.field_name), separator, output_field=CharField())

    def _contains(self, model, value) -> Q:
        separator = self.field(model).separator
        return Q(**{f"{self.field_name}_padded__contains": f"{separator}{value}{separator}"})

    def apply(self, queryset, values):
        model = queryset.model
        condition = Q()
        for value in values:
            condition |= self._contains(model, value)
        return queryset.alias(**{f"{self.field_name}_padded": self._padded(model)}).filter(
            condition
        )

    def counts(self, queryset, values):
        model = queryset.model
        aggregates = {
            f"n{index}": Count("pk", filter=self._contains(model, value))
            for index, value in enumerate(values)
        }
        if not aggregates:
            return {}
        row = queryset.alias(**{f"{self.field_name}_padded": self._padded(model)}).aggregate(
            **aggregates
        )
        return {value: row[f"n{index}"] for index, value in enumerate(values)}


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
    per facet value."""

    def __init__(self, params: QueryDict, tools: QuerySet, locale: Locale, facets=TOOL_FACETS):
        self.tools = tools
        self.facets = facets
        self.known = {facet.param: facet.values(tools.model, locale) for facet in facets}
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

    def _filtered(self, skip: str | None = None) -> QuerySet:
        queryset = self.tools
        for facet in self.facets:
            values = self.selections.get(facet.param)
            if values and facet.param != skip:
                queryset = facet.apply(queryset, values)
        return queryset

    def results(self) -> QuerySet:
        """The tools matching every facet (any chosen value within a facet)."""
        return self._filtered()

    @cached_property
    def facet_states(self) -> list[FacetState]:
        """Each facet with the values worth offering: those with matches, and chosen ones."""
        states = []
        for facet in self.facets:
            known = self.known[facet.param]
            selected = set(self.selections.get(facet.param, []))
            counts = facet.counts(self._filtered(skip=facet.param), list(known))
            options = [
                Option(value, label, counts.get(value, 0), value in selected)
                for value, label in known.items()
                if counts.get(value) or value in selected
            ]
            if options:
                states.append(FacetState(facet.param, facet.label, options))
        return states

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
