"""A translation cannot go out under the source language's slug by mistake: "Translate" ticks
the only other language, the slug follows the translated title unless the translator sets
it, and the translation editor warns while the slug is still the source's.

Everything goes through wagtail-localize's own admin paths: the "Translate" form, the
translation editor's string API (as its side-by-side editor calls it) and its "Publish"."""

from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from home.translation_slugs import SLUG_FROM_TITLE
from tests.factories.base import locale
from tests.factories.home import StandardPageFactory

SLUG_WARNING = "würde unter dem Slug ihrer Seite auf Deutsch"


@pytest.fixture
def german_page(site):
    return StandardPageFactory(
        parent=site["de"], title="Hitzeschutz für Ältere", slug="hitzeschutz-fuer-aeltere"
    )


@pytest.fixture
def english_page(site):
    return StandardPageFactory(
        parent=site["en"], title="Heat protection for older people", slug="heat-protection"
    )


@pytest.fixture
def moderator_client(login, moderator):
    return login(moderator)


def submit_translation(client, page, language, capture):
    with capture(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale(language).pk]},
        )
    assert response.status_code == 302
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale(language)
    )


def translate_string(client, translation, path, value):
    """What the translation editor sends when a translator saves one string."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def publish(client, translation, capture):
    target = translation.get_target_instance()
    with capture(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    return Page.objects.get(pk=target.pk).specific


def editor_page(client, translation) -> str:
    target = translation.get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_translate_ticks_the_only_language_left(moderator_client, german_page):
    response = moderator_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[german_page.pk])
    )
    english = response.context["form"]["locales"]
    assert [choice.data["selected"] for choice in english.subwidgets] == [True]
    assert f'value="{locale("en").pk}"' in response.content.decode()
    assert "checked" in str(english.subwidgets[0])


def test_the_english_slug_follows_the_translated_title(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translation = submit_translation(moderator_client, german_page, "en", capture)
    translate_string(moderator_client, translation, "title", "Heat protection for older people")

    english = publish(moderator_client, translation, capture)

    assert english.live
    assert english.slug == "heat-protection-for-older-people"
    assert english.url == "/en/heat-protection-for-older-people/"


def test_the_slug_follows_a_title_translated_again(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translation = submit_translation(moderator_client, german_page, "en", capture)
    translate_string(moderator_client, translation, "title", "Heat protection")
    translate_string(moderator_client, translation, "title", "Protecting older people from heat")

    english = publish(moderator_client, translation, capture)

    assert english.slug == "protecting-older-people-from-heat"


def test_a_slug_the_translator_sets_is_kept_whatever_the_title(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translation = submit_translation(moderator_client, german_page, "en", capture)
    translate_string(moderator_client, translation, "slug", "heat-care")
    translate_string(moderator_client, translation, "title", "Heat protection for older people")

    english = publish(moderator_client, translation, capture)

    assert english.slug == "heat-care"


def test_a_german_translation_spells_out_umlauts_in_its_slug(
    moderator_client, english_page, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translation = submit_translation(moderator_client, english_page, "de", capture)
    translate_string(moderator_client, translation, "title", "Hitzeschutz für Ältere")

    german = publish(moderator_client, translation, capture)

    assert german.slug == "hitzeschutz-fuer-aeltere"


def test_the_derived_slug_shows_in_the_translation_memory_as_from_the_title(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    translation = submit_translation(
        moderator_client, german_page, "en", django_capture_on_commit_callbacks
    )
    translate_string(moderator_client, translation, "title", "Heat protection for older people")

    slug = StringTranslation.objects.get(context__path="slug", locale=locale("en"))
    assert (slug.data, slug.tool_name) == ("heat-protection-for-older-people", SLUG_FROM_TITLE)


def test_the_translation_editor_warns_while_the_slug_is_the_german_one(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    translation = submit_translation(
        moderator_client, german_page, "en", django_capture_on_commit_callbacks
    )

    html = editor_page(moderator_client, translation)

    assert SLUG_WARNING in html
    assert "„hitzeschutz-fuer-aeltere“" in html


def test_the_warning_goes_once_the_title_is_translated(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    translation = submit_translation(
        moderator_client, german_page, "en", django_capture_on_commit_callbacks
    )
    translate_string(moderator_client, translation, "title", "Heat protection for older people")

    assert SLUG_WARNING not in editor_page(moderator_client, translation)


def test_no_warning_when_the_translator_keeps_the_slug_on_purpose(
    moderator_client, german_page, django_capture_on_commit_callbacks
):
    translation = submit_translation(
        moderator_client, german_page, "en", django_capture_on_commit_callbacks
    )
    translate_string(moderator_client, translation, "slug", "hitzeschutz-fuer-aeltere")

    assert SLUG_WARNING not in editor_page(moderator_client, translation)


def test_german_pages_edited_in_the_page_editor_get_no_warning(moderator_client, german_page):
    response = moderator_client.get(reverse("wagtailadmin_pages:edit", args=[german_page.pk]))
    assert SLUG_WARNING not in response.content.decode()
