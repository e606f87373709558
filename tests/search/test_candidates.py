"""A database search ranks a bounded set of matches (``search.engine.CANDIDATES``): the most
recently created ones, or the newest by date when sorted by date. Beyond it the page says
"more than", and a page of results is still the one a full ranking gives."""

import datetime

import pytest

from search import engine

from .conftest import standard_page


@pytest.fixture
def three_candidates(monkeypatch):
    monkeypatch.setattr(engine, "CANDIDATES", 3)


def test_more_matches_than_are_ranked_are_counted_as_more_than(client, news, three_candidates):
    for number in range(5):
        news(f"Regenrückhalt {number}", teaser="Regenrückhalt im Quartier")
    html = client.get("/suche/?q=Regenrückhalt").content.decode()
    assert "Mehr als 3 Ergebnisse für „Regenrückhalt“" in html
    assert html.count('class="search-result"') == 3
    english = client.get("/en/search/?q=Regenrückhalt").content.decode()
    assert "More than" not in english


def test_as_many_matches_as_are_ranked_are_counted_exactly(client, news, three_candidates):
    for number in range(3):
        news(f"Regenrückhalt {number}", teaser="Regenrückhalt im Quartier")
    html = client.get("/suche/?q=Regenrückhalt").content.decode()
    assert "3 Ergebnisse für „Regenrückhalt“" in html
    assert "Mehr als" not in html


def test_the_best_match_among_the_newest_comes_first(client, homes, three_candidates):
    for number in range(4):
        standard_page(homes["de"], f"Allgemeines {number}", text="Auch Gründächer kühlen.")
    standard_page(homes["de"], "Gründächer")
    html = client.get("/suche/?q=Gründächer").content.decode()
    assert html.index(">Gründächer<") < html.index(">Allgemeines 3<")
    assert ">Allgemeines 0<" not in html  # the oldest match is beyond the ranked set


def test_sorted_by_date_the_newest_by_date_are_ranked(client, news, three_candidates):
    for year in (2025, 2019, 2024, 2018, 2023):
        news(f"Baumkataster {year}", teaser="Baumkataster", date=datetime.date(year, 1, 1))
    html = client.get("/suche/?q=Baumkataster&sort=date").content.decode()
    shown = [year for year in (2025, 2024, 2023, 2019, 2018) if f"Baumkataster {year}" in html]
    assert shown == [2025, 2024, 2023]
    assert html.index("Baumkataster 2025") < html.index("Baumkataster 2024")


def test_a_page_beyond_the_ranked_matches_gets_the_last_page(client, news, three_candidates):
    for number in range(5):
        news(f"Regenrückhalt {number}", teaser="Regenrückhalt im Quartier")
    response = client.get("/suche/?q=Regenrückhalt&page=9")
    assert response.status_code == 200
    assert response.content.decode().count('class="search-result"') == 3
