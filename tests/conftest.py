"""Shared fixtures: the bilingual site skeleton, built once per test that needs it."""

import pytest

from home.site_setup import ensure_site_skeleton


@pytest.fixture
def homes(db):
    """The German and English home pages, keyed by language code."""
    return ensure_site_skeleton(hostname="testserver")
