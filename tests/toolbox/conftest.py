"""Fixtures of the toolbox tests: an index page per language and a few German terms."""

from types import SimpleNamespace

import pytest

from tests.factories.base import translate_page
from tests.factories.taxonomy import (
    HazardFactory,
    ProcessPhaseFactory,
    TargetGroupFactory,
    ToolTypeFactory,
    TopicFactory,
)
from tests.factories.toolbox import ToolboxIndexPageFactory


@pytest.fixture
def index(homes):
    """The German toolbox index page."""
    return ToolboxIndexPageFactory(
        parent=homes["de"], title="Werkzeugkasten", slug="werkzeugkasten"
    )


@pytest.fixture
def index_en(index):
    """The English translation of the toolbox index page."""
    return translate_page(index, "en", title="Toolbox", slug="toolbox")


@pytest.fixture
def terms(db):
    """German taxonomy terms, reachable by slug: ``terms.hazard["hitze"]``."""
    return SimpleNamespace(
        hazard={
            slug: HazardFactory(name=name, slug=slug)
            for slug, name in [
                ("hitze", "Hitze"),
                ("starkregen", "Starkregen"),
                ("hochwasser", "Hochwasser"),
            ]
        },
        phase={
            slug: ProcessPhaseFactory(name=name, slug=slug, sort_order=order)
            for order, (slug, name) in enumerate(
                [("planung", "Planung"), ("umsetzung", "Umsetzung"), ("bewertung", "Bewertung")]
            )
        },
        type={
            slug: ToolTypeFactory(name=name, slug=slug)
            for slug, name in [("leitfaden", "Leitfaden"), ("software", "Software")]
        },
        topic={
            slug: TopicFactory(name=name, slug=slug)
            for slug, name in [("klimaanpassung", "Klimaanpassung"), ("open-data", "Open Data")]
        },
        group={
            slug: TargetGroupFactory(name=name, slug=slug)
            for slug, name in [("verwaltung", "Verwaltung"), ("politik", "Politik")]
        },
    )
