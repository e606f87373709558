"""Terms in the language of the object that holds them.

wagtail-localize copies relations unchanged into a translation (synchronised fields, inline
rows), so an English page would point at German terms. ``localize_terms`` replaces every
relation of a page or snippet to a taxonomy term (foreign key, many-to-many, the same in its
inline rows) by the same term in the holder's language: same translation key, or else the
same slug (slugs are the same in every language). A term with no translation gets one, a copy
with the source's name, so nothing is lost and translators find it in the snippet listing.

It runs wherever content is checked before it is stored: in ``clean()`` and
``minimal_clean()`` of every page (``TermsInOwnLanguage``), which Wagtail calls before it saves
a page, before it writes a revision (so drafts hold the right terms too) and when it publishes
one, in wagtail-localize's translate and sync alike; in the admin forms' ``save()`` (the edit
view writes the revision without cleaning the page again); in ``save()`` of the taxonomy snippets themselves (a person's
organisation, a programme's funder); and once over stored content in the management command
``localize_term_relations``.
"""

from collections import defaultdict
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import Locale, Page, TranslatableMixin


def is_term_model(model) -> bool:
    return model._meta.app_label == "taxonomy" and issubclass(model, TranslatableMixin)


@cache
def term_fields(model) -> tuple[tuple[str, bool], ...]:
    """(name, many) of each field of ``model`` that points at a taxonomy term."""
    found = []
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        if not field.concrete or related is None or not is_term_model(related):
            continue
        if isinstance(field, models.ForeignKey):
            found.append((field.name, False))
        elif isinstance(field, (ParentalManyToManyField, models.ManyToManyField)):
            found.append((field.name, True))
    return tuple(found)


@cache
def term_rows(model) -> tuple[str, ...]:
    """Accessor names of the inline rows (child relations) of ``model`` that point at terms."""
    if not issubclass(model, ClusterableModel):
        return ()
    return tuple(
        rel.get_accessor_name()
        for rel in get_all_child_relations(model)
        if term_fields(rel.related_model)
    )


def holds_terms(model) -> bool:
    return bool(term_fields(model) or term_rows(model))


def _in_memory(holder, name: str) -> bool:
    return name in getattr(holder, "_cluster_related_objects", {})


def localize_terms(instance, *, stored: bool = False) -> bool:
    """Point ``instance``'s term relations at terms in its language (in memory; the caller
    saves). Relations are read where they are in memory (a form, a copy, a revision) and
    foreign keys always; ``stored`` reads the stored many-to-many relations and rows too.
    Returns whether anything changed. One query per related model when all is in order."""
    locale_id = getattr(instance, "locale_id", None)
    model = type(instance)
    if locale_id is None or not holds_terms(model):
        return False
    holders = [instance]
    changed_rows = []
    for accessor in term_rows(model):
        if stored or _in_memory(instance, accessor):
            rows = list(getattr(instance, accessor).all())
            holders.extend(rows)
            changed_rows.append((accessor, rows))

    # Every chosen term as (holder, field name, many, values as objects or ids).
    chosen = []
    missing = defaultdict(set)  # model -> ids whose locale is not known yet
    for holder in holders:
        for name, many in term_fields(type(holder)):
            field = type(holder)._meta.get_field(name)
            if many:
                if not (stored or _in_memory(holder, name)):
                    continue
                values = list(getattr(holder, name).all())
            else:
                pk = getattr(holder, field.attname)
                if pk is None:
                    continue
                values = [getattr(holder, name) if field.is_cached(holder) else pk]
            for value in values:
                if not isinstance(value, models.Model):
                    missing[field.related_model].add(value)
            chosen.append((holder, name, many, field.related_model, values))
    known = {}
    for term_model, pks in missing.items():
        for term in term_model.objects.filter(pk__in=pks):
            known[(term_model, term.pk)] = term

    def term_of(term_model, value):
        return value if isinstance(value, models.Model) else known.get((term_model, value))

    foreign = defaultdict(list)
    for _holder, _name, _many, term_model, values in chosen:
        for value in values:
            term = term_of(term_model, value)
            if term is not None and term.locale_id != locale_id:
                foreign[term_model].append(term)
    if not foreign:
        return False
    translated = {}
    for term_model, terms in foreign.items():
        translated.update(_translations(term_model, terms, locale_id))

    rows_changed = False
    for holder, name, many, term_model, values in chosen:
        terms = [term_of(term_model, value) for value in values]
        localized = [translated.get((term_model, t.pk), t) for t in terms if t is not None]
        if [t.pk for t in localized] == [t.pk for t in terms if t is not None]:
            continue
        if many:
            # Without duplicates: two source terms may share one translation.
            setattr(holder, name, list({t.pk: t for t in localized}.values()))
        else:
            setattr(holder, name, localized[0])
        rows_changed = rows_changed or holder is not instance
    if rows_changed:
        for accessor, rows in changed_rows:
            getattr(instance, accessor).set(rows)  # held in memory, stored with the instance
    return True


def _translations(term_model, terms: list, locale_id: int) -> dict:
    """(model, source pk) -> the term in ``locale_id``, created (a copy) where missing."""
    by_key = {
        t.translation_key: t
        for t in term_model.objects.filter(
            locale_id=locale_id, translation_key__in={t.translation_key for t in terms}
        )
    }
    by_slug = {}
    if hasattr(term_model, "slug"):
        by_slug = {
            t.slug: t
            for t in term_model.objects.filter(
                locale_id=locale_id, slug__in={t.slug for t in terms if t.slug}
            )
        }
    found = {}
    locale = None
    for term in terms:
        target = by_key.get(term.translation_key) or by_slug.get(getattr(term, "slug", None))
        if target is None:
            locale = locale or Locale.objects.get(pk=locale_id)
            target = term.copy_for_translation(locale)
            target.save()
            by_key[term.translation_key] = target
        found[(term_model, term.pk)] = target
    return found


def localize_stored_terms() -> tuple[int, int]:
    """(pages, snippets) changed."""
    pages = sum(_localize_page(page) for page in _pages_with_terms())
    snippets = 0
    for model in apps.get_models():
        if is_term_model(model) and holds_terms(model):
            for term in model.objects.all():
                if localize_terms(term):
                    term.save()
                    snippets += 1
    return pages, snippets


def _pages_with_terms():
    for model in apps.get_models():
        if issubclass(model, Page) and holds_terms(model):
            # Exactly this type: a page type derived from another is met once, as itself.
            yield from model.objects.filter(content_type=ContentType.objects.get_for_model(model))


def _localize_page(page) -> bool:
    changed = localize_terms(page, stored=True)
    if changed:
        page.save(clean=False)  # the terms only; the page was valid as it was
    revisions = {page.latest_revision_id, page.live_revision_id} - {None}
    for revision in page.revisions.filter(pk__in=revisions):
        draft = revision.as_object()
        if localize_terms(draft):
            revision.content = draft.serializable_data()
            revision.save(update_fields=["content"])
            changed = True
    return changed


class TermsInOwnLanguage:
    """For pages: their terms are the ones in their language whenever Wagtail checks them,
    fully (``clean``: a revision, a published page) or minimally (``minimal_clean``: a
    draft's row, as wagtail-localize saves a new translation). The stored relations are read
    too: modelcluster forgets its in-memory ones once it has stored them."""

    def clean(self):
        super().clean()
        localize_terms(self, stored=True)

    def minimal_clean(self):
        super().minimal_clean()
        localize_terms(self, stored=True)
