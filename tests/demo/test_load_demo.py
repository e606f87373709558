import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.models import Page, Revision

import pytest

from exchange.models import Introduction, Participant, StatusChange
from home.models import Footer, MainMenu
from news.models import NewsPage
from search.models import SearchSynonym
from taxonomy.models import Municipality, Topic

pytestmark = pytest.mark.django_db


def content_counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "topics": Topic.objects.count(),
        "municipalities": Municipality.objects.count(),
        "menus": MainMenu.objects.count(),
        "footers": Footer.objects.count(),
        "images": Image.objects.count(),  # the generated pictures are reused, not duplicated
        "exchange cases": Participant.objects.count(),
        "status changes": StatusChange.objects.count(),
        "introductions": Introduction.objects.count(),
    }


def test_load_demo_twice_changes_nothing():
    call_command("load_demo", verbosity=0)
    first = content_counts()
    dates = dict(NewsPage.objects.values_list("slug", "date"))

    call_command("load_demo", verbosity=0)

    assert content_counts() == first
    assert dict(NewsPage.objects.values_list("slug", "date")) == dates
    assert SearchSynonym.objects.count() == 10  # five groups, each in German and English


def test_the_newest_demo_news_is_from_the_last_weeks():
    call_command("load_demo", verbosity=0)
    newest = NewsPage.objects.live().order_by("-date").first()
    assert timezone.localdate() - newest.date <= datetime.timedelta(weeks=4)


def test_load_demo_gives_every_german_page_an_english_translation():
    call_command("load_demo", verbosity=0)

    german = Page.objects.filter(locale__language_code="de", depth__gte=2).live()
    missing = [page.title for page in german if not page.has_translation(english_locale())]

    assert german.exists()
    assert missing == []


def english_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")
