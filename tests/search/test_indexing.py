"""The index follows the page tree: publish, unpublish, delete, move, privacy, translation."""

from wagtail.models import PageViewRestriction

from search.models import SearchDocument
from tests.factories.base import translate_page

from .conftest import standard_page


def indexed(page) -> bool:
    return SearchDocument.objects.filter(page_id=page.pk).exists()


def test_publishing_a_page_indexes_it_in_its_language(homes):
    page = standard_page(homes["de"], "Hitzeschutz", teaser="Schatten", text="Bäume pflanzen")
    document = SearchDocument.objects.get(page_id=page.pk)
    assert document.language == "de"
    assert document.teaser == "Schatten"
    assert "Bäume pflanzen" in document.body


def test_drafts_are_not_indexed(homes):
    page = standard_page(homes["de"], "Entwurf", live=False)
    assert not indexed(page)


def test_unpublishing_removes_the_page(homes):
    page = standard_page(homes["de"], "Bald weg")
    page.unpublish()
    assert not indexed(page)


def test_deleting_removes_the_page(homes):
    page = standard_page(homes["de"], "Gelöscht")
    page_id = page.pk
    page.delete()
    assert not SearchDocument.objects.filter(page_id=page_id).exists()


def test_private_pages_and_their_children_leave_the_index(homes):
    parent = standard_page(homes["de"], "Intern")
    child = standard_page(parent, "Intern Kind")
    restriction = PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.LOGIN
    )
    assert not indexed(parent)
    assert not indexed(child)
    restriction.delete()
    assert indexed(parent) and indexed(child)


def test_publishing_below_a_private_page_does_not_index(homes):
    parent = standard_page(homes["de"], "Geheim")
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    child = standard_page(parent, "Geheim Kind")
    assert not indexed(child)


def test_moving_below_a_private_page_removes_the_page(homes):
    private = standard_page(homes["de"], "Privat")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    page = standard_page(homes["de"], "Wandert")
    page.move(private, pos="last-child")
    assert not indexed(page)


def test_publishing_a_translation_indexes_it_in_english(homes):
    page = standard_page(homes["de"], "Klimaanpassung")
    translation = translate_page(page, "en", title="Climate adaptation")
    assert SearchDocument.objects.get(page_id=translation.pk).language == "en"
    assert indexed(page)


def test_update_index_rebuilds_the_documents(homes):
    from django.core.management import call_command

    page = standard_page(homes["de"], "Neu aufbauen")
    SearchDocument.objects.all().delete()
    call_command("update_index", "--portal-only", verbosity=0)
    assert indexed(page)
