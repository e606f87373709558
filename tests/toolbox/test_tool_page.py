import datetime
import re

from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields

import pytest

from tests.factories.base import DocumentFactory, translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.taxonomy import MunicipalityFactory, translate
from tests.factories.toolbox import ToolPageFactory
from toolbox.models import ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool(index, terms):
    return ToolPageFactory(
        parent=index,
        title="Hitzeaktionsplan",
        slug="hitzeaktionsplan",
        teaser="Ein Plan für heiße Tage.",
        tool_type=terms.type["leitfaden"],
        process_phases=[terms.phase["planung"], terms.phase["umsetzung"]],
        hazards=[terms.hazard["hitze"]],
        topics=[terms.topic["klimaanpassung"]],
        target_groups=[terms.group["verwaltung"]],
        practice_examples=[MunicipalityFactory(name="Mannheim", slug="mannheim")],
        municipality_sizes=["large", "medium"],
        effort="medium",
        cost="low",
        duration="short",
        data_needed="Hitzewarnungen des Deutschen Wetterdienstes",
        licence="cc-by-4.0",
        last_reviewed=datetime.date(2024, 5, 17),
    )


@pytest.fixture
def english_terms(terms):
    translate(terms.type["leitfaden"], "en", name="Guideline")
    translate(terms.phase["planung"], "en", name="Planning")
    translate(terms.phase["umsetzung"], "en", name="Implementation")
    translate(terms.hazard["hitze"], "en", name="Heat")
    translate(terms.topic["klimaanpassung"], "en", name="Climate adaptation")
    translate(terms.group["verwaltung"], "en", name="Administration")
    return terms


def test_tool_page_shows_its_facts_in_german(client, tool):
    html = client.get(tool.url).content.decode()

    assert "<h1>Hitzeaktionsplan</h1>" in html
    assert "Ein Plan für heiße Tage." in html
    for text in [
        "Leitfaden",
        "<li>Planung</li><li>Umsetzung</li>",
        ">Hitze</a></li>",  # linked to its topic page
        ">Klimaanpassung</a></li>",
        "<li>Verwaltung</li>",
        "<li>Mannheim</li>",
        "Hitzewarnungen des Deutschen Wetterdienstes",
        'href="https://creativecommons.org/licenses/by/4.0/" rel="license"',
    ]:
        assert text in html
    assert re.search(r'<time datetime="2024-05-17">17\. Mai 2024</time>', html)


def test_english_tool_page_shows_english_term_names(client, index_en, english_terms, tool):
    english = translate_page(
        tool,
        "en",
        title="Heat action plan",
        slug="heat-action-plan",
        data_needed="Heat warnings of the German Weather Service",
    )

    response = client.get(english.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert english.url == "/en/toolbox/heat-action-plan/"
    assert "<h1>Heat action plan</h1>" in html
    for text in ["Guideline", "<li>Planning</li><li>Implementation</li>", ">Heat</a></li>"]:
        assert text in html
    assert ">Climate adaptation</a></li>" in html
    assert "<li>Administration</li>" in html
    assert "Heat warnings of the German Weather Service" in html
    assert "Hitze" not in html
    assert "Low (under 10,000 euros)" in html
    # The English date format is the project's (portal.formats), so only its parts are checked.
    assert re.search(r'<time datetime="2024-05-17">[^<]*\bMay\b[^<]*2024</time>', html)


def test_term_without_translation_is_shown_in_its_own_language(client, index_en, tool):
    english = translate_page(tool, "en", title="Heat action plan", slug="heat-action-plan")

    html = client.get(english.url).content.decode()

    assert ">Hitze</a></li>" in html


def test_source_project_is_linked_in_the_visitors_language(client, homes, index_en, tool):
    project = StandardPageFactory(parent=homes["de"], title="SMARTilience", slug="smartilience")
    translate_page(project, "en", title="SMARTilience (en)", slug="smartilience")
    tool.source_project = project
    tool.save_revision().publish()
    english = translate_page(tool, "en", title="Heat action plan", slug="heat-action-plan")

    german_html = client.get(tool.url).content.decode()
    english_html = client.get(english.url).content.decode()

    assert '<a href="/smartilience/">SMARTilience</a>' in german_html
    assert '<a href="/en/smartilience/">SMARTilience (en)</a>' in english_html


def test_unpublished_source_project_is_not_linked(client, homes, tool):
    project = StandardPageFactory(parent=homes["de"], title="Entwurf", slug="entwurf", live=False)
    tool.source_project = project
    tool.save_revision().publish()

    html = client.get(tool.url).content.decode()

    assert "Entwurf" not in html


def test_downloads_are_listed_with_type_and_size(client, tool):
    document = DocumentFactory(title="Musterplan")
    tool.downloads = [("document", document)]
    tool.save_revision().publish()

    html = client.get(tool.url).content.decode()

    assert f'<a href="{document.url}">Musterplan</a>' in html
    assert "(PDF" in html


def test_municipality_sizes_survive_saving_and_revisions(tool):
    stored = ToolPage.objects.get(pk=tool.pk)
    revision = stored.get_latest_revision_as_object()

    assert stored.municipality_sizes == ["large", "medium"]
    assert revision.municipality_sizes == ["large", "medium"]
    assert stored.municipality_size_labels[0].startswith("Großstadt")


def test_translation_copies_terms_and_synchronised_fields(index_en, tool):
    english = translate_page(tool, "en", title="Heat action plan", slug="heat-action-plan")

    # The same terms, in the translation's language (copied where none was translated yet).
    assert english.tool_type.translation_key == tool.tool_type.translation_key
    assert english.tool_type.locale == english.locale
    assert [term.translation_key for term in english.hazards.all()] == [
        term.translation_key for term in tool.hazards.all()
    ]
    assert {term.locale for term in english.hazards.all()} == {english.locale}
    assert english.municipality_sizes == ["large", "medium"]
    assert (english.effort, english.cost, english.duration) == ("medium", "low", "short")
    assert english.last_reviewed == tool.last_reviewed


def test_text_is_translated_and_everything_else_synchronised():
    fields = {field.field_name: field for field in get_translatable_fields(ToolPage)}
    translated = {name for name, field in fields.items() if field.is_translated(ToolPage())}

    assert {"title", "teaser", "data_needed", "body", "downloads"} <= translated
    for name in [
        "tool_type",
        "process_phases",
        "hazards",
        "topics",
        "target_groups",
        "practice_examples",
        "municipality_sizes",
        "effort",
        "cost",
        "duration",
        "licence",
        "licence_url",
        "last_reviewed",
        "source_project",
    ]:
        assert name in fields, name
        assert not fields[name].is_translated(ToolPage()), name


def test_the_kicker_is_the_tool_type_in_the_visitors_language(index_en, english_terms, tool):
    from django.utils import translation

    english = translate_page(tool, "en", title="Heat action plan", slug="heat-action-plan")

    with translation.override("en"):
        assert english.listing_kicker == "Guideline"
    with translation.override("de"):
        assert tool.listing_kicker == "Leitfaden"


def test_listing_items_gives_the_newest_live_tools_of_the_index(index):
    older = ToolPageFactory(parent=index, title="Älter")
    newer = ToolPageFactory(parent=index, title="Neuer")
    ToolPageFactory(parent=index, title="Entwurf", live=False)
    Page.objects.filter(pk=older.pk).update(
        first_published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )

    items = index.listing_items(5)

    assert [item.title for item in items] == ["Neuer", "Älter"]
    assert index.listing_items(1) == [newer]
