"""The one rule for what visitors see (``core.visibility``), in its three forms."""

from django.db import connection

from wagtail.models import Page, PageViewRestriction

import pytest

from core.visibility import is_restricted, is_visible, visible, visible_sql
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(homes):
    public = StandardPageFactory(parent=homes["de"], slug="offen")
    section = StandardPageFactory(parent=homes["de"], slug="intern")
    below = StandardPageFactory(parent=section, slug="darunter")
    draft = StandardPageFactory(parent=homes["de"], slug="entwurf", live=False)
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    return {"public": public, "section": section, "below": below, "draft": draft}


def via_sql() -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT p.id FROM wagtailcore_page p WHERE {visible_sql('p')}", [])  # noqa: S608
        return {row[0] for row in cursor.fetchall()}


def test_the_queryset_filter_the_predicate_and_the_sql_agree(tree, homes):
    candidates = Page.objects.filter(pk__in=[page.pk for page in tree.values()])

    by_filter = set(visible(candidates).values_list("pk", flat=True))
    by_predicate = {page.pk for page in tree.values() if is_visible(page)}
    by_sql = via_sql() & {page.pk for page in tree.values()}
    wagtails = set(candidates.live().public().values_list("pk", flat=True))

    assert by_filter == by_predicate == by_sql == wagtails == {tree["public"].pk}


def test_restrictions_reach_every_page_below(tree):
    assert is_restricted(tree["section"]) and is_restricted(tree["below"])
    assert not is_restricted(tree["public"])


def test_a_locale_narrows_the_filter(tree, homes):
    pages = Page.objects.filter(depth=2)

    assert [page.pk for page in visible(pages, homes["en"].locale)] == [homes["en"].pk]
