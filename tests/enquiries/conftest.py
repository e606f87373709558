"""Fixtures for the enquiry forms: a registration page in both languages, topics, valid posts."""

import time

from django.core.cache import cache

import pytest

from enquiries.abuse import fill_token
from tests.factories.base import translate_page
from tests.factories.enquiries import FormPageFactory, PeerExchangeFormPageFactory
from tests.factories.taxonomy import MunicipalityFactory, TopicFactory, translate


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def topics(db):
    heat = TopicFactory(name="Hitzevorsorge", slug="hitze")
    translate(heat, "en", name="Heat preparedness")
    water = TopicFactory(name="Wassermanagement", slug="wasser")
    translate(water, "en", name="Water management")
    return {"hitze": heat, "wasser": water}


@pytest.fixture
def municipalities(db):
    """The municipalities the registration offers, in German and English."""
    halle = MunicipalityFactory(name="Halle (Saale)", slug="halle-saale", federal_state="ST")
    translate(halle, "en")
    return {"halle-saale": halle}


@pytest.fixture
def registration(homes, topics, municipalities):
    return PeerExchangeFormPageFactory(parent=homes["de"])


@pytest.fixture
def english_registration(registration):
    return translate_page(
        registration, "en", title="Peer-to-peer registration", slug="peer-to-peer-registration"
    )


@pytest.fixture
def contact(homes):
    return FormPageFactory(parent=homes["de"])


def registration_data(**changes) -> dict:
    """A complete, valid registration as a person would send it (a minute after loading)."""
    data = {
        "municipality": "halle-saale",
        "contact_person": "Erika Muster",
        "role": "Klimaschutzmanagerin",
        "email": "erika@example.org",
        "topics": ["hitze"],
        "message": "Wir möchten von Mannheim lernen.",
        "consent": "on",
        "website": "",
        "started": fill_token(time.time() - 60),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
