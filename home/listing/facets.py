"""The filterable properties a listing declares: each knows its GET parameter, its values and
their labels, how to filter by them and how to read each item's values.

- ``TermFacet``: a foreign key or many-to-many relation to a taxonomy term, by slug. Slugs
  are the same in every language, so it works although translated pages may still point at
  the source language's terms (see ``core.locales``).
- ``ChoiceFacet``: a field with fixed choices, or any fixed set of values (search's types).
- ``MultipleChoiceFacet``: several choices stored in one column ("large,small").
- ``StatusFacet``: a value derived from other fields (a project's status by date), given as
  one filter per value.

Several values of one facet widen the results (OR), several facets narrow them (AND).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import F, Q, QuerySet, Value

from core.locales import language_code_of, prefer_locale

from ..cards import TermLabel


class Facet:
    """One filterable property: its parameter, label, whether several values may be chosen
    (checkboxes) or one (radio buttons with "All"), and whether values without matches are
    offered too (``show_empty``: for a few fixed values, a project's status say; otherwise
    only values with matches, and chosen ones, are offered)."""

    counts_in_sql_aggregate = True  # counted by one aggregate query with the other facets

    def __init__(
        self,
        param: str,
        label,
        field_name: str = "",
        multiple: bool = True,
        show_empty: bool = False,
    ):
        self.param = param
        self.label = label
        self.field_name = field_name
        self.multiple = multiple
        self.show_empty = show_empty

    def field(self, model):
        return model._meta.get_field(self.field_name)

    def known(self, model, locale_id: int | None) -> dict[str, TermLabel]:
        """Every value a visitor may choose, labelled, in display order."""
        raise NotImplementedError

    def q(self, values) -> Q:
        """Items with any of ``values``."""
        return Q(**{f"{self.field_name}__in": list(values)})

    def match(self, model, values) -> Q:
        """The listing's filter for ``values`` (``q``, unless a facet must avoid a join)."""
        return self.q(values)

    def catalogue_rows(self, items: QuerySet) -> QuerySet:
        """(facet, item id, stored value) rows of ``items``, for the catalogue's union query."""
        blank = Q(**{self.field_name: ""}) | Q(**{f"{self.field_name}__isnull": True})
        return rows(items.exclude(blank), self.param, F("pk"), F(self.field_name))

    def split(self, model, stored) -> list[str]:
        """The facet's values in one stored value."""
        return [stored]


def rows(queryset: QuerySet, param: str, item, value) -> QuerySet:
    return (
        queryset.order_by()
        .annotate(facet=Value(param), item=item, value=value)
        .values_list("facet", "item", "value")
    )


class TermFacet(Facet):
    counts_in_sql_aggregate = False  # a grouped query over the relation instead

    def term_model(self, model):
        return self.field(model).related_model

    def term_rows(self, model) -> QuerySet:
        """(facet, position, name, slug, locale id) of every term, for one union query."""
        term_model = self.term_model(model)
        position = F("sort_order") if hasattr(term_model, "sort_order") else Value(0)
        return (
            term_model.objects.order_by()
            .annotate(facet=Value(self.param), position=position)
            .values_list("facet", "position", "name", "slug", "locale_id")
        )

    @staticmethod
    def labels(term_rows, locale_id: int | None) -> dict[str, TermLabel]:
        """Labels by slug, in display order: the term of the listing's language where there
        is one, else the term in its own language (as pages show it)."""
        ordered = sorted(term_rows, key=lambda row: (row[1], row[2].casefold()))
        chosen = prefer_locale(
            (_TermRow(*row) for row in ordered), locale_id, key=lambda term: term.slug
        )
        names = defaultdict(set)  # (slug, name) -> the languages a term has it in
        for row in ordered:
            names[row[3], row[2]].add(row[4])
        return {
            slug: TermLabel(slug, term.name, _language_of(term, locale_id, names))
            for slug, term in sorted(
                chosen.items(), key=lambda item: (item[1].position, item[1].name.casefold())
            )
        }

    def known(self, model, locale_id):
        return self.labels(self.term_rows(model), locale_id)

    def q(self, values) -> Q:
        return Q(**{f"{self.field_name}__slug__in": list(values)})

    def relation(self, model):
        """(the many-to-many table, its item column, its term column), or None for a
        foreign key."""
        field = self.field(model)
        if not field.many_to_many:
            return None
        return field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()

    def match(self, model, values) -> Q:
        """Items with any of ``values``, without joining a many-to-many relation (which would
        repeat items): their ids from the relation's own table, which the listing's query
        narrows to its items."""
        relation = self.relation(model)
        if relation is None:
            return self.q(values)
        through, source, target = relation
        chosen = through.objects.filter(**{f"{target}__slug__in": list(values)})
        return Q(pk__in=chosen.values(source))

    def catalogue_rows(self, items):
        relation = self.relation(items.model)
        if relation is None:
            return rows(
                items.filter(**{f"{self.field_name}__isnull": False}),
                self.param,
                F("pk"),
                F(f"{self.field_name}__slug"),
            )
        through, source, target = relation
        return rows(
            through.objects.filter(**{f"{source}__in": items.values("pk")}),
            self.param,
            F(source),
            F(f"{target}__slug"),
        )


def _language_of(term, locale_id: int | None, names: dict) -> str:
    """The language a label is in when it is not the listing's: a term of another language,
    or the copy a translated page made of one, which keeps its source's name until a
    translator translates it (``taxonomy.localize``)."""
    if term.locale_id != locale_id:
        return language_code_of(term.locale_id) or ""
    others = names.get((term.slug, term.name), set()) - {locale_id}
    return language_code_of(min(others)) or "" if others else ""


@dataclass(frozen=True)
class _TermRow:
    facet: str
    position: int
    name: str
    slug: str
    locale_id: int


class ChoiceFacet(Facet):
    """A field with choices, or explicit ``choices`` (value, label) of any set of values."""

    def __init__(self, param, label, field_name="", choices=None, **options):
        super().__init__(param, label, field_name, **options)
        self.choices = choices

    def known(self, model, locale_id):
        choices = self.choices if self.choices is not None else self.field(model).choices
        return {str(value): TermLabel(str(value), str(label)) for value, label in choices}


class MultipleChoiceFacet(Facet):
    """A ``MultipleChoiceField``: several choices joined in one column."""

    def known(self, model, locale_id):
        choices = self.field(model).value_choices
        return {value: TermLabel(value, str(label)) for value, label in choices}

    def q(self, values) -> Q:
        separator = ","
        match = Q()
        for value in values:
            match |= (
                Q(**{self.field_name: value})
                | Q(**{f"{self.field_name}__startswith": value + separator})
                | Q(**{f"{self.field_name}__endswith": separator + value})
                | Q(**{f"{self.field_name}__contains": separator + value + separator})
            )
        return match

    def split(self, model, stored):
        return self.field(model).to_python(stored)


class StatusFacet(Facet):
    """A derived value: ``choices`` (value, label) and ``filter_for(value)`` giving the items
    that have it (e.g. a project's status on today's date)."""

    def __init__(self, param, label, choices, filter_for, multiple=False, show_empty=True):
        super().__init__(param, label, "", multiple=multiple, show_empty=show_empty)
        self.choices = choices
        self.filter_for = filter_for

    def known(self, model, locale_id):
        return {str(value): TermLabel(str(value), str(label)) for value, label in self.choices}

    def q(self, values) -> Q:
        match = Q()
        for value in values:
            match |= self.filter_for(value)
        return match

    def catalogue_rows(self, items):
        raise NotImplementedError("a derived facet is no stored value a card could name")
