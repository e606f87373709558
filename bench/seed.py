"""Seed a realistic bilingual data set for the benchmark: the demo content plus generated
news pages in German with English translations (no revisions, for speed)."""

import datetime
import random

from django.core.management import call_command
from django.utils.text import slugify

from wagtail.models import Locale, Page

WORDS_DE = [
    "Stadt",
    "Klimaanpassung",
    "Hitze",
    "Starkregen",
    "Kommune",
    "Bürgerbeteiligung",
    "Digitalisierung",
    "Quartier",
    "Grünfläche",
    "Wasser",
    "Resilienz",
    "Verwaltung",
    "Projekt",
    "Förderung",
    "Daten",
    "Planung",
    "Umsetzung",
    "Netzwerk",
]
WORDS_EN = [
    "city",
    "climate",
    "adaptation",
    "heat",
    "heavy",
    "rain",
    "municipality",
    "participation",
    "digitalisation",
    "district",
    "green",
    "space",
    "water",
    "resilience",
    "administration",
    "project",
    "funding",
    "data",
    "planning",
    "network",
]


def sentence(words, rng, length=14):
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


PROGRESS_EVERY = 100  # news pairs between two progress lines


def progress(message: str) -> None:
    print(message, flush=True)  # noqa: T201  (the benchmark's output)


def seed(pages: int) -> None:
    progress("loading the demo content …")
    call_command("load_demo", verbosity=0)
    from news.models import NewsIndexPage, NewsPage

    rng = random.Random(42)  # noqa: S311  (reproducible text, not security)
    german, english = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    index = NewsIndexPage.objects.get(locale=german)
    existing = NewsPage.objects.child_of(index).count()
    wanted = pages // 2
    progress(f"{existing} news in German; adding {max(0, wanted - existing)} with translations …")
    for number in range(existing, wanted):
        if number > existing and (number - existing) % PROGRESS_EVERY == 0:
            progress(f"seeded {2 * (number - existing):,} / {2 * (wanted - existing):,} pages …")
        title = f"{sentence(WORDS_DE, rng, 5)[:-1]} {number}"
        body = [
            {
                "type": "rich_text",
                "value": "".join(f"<p>{sentence(WORDS_DE, rng, 40)}</p>" for _ in range(4)),
            }
        ]
        page = NewsPage(
            title=title,
            slug=slugify(title)[:60],
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number % 1500),
            teaser=sentence(WORDS_DE, rng),
            body=body,
            locale=german,
        )
        index.add_child(instance=page)
        translation = page.copy_for_translation(english)
        translation.title = f"{sentence(WORDS_EN, rng, 5)[:-1]} {number}"
        translation.teaser = sentence(WORDS_EN, rng)
        translation.body = [
            {
                "type": "rich_text",
                "value": "".join(f"<p>{sentence(WORDS_EN, rng, 40)}</p>" for _ in range(4)),
            }
        ]
        translation.live = True
        translation.save()
    progress("analysing the tables …")
    analyse()
    progress(f"seeded: {Page.objects.count()} pages")


def analyse() -> None:
    """Fresh planner statistics, as autovacuum would gather them soon after a real import:
    without them PostgreSQL plans the listings for empty tables."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
