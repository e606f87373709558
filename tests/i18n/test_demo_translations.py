"""The demo's English pages and snippets are translations in wagtail-localize's sense: they
open in its side-by-side editor and follow their German source when an editor syncs it, as
pages translated in the admin do."""

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from home.models import MainMenu
from news.models import NewsPage
from taxonomy.models import Topic

pytestmark = pytest.mark.django_db


def untranslated_strings(translation) -> list:
    """The source's strings (in their place) that have no translation into the target."""
    translated = set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list(
            "translation_of_id", "context_id"
        )
    )
    segments = StringSegment.objects.filter(source=translation.source)
    return [s for s in segments if (s.string_id, s.context_id) not in translated]


def test_every_english_page_and_snippet_is_a_translation_with_all_its_strings(demo):
    english_pages = Page.objects.filter(depth__gt=1, locale__language_code="en")
    english_objects = [
        *english_pages,
        *Topic.objects.filter(locale__language_code="en"),
        *MainMenu.objects.filter(locale__language_code="en"),
    ]
    translations = {
        (t.source.object_id, t.target_locale.language_code): t
        for t in Translation.objects.select_related("source", "target_locale")
    }

    for obj in english_objects:
        translation = translations.get((obj.translation_key, "en"))
        assert translation is not None and translation.enabled, obj
        assert untranslated_strings(translation) == [], obj


def test_an_english_demo_page_opens_in_the_translation_editor(demo, admin_client_de):
    english = NewsPage.objects.filter(locale__language_code="en").first()

    response = admin_client_de.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_syncing_a_changed_german_page_keeps_its_english_text(
    demo, admin_client_de, django_capture_on_commit_callbacks
):
    german = NewsPage.objects.filter(locale__language_code="de").first()
    english = german.get_translation(german.get_translations().get().locale).specific
    english_title, english_teaser = english.title, english.teaser
    german.date = german.date.replace(year=2020)  # a synchronised field
    german.save_revision().publish()
    source = Translation.objects.get(source__object_id=german.translation_key).source

    with django_capture_on_commit_callbacks(execute=True):  # it publishes after commit
        response = admin_client_de.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )

    english = NewsPage.objects.get(pk=english.pk)
    assert response.status_code == 302
    assert english.date.year == 2020
    assert (english.title, english.teaser) == (english_title, english_teaser)
    assert english.live and not english.has_unpublished_changes


def test_loading_the_demo_again_records_nothing_twice(demo):
    before = Translation.objects.count()

    call_command("load_demo", verbosity=0)

    assert Translation.objects.count() == before
