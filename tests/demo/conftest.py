"""A temporary media folder for the tests that store demo pictures themselves (the shared
``demo`` fixture keeps its own, ``tests/shared_demo.py``)."""

import pytest


@pytest.fixture
def media(settings, tmp_path):
    """A temporary media folder for a test that stores images itself."""
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path
