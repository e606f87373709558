"""Starting a translation never publishes: the English copy of a live German page stays a draft
until someone with publish rights publishes it (editors have no publish rights, yet may start
translations)."""

from django.urls import reverse

import pytest

from tests.factories.base import locale, translate_page
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_submitting_a_live_page_for_translation_creates_an_english_draft(
    client, homes, superuser, django_capture_on_commit_callbacks
):
    index = NewsIndexPageFactory(parent=homes["de"], title="Aktuelles", slug="aktuelles")
    translate_page(index, title="News", slug="news")
    article = NewsPageFactory(parent=index, title="Schatten im Quartier", slug="schatten")
    article.save_revision().publish()
    client.force_login(superuser)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
            {"locales": [locale("en").pk]},
        )

    assert response.status_code == 302
    english = article.get_translation(locale("en"))
    assert not english.live
    assert client.get("/en/news/schatten/").status_code == 404
