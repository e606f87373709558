"""Demo main navigation and footer, one of each per language, linking the demo pages."""

from wagtail.fields import StreamField
from wagtail.models import Page

from core.stream_data import with_ids_of
from home.models import Footer, MainMenu

# German slugs of the pages in the main navigation, in order; missing ones are skipped.
MENU = [
    "aktuelles",
    "veranstaltungen",
    "projekte",
    "toolbox",
    "kommunen",
    "peer-to-peer",
    "ueber-uns",
]
FOOTER = {
    "de": {
        "about": "<p>Ein Portal für den Wissenstransfer zwischen Kommunen, Forschung und "
        "interessierter Öffentlichkeit.</p>",
        "columns": [
            ("Portal", ["ueber-uns", "peer-to-peer", "anmeldung-peer-to-peer", "kontakt"]),
            ("Rechtliches", ["impressum", "datenschutz", "barrierefreiheit"]),
        ],
    },
    "en": {
        "about": "<p>A knowledge-transfer portal for municipalities, research and the interested public.</p>",
        "columns": [
            ("Portal", ["ueber-uns", "peer-to-peer", "anmeldung-peer-to-peer", "kontakt"]),
            ("Legal", ["impressum", "datenschutz", "barrierefreiheit"]),
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
        menu_links = [{"type": "link", "value": link} for link in _links(_pages(ctx, MENU))]
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
