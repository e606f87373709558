"""Translation through wagtail-localize's own machinery (as editors do it in the admin)."""

from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import TranslationCreator

import pytest

from projects.models import PartnerRole
from tests.factories.projects import ProjectPageFactory, partner
from tests.factories.taxonomy import MunicipalityFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(index):
    return ProjectPageFactory(
        parent=index,
        title="Ulm4CleverCity",
        topics=[TopicFactory(name="Digitalisierung", slug="digitalisierung")],
        partners=[partner(MunicipalityFactory(name="Ulm", slug="ulm"), PartnerRole.LEAD)],
        goal=[("rich_text", RichText("<p>Eine lebenswerte Stadt.</p>"))],
        links=[
            ("link", {"kind": "homepage", "title": "Projektseite", "url": "https://example.org/"})
        ],
    )


def test_wagtail_localize_translation_copies_partner_rows_and_offers_texts(project):
    english = Locale.objects.get(language_code="en")

    TranslationCreator(user=None, target_locales=[english]).create_translations(project)

    translation = project.get_translation(english).specific
    assert [(p.municipality.slug, p.role) for p in translation.partners.all()] == [("ulm", "lead")]
    assert translation.partners.get().pk != project.partners.get().pk
    assert [t.slug for t in translation.topics.all()] == ["digitalisierung"]
    source = TranslationSource.objects.get_for_instance(project)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Eine lebenswerte Stadt.", "Projektseite"} <= texts
