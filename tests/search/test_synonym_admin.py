"""Editors keep search synonyms in the admin, in German and translated into English."""

from wagtail.models import Locale

from search.models import SearchSynonym

from .conftest import standard_page

ADD = "/admin/snippets/search/searchsynonym/add/?locale=de"


def test_an_editor_adds_a_synonym_group_and_the_search_uses_it(admin_client_de, homes, client):
    assert admin_client_de.get("/admin/snippets/search/searchsynonym/").status_code == 200
    response = admin_client_de.post(ADD, {"terms": "Gründach, Dachbegrünung"})
    assert response.status_code == 302
    group = SearchSynonym.objects.get()
    assert group.locale == Locale.objects.get(language_code="de")
    assert group.members() == ["Gründach", "Dachbegrünung"]
    standard_page(homes["de"], "Förderung für Dachbegrünung")
    html = client.get("/suche/?q=Gründach").content.decode()
    assert "Förderung für Dachbegrünung" in html
    assert "Auch gesucht nach: Dachbegrünung" in html


def test_an_empty_group_is_refused_with_a_message(admin_client_de, homes):
    response = admin_client_de.post(ADD, {"terms": " , ,"})
    assert response.status_code == 200
    assert "Geben Sie mindestens ein Wort oder eine Wendung ein." in response.content.decode()
    assert not SearchSynonym.objects.exists()
