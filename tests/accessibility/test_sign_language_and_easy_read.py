"""Sign-language videos are served by the portal with captions and a text alternative; a
Leichte Sprache section needs alternative text for its image."""

from django.core.files.base import ContentFile

from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document

import pytest

from accessibility.blocks import EasyReadSectionBlock, SignLanguageVideoBlock
from tests.factories.accessibility import EasyReadPageFactory, SignLanguagePageFactory
from tests.factories.base import ImageFactory

pytestmark = pytest.mark.django_db

CAPTIONS = b"WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen auf dem Portal.\n"


def document(name: str, content: bytes = b"\x00\x00\x00\x18ftypmp42") -> Document:
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def video_value(**changes) -> dict:
    return {
        "title": "Willkommen",
        "video": document("willkommen.mp4").pk,
        "poster": ImageFactory().pk,
        "captions": document("willkommen.vtt", CAPTIONS).pk,
        "transcript": "<p>Willkommen auf dem Portal.</p>",
        **changes,
    }


def test_a_sign_language_video_plays_in_the_page_with_captions_and_its_text(client, homes):
    page = SignLanguagePageFactory(
        parent=homes["de"], videos=[{"type": "video", "value": video_value()}]
    )

    html = client.get(page.url).content.decode()

    assert '<video class="sign-video__player" controls' in html
    assert 'type="video/mp4"' in html
    assert '<track kind="captions" src="/documents/' in html
    assert 'srclang="de" label="Deutsch" default' in html
    assert "Das Video als Text" in html
    assert "Willkommen auf dem Portal." in html
    assert "noch keine Videos" not in html


def test_the_captions_are_served_as_webvtt_from_the_portal(client, homes):
    captions = document("untertitel.vtt", CAPTIONS)

    response = client.get(captions.url)

    assert response["Content-Type"] == "text/vtt"
    assert b"".join(response.streaming_content).startswith(b"WEBVTT")


def test_a_video_block_takes_only_video_files_and_webvtt_captions(homes):
    block = SignLanguageVideoBlock()
    value = block.to_python(
        video_value(video=document("bericht.pdf").pk, captions=document("text.txt").pk)
    )

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert set(error.value.block_errors) == {"video", "captions"}


def test_a_sign_language_page_without_videos_says_there_are_none_yet(client, homes):
    page = SignLanguagePageFactory(parent=homes["de"])

    html = client.get(page.url).content.decode()

    assert "<video" not in html
    assert "Hier gibt es noch keine Videos in Deutscher Gebärdensprache." in html


def test_an_image_in_a_leichte_sprache_section_needs_its_alternative_text(homes):
    block = EasyReadSectionBlock()
    value = block.to_python(
        {"heading": "Suchen", "image": ImageFactory().pk, "image_alt": "", "text": "<p>Hallo.</p>"}
    )

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert set(error.value.block_errors) == {"image_alt"}


def test_a_leichte_sprache_section_shows_its_pictogram_beside_its_heading_and_text(client, homes):
    page = EasyReadPageFactory(parent=homes["de"])

    html = client.get(page.url).content.decode()

    assert '<section class="easy-read__section">' in html
    assert '<svg class="pictogram" viewBox="0 0 48 48" width="96"' in html
    assert "<h2>Willkommen</h2>" in html


def test_further_leichte_sprache_pages_below_are_listed(client, homes):
    page = EasyReadPageFactory(parent=homes["de"])
    child = EasyReadPageFactory(parent=page, title="Was ist Klima-Anpassung?", slug="klima")

    html = client.get(page.url).content.decode()

    assert "Mehr in Leichter Sprache" in html
    assert f'href="{child.url}"' in html
