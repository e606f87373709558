"""Locales without a query per use, and objects shown in a language (``core.locales``)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from core import memo
from core.locales import (
    active_locale,
    language_code_of,
    live_localized_by_id,
    locale_for,
    localize,
    localized_pages,
    prefer_locale,
)
from core.models import ContentGeneration
from taxonomy.models import Topic
from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db


def test_locales_are_looked_up_once_per_process_table(homes, django_assert_num_queries):
    locale_for("de")

    with django_assert_num_queries(0):
        assert locale_for("en").language_code == "en"
        assert language_code_of(locale_for("de").pk) == "de"
        assert locale_for("fr") is None
        assert language_code_of(None) is None


def test_the_active_locale_follows_the_language_being_shown(homes):
    with translation.override("en"):
        assert active_locale().language_code == "en"
    with translation.override("de"):
        assert active_locale().language_code == "de"


def test_a_new_generation_empties_the_table_in_every_request(homes):
    with memo.scope():
        assert locale_for("de") is not None
    # Another process changed a locale: this process learns of it through the generation,
    # which the change replaced in the database; nothing told this process's tables.
    ContentGeneration.objects.filter(pk=1).update(value=987654)
    with memo.scope(), CaptureQueriesContext(connection) as queries:
        locale_for("de")
    assert any("wagtailcore_locale" in query["sql"] for query in queries.captured_queries)


def test_localize_shows_terms_in_the_language_and_keeps_their_order(homes):
    hitze = TopicFactory(name="Hitze", slug="hitze")
    wasser = TopicFactory(name="Wasser", slug="wasser")
    untranslated = TopicFactory(name="Zukunft", slug="zukunft")
    translate(hitze, "en", name="Heat")
    translate(wasser, "en", name="Water")
    en = locale_for("en")

    from_list = localize([wasser, hitze, untranslated], en)
    from_query = localize(Topic.objects.filter(locale=locale_for("de")), en)

    assert [t.name for t in from_list] == ["Water", "Heat", "Zukunft"]
    # A queryset keeps the model's order, by name in the target language.
    assert [t.name for t in from_query] == ["Heat", "Water", "Zukunft"]


def test_a_queryset_is_localized_with_one_query(homes, django_assert_num_queries):
    for n in range(5):
        translate(TopicFactory(name=f"Thema {n}", slug=f"thema-{n}"), "en", name=f"Topic {n}")
    en = locale_for("en")

    with django_assert_num_queries(1):
        names = [t.name for t in localize(Topic.objects.filter(locale=locale_for("de")), en)]

    assert names == [f"Topic {n}" for n in range(5)]


def test_prefer_locale_keeps_the_object_in_the_language_else_the_first(homes):
    de, en = locale_for("de"), locale_for("en")
    hitze = TopicFactory(name="Hitze", slug="hitze")
    heat = translate(hitze, "en", name="Heat")
    only_german = TopicFactory(name="Dürre", slug="duerre")

    chosen = prefer_locale([hitze, only_german, heat], en)

    assert list(chosen.values()) == [only_german, heat]
    assert list(prefer_locale([heat, hitze], de).values()) == [hitze]


def test_page_translations_are_found_in_one_query(homes, django_assert_num_queries):
    german = StandardPageFactory(parent=homes["de"], title="Impressum")
    english = translate_page(german, "en", title="Imprint")
    draft = StandardPageFactory(parent=homes["de"], title="Entwurf", live=False)
    en = locale_for("en")

    with django_assert_num_queries(1):
        found = localized_pages([german, None], en)
    with translation.override("en"), django_assert_num_queries(1):
        live = live_localized_by_id({german.pk, draft.pk})

    assert {pk: page.pk for pk, page in found.items()} == {german.pk: english.pk}
    assert {pk: page.pk for pk, page in live.items()} == {german.pk: english.pk}
