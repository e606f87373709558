"""``javascript:`` and ``data:`` addresses never reach a link: refused in the admin's forms,
emptied when code or an import writes them into a URL field or a link block."""

from django.core.exceptions import ValidationError

import pytest

from governance.sanitise import safe_url
from home.blocks import LinkBlock
from taxonomy.models import Organisation
from tests.factories.news import EventIndexPageFactory, EventPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.taxonomy import MunicipalityFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

UNSAFE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]
SAFE = [
    "https://example.org/a?b=1&c=2",
    "http://example.org",
    "mailto:info@example.org",
    "/kontakt/",
]


@pytest.mark.parametrize("url", UNSAFE)
def test_unsafe_addresses_are_emptied(url):
    assert safe_url(url) == ""


@pytest.mark.parametrize("url", SAFE)
def test_safe_addresses_stay_as_they_are(url):
    assert safe_url(url) == url


@pytest.mark.parametrize("url", UNSAFE)
def test_url_fields_written_by_code_lose_unsafe_addresses(homes, url):
    organisation = OrganisationFactory(name="Evil", url=url)
    municipality = MunicipalityFactory(name="Evilstadt", url=url)

    assert Organisation.objects.get(pk=organisation.pk).url == ""
    assert type(municipality).objects.get(pk=municipality.pk).url == ""


def test_an_events_registration_link_is_refused_and_never_shown(client, homes):
    index = EventIndexPageFactory(parent=homes["de"])
    event = EventPageFactory(parent=index, registration_url="https://example.org/anmeldung")
    event.registration_url = "javascript:alert(1)"

    with pytest.raises(ValidationError):
        event.save()  # pages are validated when saved
    # Data stored before such addresses were refused is not linked either.
    type(event).objects.filter(pk=event.pk).update(registration_url="javascript:alert(1)")
    assert "javascript:" not in client.get(event.url).content.decode()


def test_link_blocks_refuse_unsafe_addresses_in_the_admin():
    block = LinkBlock()
    value = block.to_python({"page": None, "external_url": "javascript:alert(1)", "label": "x"})

    with pytest.raises(ValidationError):
        block.clean(value)


def test_link_blocks_written_by_code_lose_unsafe_addresses(client, homes):
    links = [
        {"type": "link", "value": {"kind": "homepage", "url": url, "title": "Link"}}
        for url in UNSAFE
    ]
    project = ProjectPageFactory(parent=ProjectIndexPageFactory(parent=homes["de"]), links=links)

    stored = type(project).objects.get(pk=project.pk).links.raw_data
    assert {block["value"]["url"] for block in stored} == {""}
    html = client.get(project.url).content.decode()
    assert "javascript:" not in html.lower() and "data:text" not in html
