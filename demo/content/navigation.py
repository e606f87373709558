"""Demo main navigation and footer, one of each per language, linking the demo pages."""

from wagtail.fields import StreamField
from wagtail.models import Page

from core.stream_data import with_ids_of
from home.models import Footer, MainMenu
from home.topic_pages import topic_index_url

# Stands in the menu for the topic overview, a view outside the page tree.
TOPICS = "topics"
# German slugs of the pages in the main navigation, in order (missing ones are skipped),
# with a shorter label where the page title would not fit the bar on one line.
MENU = [
    "aktuelles",
    "veranstaltungen",
    "projekte",
    "toolbox",
    TOPICS,
    "kommunen",
    "peer-to-peer",
    "ueber-uns",
]
MENU_LABELS = {
    TOPICS: {"de": "Themen", "en": "Topics"},
    "peer-to-peer": {"de": "Peer-to-Peer", "en": "Peer exchange"},
}
FOOTER = {
    "de": {
        "about": "<p>Ein Portal für den Wissenstransfer zwischen Kommunen, Forschung und "
        "interessierter Öffentlichkeit.</p>",
        "columns": [
            ("Portal", ["ueber-uns", "peer-to-peer", "anmeldung-peer-to-peer", "kontakt"]),
            ("Rechtliches", ["impressum", "datenschutz", "barrierefreiheit", "barriere-melden"]),
        ],
    },
    "en": {
        "about": "<p>A knowledge-transfer portal for municipalities, research and the interested public.</p>",
        "columns": [
            ("Portal", ["ueber-uns", "peer-to-peer", "anmeldung-peer-to-peer", "kontakt"]),
            ("Legal", ["impressum", "datenschutz", "barrierefreiheit", "barriere-melden"]),
        ],
    },
}


# Views outside the page tree (HTML sitemap, open data), by path in each language.
SERVICE_LINKS = {
    "de": (
        "Service",
        [("Themen", "/themen/"), ("Sitemap", "/sitemap/"), ("Offene Daten", "/open-data/")],
    ),
    "en": (
        "Service",
        [("Topics", "/en/topics/"), ("Sitemap", "/en/sitemap/"), ("Open data", "/en/open-data/")],
    ),
}


def _pages(ctx, slugs: list[str]) -> list[Page]:
    german = {
        p.slug: p for p in Page.objects.filter(slug__in=slugs, locale=ctx.locales["de"], depth=3)
    }
    return [german[slug] for slug in slugs if slug in german]


def _menu_links(ctx, code: str) -> list[dict]:
    pages = {page.slug: page for page in _pages(ctx, [slug for slug in MENU if slug != TOPICS])}
    links = []
    for slug in MENU:
        label = MENU_LABELS.get(slug, {}).get(code, "")
        if slug == TOPICS:
            links.append({"page": None, "external_url": topic_index_url(code), "label": label})
        elif slug in pages:
            links.append({"page": pages[slug].pk, "external_url": "", "label": label})
    return [{"type": "link", "value": link} for link in links]


def _links(pages: list[Page]) -> list[dict]:
    # Links point at the German page; the menu resolves each to the visitor's language.
    return [{"page": page.pk, "external_url": "", "label": ""} for page in pages]


def _service_column(code: str) -> dict:
    heading, links = SERVICE_LINKS[code]
    return {
        "type": "column",
        "value": {
            "heading": heading,
            "links": [{"page": None, "external_url": url, "label": label} for label, url in links],
        },
    }


def load(ctx):
    sources = {}  # the German menu and footer: the English ones are their translations
    for code, locale in ctx.locales.items():
        menu_links = _menu_links(ctx, code)
        sources[MainMenu] = _save(MainMenu, locale, sources.get(MainMenu), links=menu_links)
        columns = [
            {"type": "column", "value": {"heading": heading, "links": _links(_pages(ctx, slugs))}}
            for heading, slugs in FOOTER[code]["columns"]
        ]
        sources[Footer] = _save(
            Footer,
            locale,
            sources.get(Footer),
            about=FOOTER[code]["about"],
            columns=[*columns, _service_column(code)],
        )


def _save(model, locale, source, **fields):
    """The language's menu or footer with ``fields``; a translation of ``source`` if given
    (same translation key, stream blocks paired with the source's), else with the block ids
    it already has, so that loading again changes nothing."""
    snippet = model.objects.filter(locale=locale).first() or model(locale=locale)
    if source is not None:
        snippet.translation_key = source.translation_key
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            like = list(getattr(source or snippet, name).raw_data)
            value = with_ids_of(field.stream_block, like, value)
        setattr(snippet, name, value)
    snippet.save()
    return snippet
