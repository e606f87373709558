"""A translation holds the terms of its own language: when wagtail-localize makes it, when it
syncs it from the source, when an editor saves it, and after the one-off repair of content
translated before (``taxonomy.localize``)."""

import datetime

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

import pytest

from news.models import NewsPage
from projects.models import PartnerRole
from taxonomy.models import FundingProgramme, Municipality, Organisation, Person, Topic
from tests.factories.base import locale, translate_page
from tests.factories.news import EventPageFactory, NewsIndexPageFactory, NewsPageFactory, berlin
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory, partner
from tests.factories.taxonomy import (
    FundingProgrammeFactory,
    HazardFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
    translate,
)
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


def translate_with_wagtail_localize(page):
    """As the admin's "Translate" does: a source, then the translation from it."""
    TranslationCreator(user=None, target_locales=[english()]).create_translations(page)
    return page.get_translation(english()).specific


def sync(page):
    """As "Sync translated pages" does after the source changed."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source.create_or_update_translation(english(), fallback=True)
    return page.get_translation(english()).specific


@pytest.fixture
def news_index(homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    translate_page(index, "en", title="News", slug="news")
    return index


def slugs_and_locales(terms) -> list[tuple[str, str]]:
    return sorted((t.slug, t.locale.language_code) for t in terms)


def test_translated_news_page_holds_the_english_terms(news_index):
    heat = TopicFactory(name="Hitze", slug="hitze")
    heat_en = translate(heat, name="Heat")
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    ulm_en = translate(ulm, name="Ulm")
    page = NewsPageFactory(parent=news_index, topics=[heat], municipalities=[ulm])

    translation = translate_with_wagtail_localize(page)

    assert list(translation.topics.all()) == [heat_en]
    assert list(translation.municipalities.all()) == [ulm_en]
    assert list(page.topics.all()) == [heat]  # the German page keeps its own
    # The draft and the published revision hold them too, not only the page's row.
    stored = translation.get_latest_revision().as_object()
    assert [t.pk for t in stored.topics.all()] == [heat_en.pk]


def test_a_term_without_english_translation_gets_one_with_the_source_name(news_index):
    rostock = MunicipalityFactory(name="Rostock", slug="rostock")
    author = PersonFactory(name="Anna Berg", organisation=OrganisationFactory(slug="difu"))
    page = NewsPageFactory(parent=news_index, municipalities=[rostock], authors=[author])

    translation = translate_with_wagtail_localize(page)

    created = translation.municipalities.get()
    assert (created.locale, created.name, created.slug) == (english(), "Rostock", "rostock")
    assert created.translation_key == rostock.translation_key
    person = translation.authors.get()
    assert person.locale == english() and person.translation_key == author.translation_key
    # The person's organisation followed into English as well.
    assert person.organisation.locale == english()
    assert person.organisation.slug == "difu"
    assert Municipality.objects.filter(slug="rostock").count() == 2


def test_sync_brings_a_new_german_topic_in_english(news_index):
    heat = TopicFactory(name="Hitze", slug="hitze")
    rain = TopicFactory(name="Starkregen", slug="starkregen")
    rain_en = translate(rain, name="Heavy rain")
    page = NewsPageFactory(parent=news_index, topics=[heat])
    translate_with_wagtail_localize(page)

    page.topics.add(rain)
    page.save_revision().publish()
    translation = sync(NewsPage.objects.get(pk=page.pk))

    assert slugs_and_locales(translation.topics.all()) == [
        ("hitze", "en"),
        ("starkregen", "en"),
    ]
    assert rain_en in translation.topics.all()


def test_event_foreign_keys_follow_into_english(homes):
    from tests.factories.news import EventIndexPageFactory

    index = EventIndexPageFactory(parent=homes["de"])
    translate_page(index, "en", title="Events", slug="events")
    organiser = OrganisationFactory(name="Difu", slug="difu")
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    page = EventPageFactory(
        parent=index,
        start=berlin(2022, 3, 22, 10),
        end=berlin(2022, 3, 22, 16),
        organiser=organiser,
        municipality=ulm,
        municipalities=[ulm],
    )

    translation = translate_with_wagtail_localize(page)

    assert translation.organiser.locale == english()
    assert translation.organiser.translation_key == organiser.translation_key
    assert translation.municipality.locale == english()
    assert list(translation.municipalities.all()) == [translation.municipality]


def test_project_partner_rows_and_programme_follow_into_english(homes):
    index = ProjectIndexPageFactory(parent=homes["de"])
    translate_page(index, "en", title="Projects", slug="projects")
    bmwsb = OrganisationFactory(name="Bundesministerium", slug="bmwsb")
    programme = FundingProgrammeFactory(name="Modellprojekte", slug="mps", funder=bmwsb)
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    page = ProjectPageFactory(
        parent=index,
        partners=[partner(ulm, PartnerRole.LEAD), partner(bmwsb)],
        funding_programme=programme,
        commissioned_by=[bmwsb],
    )

    translation = translate_with_wagtail_localize(page)

    rows = [(row.member.slug, row.member.locale, row.role) for row in translation.partners.all()]
    assert rows == [("ulm", english(), "lead"), ("bmwsb", english(), "partner")]
    assert [o.locale for o in translation.commissioned_by.all()] == [english()]
    assert translation.funding_programme.locale == english()
    assert translation.funding_programme.funder.locale == english()
    # The German page's rows are untouched.
    assert [row.member for row in page.partners.all()] == [ulm, bmwsb]


def test_toolbox_practice_examples_and_hazards_follow_into_english(homes):
    index = ToolboxIndexPageFactory(parent=homes["de"], slug="werkzeugkasten")
    translate_page(index, "en", title="Toolbox", slug="toolbox")
    heat = HazardFactory(name="Hitze", slug="hitze")
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    page = ToolPageFactory(parent=index, hazards=[heat], practice_examples=[ulm])

    translation = translate_with_wagtail_localize(page)

    assert slugs_and_locales(translation.hazards.all()) == [("hitze", "en")]
    assert slugs_and_locales(translation.practice_examples.all()) == [("ulm", "en")]


def hold_german_terms(translation, field: str, terms) -> None:
    """Store ``terms`` on ``translation`` as content translated before the fix held them:
    in the page's row and in its latest revision."""
    getattr(translation, field).through.objects.filter(newspage_id=translation.pk).delete()
    for term in terms:
        getattr(translation, field).through.objects.create(
            newspage_id=translation.pk, **{f"{type(term)._meta.model_name}_id": term.pk}
        )
    revision = translation.get_latest_revision()
    revision.content = {**revision.content, field: [term.pk for term in terms]}
    revision.save()


def test_editor_saving_an_english_page_still_holding_german_terms_stores_english_ones(
    news_index, admin_client_de
):
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    ulm_en = translate(ulm, name="Ulm")
    rostock = MunicipalityFactory(name="Rostock", slug="rostock")
    page = NewsPageFactory(parent=news_index, date=datetime.date(2024, 5, 1))
    translation = translate_page(page, "en", title="News in English", slug="news-in-english")
    hold_german_terms(translation, "municipalities", [ulm, rostock])
    url = reverse("wagtailadmin_pages:edit", args=[translation.pk])
    data = news_form_data(translation)
    data["municipalities"] = [ulm.pk, rostock.pk]  # as the form offers what the page holds

    response = admin_client_de.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    draft = NewsPage.objects.get(pk=translation.pk).get_latest_revision().as_object()
    held = list(draft.municipalities.all())
    assert ulm_en in held
    assert slugs_and_locales(held) == [("rostock", "en"), ("ulm", "en")]


def test_editor_cannot_pick_a_german_term_for_an_english_page(news_index, admin_client_de):
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    page = NewsPageFactory(parent=news_index, date=datetime.date(2024, 5, 1))
    translation = translate_page(page, "en", title="News in English", slug="news-in-english")
    data = news_form_data(translation)
    data["municipalities"] = [ulm.pk]

    response = admin_client_de.post(reverse("wagtailadmin_pages:edit", args=[translation.pk]), data)

    assert response.status_code == 200
    assert "municipalities" in response.context["form"].errors


def news_form_data(page, **fields) -> dict:
    """The edit form's POST data for a news page (a draft save)."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "teaser": "",
            "image_alt": "",
            "date": page.date.isoformat(),
            "body": streamfield([("rich_text", rich_text("<p>Text.</p>"))]),
            "related_pages": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )


def test_repair_command_puts_old_translations_in_their_language(news_index):
    heat = TopicFactory(name="Hitze", slug="hitze")
    heat_en = translate(heat, name="Heat")
    page = NewsPageFactory(parent=news_index, topics=[heat])
    translation = translate_page(page, "en", title="Old", slug="old")
    hold_german_terms(translation, "topics", [heat])
    person = PersonFactory(locale=english(), organisation=OrganisationFactory(slug="difu"))
    Person.objects.filter(pk=person.pk).update(organisation=person.organisation)

    call_command("localize_term_relations", stdout=open("/dev/null", "w"))  # noqa: SIM115

    stored = NewsPage.objects.get(pk=translation.pk)
    assert list(stored.topics.all()) == [heat_en]
    assert [t.pk for t in stored.get_latest_revision().as_object().topics.all()] == [heat_en.pk]
    assert Person.objects.get(pk=person.pk).organisation.locale == english()
    assert list(page.topics.all()) == [heat]


def test_snippet_translation_through_wagtail_localize_gets_the_english_funder(homes):
    funder = OrganisationFactory(name="Bundesministerium", slug="bmwsb")
    programme = FundingProgrammeFactory(name="Programm", slug="programm", funder=funder)
    source, _created = TranslationSource.get_or_create_from_instance(programme)

    translation, _created = source.create_or_update_translation(english(), fallback=True)

    assert translation.funder.locale == english()
    assert translation.funder.translation_key == funder.translation_key
    assert FundingProgramme.objects.filter(slug="programm").count() == 2
    assert Organisation.objects.get(pk=funder.pk).locale == locale("de")
    assert Topic.objects.count() == 0
