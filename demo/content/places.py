"""Demo overview of the municipalities (Kommunen) with its English translation; the profiles
are routes of this page and gather the demo projects, tools, events and news."""

from places.models import MunicipalityIndexPage

INDEX = {
    "de": {
        "title": "Kommunen",
        "teaser": "Städte, Gemeinden und Regionen mit ihren Projekten, Werkzeugen und Terminen.",
        "intro": "<p>Welche Kommune hat was erprobt? Die Karte und die Liste führen zu den "
        "Profilen der Kommunen: Projekte, eingesetzte Werkzeuge, Veranstaltungen und "
        "Neuigkeiten an einem Ort.</p>",
    },
    "en": {
        "title": "Municipalities",
        "teaser": "Cities, municipalities and regions with their projects, tools and events.",
        "intro": "<p>Which municipality has tried what? The map and the list lead to the "
        "municipalities' profiles: projects, tools used, events and news in one place.</p>",
    },
}


def load(ctx):
    index = ctx.page(
        ctx.homes["de"], MunicipalityIndexPage, "kommunen", show_in_menus=True, **INDEX["de"]
    )
    ctx.translation(index, "municipalities", **INDEX["en"])
