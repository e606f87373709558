"""Every content page says when it was last updated, in the visitor's language; navigational
pages (home, index, form pages), whose content is what they list, do not."""

import datetime

from django.utils import timezone

import pytest

from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_a_content_page_says_when_it_was_last_updated_in_its_language(client, homes):
    german = StandardPageFactory(parent=homes["de"], title="Impressum", slug="impressum")
    english = translate_page(german, title="Imprint", slug="imprint")
    published = timezone.make_aware(datetime.datetime(2026, 3, 14, 23, 30), datetime.UTC)
    type(german).objects.filter(pk__in=[german.pk, english.pk]).update(last_published_at=published)

    # 23:30 UTC is already the 15th in Berlin.
    assert "Zuletzt aktualisiert am 15. März 2026" in client.get(german.url).text
    assert "Last updated on 15 March 2026" in client.get(english.url).text


def test_the_last_update_comes_before_more_on_the_topic(client, homes):
    index = NewsIndexPageFactory(parent=homes["de"])
    article = NewsPageFactory(parent=index, title="Gründächer")
    NewsPageFactory(parent=index, title="Regenwasser", topics=list(article.topics.all()))

    html = client.get(article.url).text

    assert html.index("Zuletzt aktualisiert am") < html.find("more-on-topic") or (
        "more-on-topic" not in html
    )
    assert "Zuletzt aktualisiert am" not in client.get(index.url).text
    assert "Zuletzt aktualisiert am" not in client.get(homes["de"].url).text
