"""Translating through wagtail-localize's own API, the path its admin editor takes:
submit for translation, machine-translate (the dummy translator reverses word order), publish."""

import re

from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.views.edit_translation import apply_machine_translation

import pytest

from core.stream_data import with_block_ids
from home.blocks import BaseStreamBlock
from tests.factories.base import DocumentFactory, ImageFactory, locale
from tests.factories.home import StandardPageFactory
from tests.factories.taxonomy import TopicFactory
from tests.home.test_blocks import every_block
from tests.test_every_page_type import PAGE_FACTORIES, build

pytestmark = pytest.mark.django_db


def reversed_words(text: str) -> str:
    return " ".join(reversed(text.split(" ")))


@pytest.fixture
def translate_and_publish(superuser, django_capture_on_commit_callbacks):
    """Translates an object into English as an editor would and returns the English object."""

    def translate(instance):
        english = locale("en")
        # wagtail-localize publishes once the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(instance, [english], user=superuser)
            source = TranslationSource.objects.get_for_instance(instance)
            translation = Translation.objects.get(source=source, target_locale=english)
            apply_machine_translation(translation.pk, superuser, get_machine_translator())
            translation.save_target(user=superuser, publish=True)
        translated = instance.get_translation(english)
        return translated.specific if isinstance(translated, Page) else translated

    return translate


def h1(html: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_every_page_type_translates_and_shows_english_at_its_english_url(
    client, homes, translate_and_publish, factory
):
    german = build(factory, homes)
    german.title = "Klima wandeln gemeinsam"
    german.save_revision().publish()
    parent = german.get_parent().specific
    if parent.pk != homes["de"].pk:
        translate_and_publish(parent)

    english = translate_and_publish(Page.objects.get(pk=german.pk).specific)

    response = client.get(english.url)
    assert english.url.startswith("/en/")
    assert response.status_code == 200
    assert h1(response.content.decode()) == "gemeinsam wandeln Klima"
    assert 'lang="en"' in response.content.decode()[:200]


def test_every_block_round_trips_through_translation(client, homes, translate_and_publish):
    target = StandardPageFactory(parent=homes["de"], title="Ziel")
    translate_and_publish(target)
    page = StandardPageFactory(parent=homes["de"], title="Alle Blöcke")
    # Written as the admin writes it: every list item with its id.
    page.body = with_block_ids(
        BaseStreamBlock(), every_block(ImageFactory(), DocumentFactory(title="Leitfaden"), target)
    )
    page.save_revision().publish()

    english = translate_and_publish(Page.objects.get(pk=page.pk).specific)
    html = client.get(english.url).content.decode()

    assert "<h2>Zwischentitel</h2>" in html  # one word: unchanged by the dummy translator
    assert "lernen. Voneinander" in html  # quote
    assert "es? kostet Was" in html  # accordion item title
    assert "<caption>Übersicht</caption>" in html
    assert "<td>Hitzeaktionsplan</td>" in html
    assert 'alt="Park Ein"' in html  # alternative text is translated
    assert "anmelden. Jetzt" in html  # call to action text
    english_target = target.get_translation(locale("en"))
    assert f'href="{english_target.url}"' in html  # links follow the visitor's language


def test_snippets_translate_through_the_same_path(homes, translate_and_publish):
    topic = TopicFactory(name="Grün und Freiraum")

    english = translate_and_publish(topic)

    assert english.name == "Freiraum und Grün"
    assert english.slug == topic.slug
    assert english.locale.language_code == "en"
