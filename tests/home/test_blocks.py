from wagtail.blocks import StreamValue
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from home.blocks import BaseStreamBlock, CallToActionBlock, TranslatableTableBlock
from tests.factories.base import DocumentFactory, ImageFactory
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

TABLE = {
    "data": [["Maßnahme", "Kosten"], ["Hitzeaktionsplan", "gering"]],
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_caption": "Übersicht",
}


def every_block(image, document, page):
    return [
        {"type": "rich_text", "value": "<h2>Zwischentitel</h2><p>Ein <b>Absatz</b>.</p>"},
        {"type": "quote", "value": {"quote": "Voneinander lernen.", "attribution": "Eine Stadt"}},
        {
            "type": "accordion",
            "value": {
                "heading": "Fragen",
                "items": [{"title": "Was kostet es?", "body": "<p>Nichts.</p>"}],
            },
        },
        {"type": "table", "value": TABLE},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Ein Park",
                "caption": "Park",
                "credit": "Stadt",
            },
        },
        {"type": "documents", "value": {"heading": "Downloads", "documents": [document.pk]}},
        {
            "type": "call_to_action",
            "value": {
                "title": "Mitmachen",
                "text": "Jetzt anmelden.",
                "page": page.pk,
                "external_url": "",
                "label": "Anmelden",
            },
        },
        {"type": "teasers", "value": {"heading": "Lesetipps", "pages": [page.pk]}},
    ]


def test_a_page_with_every_block_renders_each_of_them(client, homes):
    target = StandardPageFactory(parent=homes["de"], title="Ziel")
    page = StandardPageFactory(parent=homes["de"], title="Alle Blöcke")
    page.body = every_block(ImageFactory(), DocumentFactory(title="Leitfaden"), target)
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert "<h2>Zwischentitel</h2>" in html
    assert "Voneinander lernen." in html
    assert "<summary>Was kostet es?</summary>" in html
    assert "<caption>Übersicht</caption>" in html
    assert '<th scope="col">Maßnahme</th>' in html
    assert 'alt="Ein Park"' in html
    assert "Leitfaden</a>" in html
    assert f'<a class="button" href="{target.url}">Anmelden</a>' in html
    assert "Lesetipps" in html


def test_image_block_requires_alternative_text():
    block = BaseStreamBlock()
    value = block.to_python([{"type": "image", "value": {"image": None, "alt_text": ""}}])

    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)

    assert "alt_text" in error.value.block_errors[0].block_errors


def test_call_to_action_needs_exactly_one_link_target(homes):
    block = CallToActionBlock()
    both = block.to_python(
        {
            "title": "T",
            "button_label": "",
            "page": homes["de"].pk,
            "external_url": "https://example.org",
        }
    )
    neither = block.to_python({"title": "T", "page": None, "external_url": ""})

    for value in (both, neither):
        with pytest.raises(StructBlockValidationError):
            block.clean(value)


def test_table_cells_and_caption_are_translatable_segments():
    block = TranslatableTableBlock()

    segments = block.get_translatable_segments(TABLE)

    assert {(s.path, s.render_text()) for s in segments} == {
        ("caption", "Übersicht"),
        ("r0c0", "Maßnahme"),
        ("r0c1", "Kosten"),
        ("r1c0", "Hitzeaktionsplan"),
        ("r1c1", "gering"),
    }


def test_translated_table_segments_are_restored_into_their_cells():
    block = TranslatableTableBlock()
    segments = block.get_translatable_segments(TABLE)
    english = {
        "Übersicht": "Overview",
        "Maßnahme": "Measure",
        "Kosten": "Cost",
        "Hitzeaktionsplan": "Heat action plan",
        "gering": "low",
    }
    for segment in segments:
        segment.string = type(segment.string).from_plaintext(english[segment.render_text()])

    restored = block.restore_translated_segments(TABLE, segments)

    assert restored["table_caption"] == "Overview"
    assert restored["data"] == [["Measure", "Cost"], ["Heat action plan", "low"]]
    assert TABLE["data"][0][0] == "Maßnahme"  # the source value is left alone


def test_stream_value_of_every_block_survives_a_round_trip(homes):
    target = StandardPageFactory(parent=homes["de"])
    block = BaseStreamBlock()
    raw = every_block(ImageFactory(), DocumentFactory(), target)

    value = block.to_python(raw)

    assert isinstance(value, StreamValue)
    assert [child.block_type for child in value] == [item["type"] for item in raw]


@pytest.mark.parametrize(
    "address", ["https://example.org/", "/sitemap/", "mailto:team@example.org"]
)
def test_links_take_external_addresses_and_site_paths(address):
    block = CallToActionBlock()

    value = block.clean(block.to_python({"title": "T", "external_url": address, "page": None}))

    assert value.url() == address


@pytest.mark.parametrize("address", ["javascript:alert(1)", "//evil.example/", "nur text"])
def test_links_refuse_scripts_and_other_hosts_without_scheme(address):
    block = CallToActionBlock()

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "T", "external_url": address, "page": None}))
