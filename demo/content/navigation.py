"""Demo main navigation and footer, one of each per language, linking the demo pages."""

from wagtail.models import Page

from home.models import Footer, MainMenu

# German slugs of the pages in the main navigation, in order; missing ones are skipped.
MENU = ["aktuelles", "veranstaltungen", "projekte", "toolbox", "peer-to-peer", "ueber-uns"]
FOOTER = {
    "de": {
        "about": "<p>Ein Portal für den Wissenstransfer zwischen Kommunen, Forschung und "
        "interessierter Öffentlichkeit.</p>",
        "columns": [
            ("Portal", ["ueber-uns", "peer-to-peer"]),
            ("Rechtliches", ["impressum", "datenschutz", "barrierefreiheit"]),
        ],
    },
    "en": {
        "about": "<p>A knowledge-transfer portal for municipalities, research and the interested public.</p>",
        "columns": [
            ("Portal", ["ueber-uns", "peer-to-peer"]),
            ("Legal", ["impressum", "datenschutz", "barrierefreiheit"]),
        ],
    },
}


def _pages(ctx, slugs: list[str]) -> list[Page]:
    german = {
        p.slug: p for p in Page.objects.filter(slug__in=slugs, locale=ctx.locales["de"], depth=3)
    }
    return [german[slug] for slug in slugs if slug in german]


def _links(pages: list[Page]) -> list[dict]:
    # Links point at the German page; the menu resolves each to the visitor's language.
    return [{"page": page.pk, "external_url": "", "label": ""} for page in pages]


def load(ctx):
    for code, locale in ctx.locales.items():
        menu = MainMenu.objects.filter(locale=locale).first() or MainMenu(locale=locale)
        menu.links = [{"type": "link", "value": link} for link in _links(_pages(ctx, MENU))]
        menu.save()
        footer = Footer.objects.filter(locale=locale).first() or Footer(locale=locale)
        footer.about = FOOTER[code]["about"]
        footer.columns = [
            {"type": "column", "value": {"heading": heading, "links": _links(_pages(ctx, slugs))}}
            for heading, slugs in FOOTER[code]["columns"]
        ]
        footer.save()
