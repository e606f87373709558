"""Demo sections of both home pages: latest news, upcoming events, toolbox entry points,
newest projects. Runs last, when the index pages exist; missing ones are skipped."""

from wagtail.models import Page

from core.stream_data import with_block_ids, with_ids_of

from ..context import without_ids

HEADINGS = {
    "de": {
        "aktuelles": ("Aktuelles", "Alle Neuigkeiten"),
        "veranstaltungen": ("Nächste Veranstaltungen", "Alle Veranstaltungen"),
        "projekte": ("Projekte", "Alle Projekte"),
        "toolbox": "Toolbox: Methoden nach Klimagefahr",
    },
    "en": {
        "aktuelles": ("News", "All news"),
        "veranstaltungen": ("Upcoming events", "All events"),
        "projekte": ("Projects", "All projects"),
        "toolbox": "Toolbox: methods by climate hazard",
    },
}
# hazard slug: (German title, German text, English title, English text)
ENTRY_POINTS = {
    "hitze": (
        "Hitze",
        "Kühle Orte, Hitzeaktionspläne, Frühwarnung",
        "Heat",
        "Cool spots, heat action plans, early warning",
    ),
    "starkregen": (
        "Starkregen",
        "Gefahrenkarten, Schwammstadt, Vorsorge",
        "Heavy rain",
        "Hazard maps, sponge city, prevention",
    ),
    "hochwasser": (
        "Hochwasser",
        "Frühwarnsysteme und Schutzkonzepte",
        "Flooding",
        "Early warning and protection plans",
    ),
    "trockenheit": (
        "Trockenheit",
        "Stadtbäume, Bewässerung, Wasserhaushalt",
        "Drought",
        "Street trees, irrigation, water balance",
    ),
}


def load(ctx):
    indexes = {
        page.slug: page
        for page in Page.objects.filter(
            slug__in=["aktuelles", "veranstaltungen", "projekte", "toolbox"],
            depth=3,
            locale=ctx.locales["de"],
        )
    }
    german = []  # the German home's sections as stored: the English ones pair with them
    for code, home in ctx.homes.items():
        text = HEADINGS[code]
        sections = []
        for slug, count in (("aktuelles", 3), ("veranstaltungen", 3)):
            if slug in indexes:
                heading, link_label = text[slug]
                sections.append(_latest(indexes[slug], heading, link_label, count))
        if "toolbox" in indexes:
            sections.append(_entry_points(indexes["toolbox"], text["toolbox"], code))
        if "projekte" in indexes:
            heading, link_label = text["projekte"]
            sections.append(_latest(indexes["projekte"], heading, link_label, 3))
        # Reload: the context's copy predates the index pages, and saving it would write back a
        # stale child count that hides the whole language tree from Wagtail's routing.
        home = type(home).objects.get(pk=home.pk)
        stream_block = type(home).body.field.stream_block
        if code == "de":
            sections = with_block_ids(stream_block, sections)
        else:  # block for block with the German home, as wagtail-localize pairs them
            sections = with_ids_of(stream_block, german, sections)
        if without_ids(list(home.body.raw_data)) != without_ids(sections):
            home.body = sections
            home.save_revision().publish()
        if code == "de":
            german = list(home.body.raw_data)


def _latest(index, heading, link_label, count):
    return {
        "type": "latest",
        "value": {
            "heading": heading,
            "index_page": index.pk,
            "count": count,
            "link_label": link_label,
        },
    }


def _entry_points(toolbox, heading, code):
    entries = []
    for slug, (title_de, text_de, title_en, text_en) in ENTRY_POINTS.items():
        title, text = (title_de, text_de) if code == "de" else (title_en, text_en)
        entries.append(
            {
                "page": toolbox.pk,
                "external_url": "",
                "label": "",
                "title": title,
                "text": text,
                "query": f"hazard={slug}",
            }
        )
    return {"type": "entry_points", "value": {"heading": heading, "entries": entries}}
