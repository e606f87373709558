"""Fixtures for project profiles: the German project index and its English translation."""

from django.utils import timezone

import pytest

from tests.factories.base import translate_page
from tests.factories.projects import ProjectIndexPageFactory


@pytest.fixture
def index(homes):
    return ProjectIndexPageFactory(parent=homes["de"], title="Projekte", slug="projekte")


@pytest.fixture
def english_index(index):
    return translate_page(index, "en", title="Projects", slug="projects")


@pytest.fixture
def today():
    return timezone.localdate()
