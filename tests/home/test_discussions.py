"""Exchanges become content: an event records the tools it discussed; once it is over its
documentation links them, and each tool names the events that discussed it, in the
visitor's language, so the next city finds the exchange."""

import pytest

from news.models import EventPage
from tests.factories.base import translate_page
from tests.factories.news import EventIndexPageFactory, EventPageFactory, in_days
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db


def discussed_at(html: str) -> str:
    return html.split('class="container discussed-at"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def exchange(homes):
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    translate_page(toolbox, "en", title="Toolbox", slug="toolbox")
    tool = ToolPageFactory(parent=toolbox, title="Starkregengefahrenkarte", slug="karte")
    english_tool = translate_page(tool, "en", title="Heavy-rain hazard map", slug="map")
    events = EventIndexPageFactory(parent=homes["de"])
    translate_page(events, "en", title="Events", slug="events")
    meeting = EventPageFactory(
        parent=events,
        title="Peer-to-Peer-Treffen: Starkregen",
        slug="treffen",
        event_type=EventPage.EventType.PEER_EXCHANGE,
        start=in_days(-20),
        end=in_days(-20, hour=16),
        discussed_pages=[("page", tool)],
    )
    english_meeting = translate_page(
        meeting, "en", title="Peer-to-peer meeting: heavy rain", slug="meeting"
    )
    return {"tool": tool, "english_tool": english_tool, "meeting": meeting, "en": english_meeting}


def test_a_tool_names_the_exchange_that_discussed_it(client, exchange):
    html = client.get(exchange["tool"].url).content.decode()

    section = discussed_at(html)
    assert "Besprochen bei" in section
    assert f'href="{exchange["meeting"].url}"' in section


def test_the_english_tool_names_the_english_event_though_it_picked_the_german_tool(
    client, exchange
):
    html = client.get(exchange["english_tool"].url).content.decode()

    section = discussed_at(html)
    assert "Discussed at" in section
    assert f'href="{exchange["en"].url}"' in section
    assert exchange["meeting"].url not in section


def test_the_documentation_of_a_past_event_links_the_tools_in_its_language(client, exchange):
    german = client.get(exchange["meeting"].url).content.decode()
    english = client.get(exchange["en"].url).content.decode()

    assert f'<a href="{exchange["tool"].url}">Starkregengefahrenkarte</a>' in german
    assert f'<a href="{exchange["english_tool"].url}">Heavy-rain hazard map</a>' in english


def test_an_upcoming_event_does_not_yet_list_what_it_will_discuss(client, exchange):
    meeting = exchange["meeting"]
    meeting.start, meeting.end = in_days(10), in_days(10, hour=16)
    meeting.save_revision().publish()

    html = client.get(meeting.url).content.decode()

    assert exchange["tool"].url not in html.split('id="main"', 1)[1].split("site-footer")[0]


def test_an_unpublished_event_is_named_nowhere_and_the_tool_page_changes_at_once(client, exchange):
    assert "discussed-at" in client.get(exchange["tool"].url).content.decode()
    exchange["meeting"].unpublish()

    assert "discussed-at" not in client.get(exchange["tool"].url).content.decode()


def test_a_page_nobody_discussed_shows_no_section(client, exchange, homes):
    html = client.get(homes["de"].url).content.decode()

    assert "discussed-at" not in html
