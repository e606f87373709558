"""The search page: results, excerpts, filters, sorting, pagination, languages, bad input."""

import datetime
import re

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from search.models import QueryStat
from tests.factories.base import translate_page
from tests.factories.enquiries import FormPageFactory
from tests.factories.news import EventIndexPageFactory, EventPageFactory, in_days
from tests.factories.taxonomy import TopicFactory

from .conftest import standard_page


def test_the_search_page_answers_in_both_languages(client, homes):
    assert client.get("/suche/").status_code == 200
    assert client.get("/en/search/").status_code == 200


def test_the_wrong_slug_for_the_language_redirects(client, homes):
    response = client.get("/en/suche/?q=x")
    assert response.status_code == 302
    assert response["Location"] == "/en/search/?q=x"


def test_an_empty_query_asks_for_a_term(client, homes):
    response = client.get("/suche/?q=")
    assert "Bitte geben Sie einen Suchbegriff ein." in response.content.decode()


def test_results_show_type_date_and_highlighted_excerpt(client, news):
    news(
        "Hitzeaktionsplan beschlossen",
        teaser="Die Stadt schützt Menschen vor Hitze.",
        date=datetime.date(2024, 6, 3),
    )
    html = client.get("/suche/?q=Hitze").content.decode()
    assert "Hitzeaktionsplan beschlossen" in html
    assert 'datetime="2024-06-03"' in html
    assert "<mark>Hitze</mark>" in html
    assert '<span class="search-result__type">Nachricht</span>' in html  # not "Nachrichtenseite"


def test_excerpts_come_from_the_text_not_from_the_topic_names(client, news):
    topics = [TopicFactory(name=name, slug=name.lower()) for name in ("Digitalisierung", "Wasser")]
    news("Gründächer", text="Gründächer halten Regenwasser zurück und kühlen.", topics=topics)

    def excerpt(query):
        html = client.get(f"/suche/?q={query}").content.decode()
        return html.split('id="results-heading"', 1)[1].split("</main>", 1)[0]

    assert "Regenwasser" in excerpt("kühlen")
    assert "Digitalisierung" not in excerpt("kühlen")
    assert "Gründächer" in excerpt("Digitalisierung")  # the topic still finds the page


def test_upcoming_events_are_marked_as_such(client, homes):
    index = EventIndexPageFactory(parent=homes["de"])
    EventPageFactory(parent=index, title="Hitzetag kommend", start=in_days(20))
    EventPageFactory(parent=index, title="Hitzetag vorbei", start=in_days(-20))

    html = client.get("/suche/?q=Hitzetag").content.decode()
    results = re.findall(r'<li class="search-result">(.*?)</li>', html, re.S)

    marked = {("kommend" in result): "bevorstehend" in result for result in results}
    assert marked == {True: True, False: False}


def test_the_type_filter_names_kinds_in_the_visitors_words(client, homes):
    german = client.get("/suche/?q=x").content.decode()
    english = client.get("/en/search/?q=x").content.decode()

    for value, label in [
        ("news", "Nachrichten"),
        ("events", "Veranstaltungen"),
        ("projects", "Projekte"),
        ("tools", "Werkzeuge"),
        ("pages", "Seiten"),
    ]:
        assert f'value="{value}"> {label}</label>' in german
    assert 'value="events"> Events</label>' in english
    for internal in ("Formularseite", "Startseite", "bersichtsseite", "Standardseite"):
        assert internal not in german.split("<main", 1)[1].split("</form>", 1)[0]


def test_index_pages_come_up_only_when_named_or_nothing_else_matches(client, news_index, news):
    news_index.title = "Klimanachrichten"
    news_index.intro = "<p>Zisternenratgeber und Klimawissen</p>"
    news_index.save_revision().publish()
    news("Klimanachrichten aus Ulm", teaser="Neues Klimawissen")

    def results(query):
        html = client.get(f"/suche/?q={query}").content.decode()
        return html.split('id="results-heading"', 1)[1]

    assert "Klimanachrichten aus Ulm" in results("Klimawissen")
    assert f'href="{news_index.url}"' not in results("Klimawissen")  # found only in its intro
    assert f'href="{news_index.url}"' in results("Zisternenratgeber")  # nothing else matches
    named = results("Klimanachrichten")  # its title is the query
    assert named.index(f'href="{news_index.url}"') < named.index("Klimanachrichten aus Ulm")


def test_results_come_only_from_the_visitors_language(client, homes):
    page = standard_page(homes["de"], "Wasserkonzept", teaser="Regenwasser")
    translate_page(page, "en", title="Water concept", teaser="Rain water")
    html = client.get("/en/search/?q=Water").content.decode()
    assert "Water concept" in html
    assert "Wasserkonzept" not in html


def test_pages_only_in_the_other_language_are_listed_in_a_labelled_section(client, homes):
    standard_page(homes["de"], "Schwammstadt Leipzig", teaser="Schwammstadt")
    html = client.get("/en/search/?q=Schwammstadt").content.decode()
    assert "Only available in German" in html
    assert "Schwammstadt Leipzig" in html
    assert "0 results" in html


def test_a_translated_page_is_not_repeated_in_the_other_language_section(client, homes):
    page = standard_page(homes["de"], "Schwammstadt Halle", teaser="Schwammstadt")
    translate_page(page, "en", title="Sponge city Halle", teaser="Schwammstadt sponge")
    html = client.get("/en/search/?q=Schwammstadt").content.decode()
    assert "Sponge city Halle" in html
    assert "Only available in German" not in html


def test_drafts_and_private_pages_never_appear(client, homes):
    from wagtail.models import PageViewRestriction

    standard_page(homes["de"], "Geheimplan Entwurf", live=False)
    private = standard_page(homes["de"], "Geheimplan Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/suche/?q=Geheimplan").content.decode()
    assert "Geheimplan Entwurf" not in html and "Geheimplan Intern" not in html
    assert client.get("/suche/autocomplete/?q=Geheimplan").json() == {"results": []}
    english = client.get("/en/search/?q=Geheimplan").content.decode()
    assert "Geheimplan Entwurf" not in english and "Geheimplan Intern" not in english


def test_filtering_by_content_type(client, homes, news):
    news("Gründach Nachricht", teaser="Gründach")
    standard_page(homes["de"], "Gründach Seite", teaser="Gründach")
    html = client.get("/suche/?q=Gründach&type=news").content.decode()
    assert "Gründach Nachricht" in html
    assert "Gründach Seite" not in html


def test_filtering_by_topic(client, news):
    topic = TopicFactory(name="Wasser", slug="wasser")
    news("Zisterne A", teaser="Zisterne", topics=[topic])
    news("Zisterne B", teaser="Zisterne")
    html = client.get("/suche/?q=Zisterne&topic=wasser").content.decode()
    assert "Zisterne A" in html
    assert "Zisterne B" not in html


def test_sorting_by_date_puts_the_newest_first(client, news):
    news("Baumpatenschaft alt", teaser="Baumpatenschaft", date=datetime.date(2020, 1, 1))
    news("Baumpatenschaft neu", teaser="Baumpatenschaft", date=datetime.date(2025, 1, 1))
    html = client.get("/suche/?q=Baumpatenschaft&sort=date").content.decode()
    assert html.index("Baumpatenschaft neu") < html.index("Baumpatenschaft alt")


def test_results_are_paginated(client, news):
    for number in range(12):
        news(f"Sensor {number}", teaser="Sensornetz")
    first = client.get("/suche/?q=Sensornetz").content.decode()
    second = client.get("/suche/?q=Sensornetz&page=2").content.decode()
    assert "12 Ergebnisse" in first
    assert "Seite 1 von 2" in first and 'rel="next"' in first
    assert second.count('class="search-result"') == 2


def test_the_title_ranks_above_the_body(client, homes):
    standard_page(homes["de"], "Allgemeines", text="Hier geht es auch um Kaltluftschneisen.")
    standard_page(homes["de"], "Kaltluftschneisen")
    html = client.get("/suche/?q=Kaltluftschneisen").content.decode()
    assert html.index(">Kaltluftschneisen<") < html.index(">Allgemeines<")


def test_editors_picks_are_shown_per_language(client, homes):
    german = standard_page(homes["de"], "Förderung Übersicht")
    english = translate_page(german, "en", title="Funding overview")
    query = Query.get("förderung")
    SearchPromotion.objects.create(query=query, page=german, description="Alles zur Förderung")
    SearchPromotion.objects.create(query=query, page=english, description="All about funding")
    html = client.get("/suche/?q=Förderung").content.decode()
    assert "Empfehlungen der Redaktion" in html and "Alles zur Förderung" in html
    assert "All about funding" not in html


def test_queries_are_counted_for_the_report(client, homes, admin_client_de):
    client.get("/suche/?q=Nichtsda")
    client.get("/suche/?q=nichtsda")
    stat = QueryStat.objects.get(query="nichtsda", language="de")
    assert stat.searches == 2 and stat.zero_results == 2
    response = admin_client_de.get("/admin/reports/search-queries/")
    assert response.status_code == 200
    assert "nichtsda" in response.content.decode()


def test_autocomplete_returns_titles_and_urls(client, homes):
    standard_page(homes["de"], "Starkregenvorsorge", teaser="Starkregen")
    data = client.get("/suche/autocomplete/?q=Starkreg").json()
    assert data["results"][0]["title"] == "Starkregenvorsorge"
    assert data["results"][0]["url"].endswith("/starkregenvorsorge/")


def test_the_header_has_a_search_box_that_works_without_javascript(client, homes):
    html = client.get("/en/").content.decode()
    assert 'action="/en/search/"' in html
    assert 'name="q"' in html


BAD_QUERIES = [
    "",
    " ",
    "x" * 1000,
    "!!!???...",
    '"',
    "\x00",
    "Stadt\x00Klima",
    '" \\ * ~ : ( ) AND OR NOT -',
    "AND",
    "-Klima",
    "Klima*",
    "title:Klima",
    "((",
    "'",
    "%_",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("prefix", ["/suche/", "/en/search/", "/suche/autocomplete/"])
def test_bad_queries_never_crash(client, homes, prefix, query):
    response = client.get(prefix, {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Klima", "page": "0"},
        {"q": "Klima", "page": "-1"},
        {"q": "Klima", "page": "abc"},
        {"q": "Klima", "page": "999999999999999999999"},
        {"q": "Klima", "page": "5"},
        {"q": "Klima", "type": "nonsense"},
        {"q": "Klima", "type": "auth.user"},
        {"q": "Klima", "topic": "no-such-topic"},
        {"q": "Klima", "sort": "price"},
    ],
)
def test_invalid_parameters_get_a_notice(client, homes, params):
    standard_page(homes["de"], "Klima", teaser="Klima")
    response = client.get("/suche/", params)
    assert response.status_code == 200
    assert 'class="notice notice--warning"' in response.content.decode()


def test_a_misspelt_query_offers_did_you_mean_and_keeps_the_filters(client, homes):
    standard_page(
        homes["de"], "Hitzeaktionsplan in sechs Schritten", text="Der Hitzeaktionsplan schützt."
    )
    html = client.get("/suche/?q=Hitzeaktionsplna&sort=date").content.decode()
    assert "Hitzeaktionsplan in sechs Schritten" in html
    assert re.search(
        r'Meinten Sie <a href="/suche/\?q=Hitzeaktionsplan&amp;sort=date">Hitzeaktionsplan</a>\?',
        html,
    )
    assert "<mark>Hitzeaktionsplan</mark>" in html


def test_a_synonym_search_says_what_it_also_searched_for(client, sponge_city):
    html = client.get("/en/search/?q=Schwammstadt").content.decode()
    assert "Sponge-city checklist" in html
    assert "Also searched for: sponge city" in html


def test_a_form_page_named_as_the_query_comes_first(client, homes, news):
    FormPageFactory(parent=homes["de"], title="Kontakt")
    news("Neue Ansprechpartner", teaser="Kontakt für Kommunen: schreiben Sie uns.")
    html = client.get("/suche/?q=Kontakt").content.decode()
    results = html.split('id="results-heading"', 1)[1]
    assert results.index(">Kontakt</a>") < results.index("Neue Ansprechpartner")


def test_words_of_the_other_language_find_the_visitors_translation(client, homes):
    german = standard_page(homes["de"], "Klimaspaziergang", teaser="Gemeinsam durchs Quartier.")
    translate_page(german, "en", title="Climate walk", teaser="Through the neighbourhood.")
    html = client.get("/en/search/?q=Klimaspaziergang").text
    section = html.split('id="via-other-heading"', 1)[1]
    assert section.startswith(">Found through the German version</h2>")
    assert ">Climate walk</a>" in section and "Only available in German" not in html
    german_html = client.get("/suche/?q=climate+walk").text
    assert ">Klimaspaziergang</a>" in german_html.split('id="via-other-heading"', 1)[1]


def test_the_other_language_is_not_consulted_when_the_visitors_finds_enough(client, homes):
    for number in range(3):
        german = standard_page(homes["de"], f"Klimaspaziergang {number}")
        translate_page(german, "en", title=f"Klimaspaziergang walk {number}")
    assert 'id="via-other-heading"' not in client.get("/en/search/?q=Klimaspaziergang").text
