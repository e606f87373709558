"""Pages that link to each other, for the link checks and the report."""

import pytest

from tests.factories.home import StandardPageFactory


def text_linking(*, page_id=None, url=None) -> list:
    """A body with one rich-text paragraph linking to a page or an address."""
    if page_id is not None:
        link = f'<a linktype="page" id="{page_id}">Ziel</a>'
    else:
        link = f'<a href="{url}">Quelle</a>'
    return [{"type": "rich_text", "value": f"<p>Siehe {link}.</p>"}]


@pytest.fixture
def target(homes):
    return StandardPageFactory(parent=homes["de"], title="Hitzeschutz")


@pytest.fixture
def referrer(homes, target, editor):
    return StandardPageFactory(
        parent=homes["de"], title="Überblick", body=text_linking(page_id=target.pk), owner=editor
    )
