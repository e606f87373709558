"""The system check of the page-type protocol names a page type that misses a hook."""

from wagtail.models import Page, get_page_models

import pytest

from home.checks import every_page_type_describes_itself
from home.protocol import ProfileSection
from news.models import NewsIndexPage, NewsPage


def messages() -> list[str]:
    return [error.msg for error in every_page_type_describes_itself()]


def test_every_page_type_of_the_portal_describes_itself():
    assert messages() == []


def test_a_dataset_without_its_rows_is_named(monkeypatch):
    monkeypatch.delattr(NewsPage, "open_data_row")

    assert messages() == [
        "news.NewsPage declares an open dataset (open_data) but no open_data_row()."
    ]


def test_a_profile_section_that_leads_elsewhere_is_named(monkeypatch):
    section = ProfileSection("Autoren", order=1, lookups=("municipalities", "authors"))
    monkeypatch.setattr(NewsPage, "profile_section", section)

    assert messages() == [
        "news.NewsPage profile_section lookup 'authors' does not lead to taxonomy.Municipality."
    ]


def test_an_index_that_lists_nothing_and_a_listed_page_without_a_card_are_named(monkeypatch):
    monkeypatch.delattr(NewsIndexPage, "listed_items")
    monkeypatch.delattr(NewsPage, "listing_meta")

    assert set(messages()) == {
        "news.NewsIndexPage is an index page but does not say which pages it lists (listed_items).",
        "news.NewsPage is listed by NewsIndexPage but fills no card "
        "(card, listing_meta or listing_kicker).",
    }


@pytest.mark.parametrize("hook", ["search_date", "structured_data", "card", "type_label"])
def test_every_page_type_answers_every_hook(hook):
    for model in get_page_models():
        if model is not Page:
            assert callable(getattr(model, hook)), (model, hook)
