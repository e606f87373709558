"""Demo home pages and standard pages (about, peer-to-peer process, imprint); the privacy and
accessibility statements have their own page types (``demo.content.statements``)."""

from home.models import StandardPage

from ..illustrations import describe

HOME = {
    "de": {
        "title": "Smarte, klimaresiliente Städte",
        "intro": (
            "<p>Das Portal für smarte, klimaresiliente Städte: Neuigkeiten, Veranstaltungen, "
            "Projektsteckbriefe und eine Toolbox mit erprobten Methoden – von Kommunen für Kommunen.</p>"
        ),
        "teaser": "Wissen und Methoden für smarte, klimaresiliente Städte.",
    },
    "en": {
        "title": "Smart, climate-resilient cities",
        "intro": (
            "<p>The portal for smart, climate-resilient cities: news, events, project profiles and a "
            "toolbox of proven methods – by municipalities, for municipalities.</p>"
        ),
        "teaser": "Knowledge and methods for smart, climate-resilient cities.",
    },
}

# slug: (German title, English slug, English title, German body, English body)
STANDARD_PAGES = {
    "ueber-uns": (
        "Über das Portal",
        "about",
        "About the portal",
        "<p>Das Portal bündelt Wissen aus Forschung und kommunaler Praxis zu smarten, "
        "klimaresilienten Städten. Es entstand aus dem Forschungsprojekt SMARTilience und macht "
        "Methoden, Projekte und Erfahrungen für alle Kommunen zugänglich.</p>"
        "<h2>Was Sie hier finden</h2><ul><li>Neuigkeiten und Veranstaltungen</li>"
        "<li>Projektsteckbriefe</li><li>eine Toolbox mit Methoden für jede Phase der Klimaanpassung</li></ul>",
        "<p>The portal brings together knowledge from research and municipal practice on smart, "
        "climate-resilient cities. It grew out of the SMARTilience research project and makes "
        "methods, projects and experience available to every municipality.</p>"
        "<h2>What you will find here</h2><ul><li>News and events</li><li>Project profiles</li>"
        "<li>a toolbox of methods for every phase of climate adaptation</li></ul>",
    ),
    "peer-to-peer": (
        "Peer-to-Peer-Austausch",
        "peer-to-peer-exchange",
        "Peer-to-peer exchange",
        "<p>Städte lernen am besten voneinander. Im kostenlosen Peer-to-Peer-Prozess tauschen "
        "Kommunen praktische Erfahrungen und Lösungen zur Klimaanpassung gezielt aus – begonnen mit "
        "Halle (Saale) und Mannheim aus dem SMARTilience-Konsortium.</p>"
        "<h2>So funktioniert es</h2><ol><li>Interesse anmelden</li><li>Passende Partnerstadt finden</li>"
        "<li>Gemeinsame Austauschtreffen</li></ol>",
        "<p>Cities learn best from each other. In the free peer-to-peer process, municipalities "
        "exchange practical experience and solutions for climate adaptation – starting with Halle "
        "(Saale) and Mannheim from the SMARTilience consortium.</p>"
        "<h2>How it works</h2><ol><li>Register your interest</li><li>Find a matching partner city</li>"
        "<li>Meet for joint exchange sessions</li></ol>",
    ),
    "impressum": (
        "Impressum",
        "imprint",
        "Imprint",
        "<p>Angaben gemäß § 5 DDG. Verantwortlich für den Inhalt: Beispiel-Transferstelle, "
        "Musterstraße 1, 10115 Berlin, kontakt@example.org.</p>",
        "<p>Information according to § 5 DDG (German Digital Services Act). Responsible for the "
        "content: Example transfer office, Musterstraße 1, 10115 Berlin, kontakt@example.org.</p>",
    ),
}


def load(ctx):
    homes = ctx.homes
    hero = ctx.image("Skyline einer klimaresilienten Stadt", hue=190, motif="resilient_city")
    for code, home in homes.items():
        changed = False
        alt = describe("resilient_city", code)
        for name, value in {**HOME[code], "image": hero, "image_alt": alt}.items():
            if getattr(home, name) != value:
                setattr(home, name, value)
                changed = True
        if changed:
            home.save_revision().publish()
    for slug, (title_de, slug_en, title_en, body_de, body_en) in STANDARD_PAGES.items():
        german = ctx.page(
            homes["de"],
            StandardPage,
            slug,
            title=title_de,
            body=[{"type": "rich_text", "value": body_de}],
            show_in_menus=slug in {"ueber-uns", "peer-to-peer"},
        )
        ctx.translation(
            german, slug_en, title=title_en, body=[{"type": "rich_text", "value": body_en}]
        )
