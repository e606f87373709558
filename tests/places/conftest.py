"""Fixtures for municipality profiles: the overview page in both languages and a municipality."""

import pytest

from tests.factories.base import translate_page
from tests.factories.places import MunicipalityIndexPageFactory
from tests.factories.taxonomy import MunicipalityFactory, translate


@pytest.fixture
def index(homes):
    return MunicipalityIndexPageFactory(parent=homes["de"])


@pytest.fixture
def english_index(index):
    return translate_page(index, "en", title="Municipalities", slug="municipalities")


@pytest.fixture
def ulm(db):
    return MunicipalityFactory(name="Ulm", slug="ulm", latitude="48.39841", longitude="9.99155")


@pytest.fixture
def english_ulm(ulm):
    return translate(ulm, "en", name="Ulm (Danube)")
