"""Admitted cities that agreed to it show on their municipality profile and the map; the
contact only with the separate consent for that; nothing of other cases."""

import pytest

from exchange.models import Status
from tests.factories.base import translate_page
from tests.factories.places import MunicipalityIndexPageFactory

from .conftest import make_case

HEADING_DE = "Nimmt am Peer-to-Peer-Austausch teil"
HEADING_EN = "Takes part in the peer-to-peer exchange"


@pytest.fixture
def index(homes):
    return MunicipalityIndexPageFactory(parent=homes["de"])


@pytest.fixture
def english_index(index):
    return translate_page(index, "en", title="Municipalities", slug="municipalities")


def profile(client, index, slug="mannheim") -> str:
    return client.get(index.url + f"{slug}/").content.decode()


@pytest.fixture
def mannheim(towns, hazards):
    return make_case(
        towns["mannheim"],
        status=Status.ADMITTED,
        hazards=[hazards["hitze"]],
        seeks="Erfahrung mit Trinkbrunnen",
        offers="Unser Hitzeaktionsplan",
        show_on_profile=True,
        contact_person="Maria Beispiel",
        email="maria@mannheim.example",
    )


def test_an_admitted_city_that_agreed_shows_its_challenges_and_offers(client, index, mannheim):
    content = profile(client, index)
    assert HEADING_DE in content
    assert "Erfahrung mit Trinkbrunnen" in content
    assert "Unser Hitzeaktionsplan" in content
    assert "Hitze" in content


def test_the_contact_is_never_shown_without_consent_for_it(client, index, mannheim):
    content = profile(client, index)
    assert "Maria Beispiel" not in content
    assert "maria@mannheim.example" not in content


def test_the_contact_is_shown_with_consent_for_it(client, index, mannheim):
    mannheim.show_contact = True
    mannheim.save()
    content = profile(client, index)
    assert "Maria Beispiel" in content and "mailto:maria@mannheim.example" in content


@pytest.mark.parametrize("status", [Status.NEW, Status.DECLINED, Status.INACTIVE])
def test_a_case_that_is_not_admitted_is_not_shown(client, index, mannheim, status):
    mannheim.status = status
    mannheim.save()
    content = profile(client, index)
    assert HEADING_DE not in content
    assert "Unser Hitzeaktionsplan" not in content


def test_an_admitted_city_without_consent_to_be_shown_is_not_shown(client, index, mannheim):
    mannheim.show_on_profile = False
    mannheim.save()
    assert HEADING_DE not in profile(client, index)


def test_the_english_profile_says_it_in_english_with_english_terms(client, english_index, mannheim):
    content = profile(client, english_index)
    assert HEADING_EN in content
    assert "Heat" in content


def test_the_map_rings_participating_cities_and_says_so(client, index, mannheim, towns):
    content = client.get(index.url).content.decode()
    assert f'aria-label="Mannheim; {HEADING_DE}"' in content
    assert 'aria-label="Ulm"' in content
    assert content.count('class="places-map__ring"') == 2  # Mannheim's point and the legend
