"""Municipality names link to their profiles wherever they appear, in the visitor's language."""

import re

import pytest

from tests.factories.base import ImageFactory, translate_page
from tests.factories.news import EventIndexPageFactory, EventPageFactory
from tests.factories.places import MunicipalityIndexPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory, partner
from tests.factories.taxonomy import MunicipalityFactory, OrganisationFactory, translate
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ulm(homes):
    index = MunicipalityIndexPageFactory(parent=homes["de"])
    translate_page(index, title="Municipalities", slug="municipalities")
    municipality = MunicipalityFactory(name="Ulm", slug="ulm")
    translate(municipality, name="Ulm")
    return municipality


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]+/ulm/)">([^<]+)</a>', html)


def test_practice_examples_link_the_profile_in_both_languages(client, homes, ulm):
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    translate_page(toolbox, title="Toolbox", slug="toolbox")
    tool = ToolPageFactory(parent=toolbox, title="Klimaspaziergang")
    tool.practice_examples.set([ulm])
    tool.save_revision().publish()
    assert links(client.get(tool.url).text) == [("/kommunen/ulm/", "Ulm")]
    english = translate_page(tool, title="Climate walk", slug="climate-walk")
    assert links(client.get(english.url).text) == [("/en/municipalities/ulm/", "Ulm")]


def test_event_municipalities_link_their_profiles(client, homes, ulm):
    index = EventIndexPageFactory(parent=homes["de"])
    event = EventPageFactory(parent=index, title="Treffen in Ulm")
    event.municipalities.set([ulm])
    event.save_revision().publish()
    assert ("/kommunen/ulm/", "Ulm") in links(client.get(event.url).text)


def test_project_partners_link_municipalities_but_not_organisations(client, homes, ulm):
    index = ProjectIndexPageFactory(parent=homes["de"])
    institute = OrganisationFactory(name="Fraunhofer-Institut")
    project = ProjectPageFactory(parent=index, partners=[partner(ulm), partner(institute)])
    html = client.get(project.url).text
    assert links(html) == [("/kommunen/ulm/", "Ulm")]
    assert "Fraunhofer-Institut" in html and ">Fraunhofer-Institut</a>" not in html


def test_without_a_municipality_index_names_stay_plain_text(client, homes):
    municipality = MunicipalityFactory(name="Ulm", slug="ulm")
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    tool = ToolPageFactory(parent=toolbox, title="Klimaspaziergang")
    tool.practice_examples.set([municipality])
    tool.save_revision().publish()
    html = client.get(tool.url).text
    assert "Ulm" in html and not links(html)


def test_an_event_shows_its_facts_before_its_image(client, homes):
    index = EventIndexPageFactory(parent=homes["de"])
    event = EventPageFactory(parent=index, title="Workshop", image=ImageFactory())
    html = client.get(event.url).text
    assert html.index('class="meta-list event-facts"') < html.index('class="container page-image"')
