import pytest

from home.models import StandardPage
from tests.factories.home import StandardPageFactory
from tests.factories.taxonomy import TopicFactory, translate

pytestmark = pytest.mark.django_db


def test_standard_page_renders_under_the_home_page(client, homes):
    page = StandardPageFactory(parent=homes["de"], title="Über uns", teaser="Wer wir sind.")

    response = client.get(page.url)

    assert response.status_code == 200
    assert "<h1>Über uns</h1>" in response.content.decode()


def test_standard_page_can_be_created_below_home_and_standard_pages_only(homes):
    assert StandardPage.can_create_at(homes["de"])
    assert not StandardPage.can_create_at(homes["de"].get_parent())


def test_taxonomy_translation_keeps_the_slug(homes):
    topic = TopicFactory(name="Klimaanpassung")

    english = translate(topic, name="Climate adaptation")

    assert english.slug == topic.slug == "klimaanpassung"
