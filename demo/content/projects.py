"""Demo project profiles (Projektsteckbriefe) in German with English translations, written
from the seed texts: the Nationale Dialogplattform Smart Cities, SMARTilience, Ulm4CleverCity,
and a planned regional learning network (invented for the demo, after the regional
conferences of the Smart Cities model projects, and marked as invented on its page). The
contacts are the demo's fictional people at the fictional demo office."""

import datetime

from projects.models import (
    DurationPrecision,
    PartnerRole,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from taxonomy.models import FundingProgramme, Municipality, Organisation, Person, Service, Topic

from ..illustrations import describe

INDEX = {
    "de": {
        "title": "Projekte",
        "teaser": "Projektsteckbriefe aus Forschung und kommunaler Praxis.",
        "intro": "<p>Forschungs- und Modellprojekte für smarte, klimaresiliente Städte: wer sie "
        "trägt, was sie erreichen wollen und was dabei herauskommt.</p>",
    },
    "en": {
        "title": "Projects",
        "teaser": "Project profiles from research and municipal practice.",
        "intro": "<p>Research and pilot projects for smart, climate-resilient cities: who runs "
        "them, what they set out to do and what they have found.</p>",
    },
}

PROJECTS = [
    {
        "slug": "nationale-dialogplattform-smart-cities",
        "hue": 205,
        "motif": "dialogue",
        "scope": "nationwide",
        # "Laufzeit 2022 bis 2023": the seed knows the years only.
        "precision": DurationPrecision.YEAR,
        "start_date": datetime.date(2022, 1, 1),
        "end_date": datetime.date(2023, 12, 31),
        "commissioned_by": ["bmwsb", "bbsr"],
        "funding_programme": None,
        "services": [
            "akteursbeteiligung",
            "moderation-und-mediation",
            "politikberatung",
            "prozessgestaltung",
            "wissenstransfer",
        ],
        "topics": ["digitalisierung"],  # "Themen: Digitalisierung"
        "partners": [(Organisation, "city-and-bits", PartnerRole.PARTNER)],
        "contacts": ["Miriam Hoffmann"],
        "links": [
            ("homepage", "https://www.smart-city-dialog.de/"),
            ("publication", "https://publikationen.example.org/leitlinien-resiliente-staedte"),
            ("podcast", "https://podcast.example.org/dialogplattform-smart-cities"),
        ],
        "de": {
            "title": "Nationale Dialogplattform Smart Cities 3.0",
            "teaser": "Mit rund 80 Expertinnen und Experten entstanden die „Leitlinien für die "
            "Entwicklung resilienter Städte im digitalen Zeitalter“.",
            "image_title": "Dialogplattform Smart Cities",
            "starting_point": "<p>Gesellschaftliche und technologische Veränderungen haben sich "
            "in den letzten Jahren rapide beschleunigt und prägen auch unsere Städte und "
            "Gemeinden. Die Digitalisierung ist zugleich Treiber dieser Wandlungsprozesse und "
            "kraftvolles Werkzeug, um langfristige Veränderungen ebenso wie disruptive Ereignisse "
            "lokal und in überregionalen Netzwerken zu bewältigen.</p><p>Die Dialogplattform Smart "
            "Cities wurde 2016 von der Bundesregierung ins Leben gerufen, um sich mit den Chancen "
            "und Herausforderungen der Digitalisierung auseinanderzusetzen.</p>",
            "goal": "<p>Die Plattform hatte zum Ziel, Handlungsempfehlungen dazu zu erarbeiten, "
            "wie die digitale Transformation nachhaltig, gemeinwohlorientiert und im Sinne der integrierten "
            "Stadtentwicklung gestaltet werden kann. Das Leitthema der dritten Phase lautete "
            "„Beschleunigter Wandel und Resilienz“.</p>",
            "approach": "<p>Mit dabei waren rund 80 Expert:innen aus Städten, Kreisen und "
            "Gemeinden, kommunalen Spitzenverbänden, Ländern und Bundesressorts, Wissenschaft, "
            "Wirtschafts- und Sozialverbänden sowie der Zivilgesellschaft. Betreut wurden sie in "
            "Kooperation mit City &amp; Bits: Im Projektverlauf wurden zwei Fachworkshops und drei "
            "größer angelegte Veranstaltungen mit Exkursionen konzipiert, organisiert und "
            "moderiert und der redaktionelle Prozess für die Leitlinien betreut.</p>",
            "results": "<p>Die „Leitlinien für die Entwicklung resilienter Städte im digitalen "
            "Zeitalter“ liefern Ansätze zur Bewältigung der Klimakrise und zur Sicherung der "
            "Daseinsvorsorge durch digitale Dienste. Sie benennen Informationssicherheit und "
            "Datenschutz als Schlüsselfaktoren für Resilienz und machen ökologische, ökonomische "
            "und soziale Nachhaltigkeit zur Messlatte digitaler Dienstleistungen.</p><p>Eine "
            "Publikation ergänzt die Leitlinien um Best Practice und Fachbeiträge, darunter "
            "„Raum und Resilienz – Warum integrierte Stadtentwicklung digitalisierte "
            "Stadtentwicklung ist“. Zwei Podcast-Folgen behandeln „Digitalisierung und "
            "Klimaresilienz“ sowie „Digitale Daseinsvorsorge“.</p>",
            "links": ["Projekthomepage", "Publikation und Leitlinien", "Podcast"],
        },
        "en": {
            "slug": "national-dialogue-platform-smart-cities",
            "title": "National Dialogue Platform Smart Cities 3.0",
            "teaser": "Some 80 experts drew up guidelines for developing resilient cities in "
            "the digital age.",
            "starting_point": "<p>Social and technological change has sped up sharply in recent "
            "years, and towns and cities feel it. Digitalisation drives much of this change, but "
            "it is also a strong tool for coping with slow shifts and sudden shocks alike, both "
            "locally and in networks across regions.</p><p>The federal government set up the "
            "Smart Cities Dialogue Platform in 2016 to explore what digitalisation offers cities "
            "and what it demands of them.</p>",
            "goal": "<p>The platform set out to work out recommendations on how to shape the "
            "digital transformation so that it is sustainable, serves the common good and follows the "
            "principles of integrated urban development. Its third phase was devoted to "
            "“accelerated change and resilience”.</p>",
            "approach": "<p>Around 80 experts took part, from cities, districts and "
            "municipalities, local government associations, the federal states and ministries, "
            "research, business and welfare associations and civil society. They were supported "
            "in cooperation with City &amp; Bits: over the course of the project, two expert "
            "workshops and three larger events with excursions were designed, organised and "
            "moderated, and the editorial process for the guidelines was looked after.</p>",
            "results": "<p>The guidelines for developing resilient cities in the digital age set "
            "out how digital services can help to tackle the climate crisis and secure essential "
            "public services. They name information security and data protection as key to "
            "resilience, and make ecological, economic and social sustainability the yardstick "
            "for digital services.</p><p>A publication adds good practice and expert articles to "
            "the guidelines, and two podcast episodes discuss digitalisation and climate "
            "resilience, and digital public services.</p>",
            "links": ["Project homepage", "Publication and guidelines", "Podcast"],
        },
    },
    {
        "slug": "smartilience",
        "hue": 150,
        "motif": "city_exchange",
        "scope": "nationwide",
        # Not in the seed: the research phase as Mannheim's project page dates it.
        "precision": DurationPrecision.DAY,
        "start_date": datetime.date(2019, 2, 1),
        "end_date": datetime.date(2022, 1, 31),
        "commissioned_by": [],  # funded by the BMBF (see the partners), not commissioned
        "funding_programme": "leitinitiative-zukunftsstadt",
        "services": ["wissenstransfer", "akteursbeteiligung", "prozessgestaltung"],
        "topics": ["klimaanpassung", "digitalisierung", "stadtentwicklung"],
        "partners": [
            (Municipality, "halle-saale", PartnerRole.PILOT),
            (Municipality, "mannheim", PartnerRole.PILOT),
            (Organisation, "bmbf", PartnerRole.FUNDER),
        ],
        "contacts": ["Tobias Krämer"],
        "links": [("homepage", "https://smartilience.example.org/")],
        "de": {
            "title": "SMARTilience: smarte, klimaresiliente Städte",
            "teaser": "Eine Toolbox und ein Peer-to-Peer-Prozess, damit Kommunen bei der "
            "Klimaanpassung voneinander lernen.",
            "image_title": "SMARTilience",
            "starting_point": "<p>Wie sehen die Städte unserer Zukunft aus? Vor welchen Problemen "
            "stehen die Verwaltungen, und wie können sie voneinander lernen? Viele Kommunen "
            "stehen bei Klimaschutz und Klimaanpassung vor ähnlichen Aufgaben, doch Wissen und "
            "Erfahrungen bleiben oft vor Ort.</p>",
            "goal": "<p>SMARTilience will Wissen gemeinsam erzeugen, strukturieren und teilen. "
            "Statt einfach ein weiteres Werkzeug auf den Markt zu bringen, sollen Vorhandenes "
            "eingebunden und Innovatives ergänzt werden. Ein Peer-to-Peer-Prozess soll praktische "
            "Erfahrungen und Lösungen gezielt zwischen Städten austauschen.</p>",
            "approach": "<p>Zum Konsortium gehören die Städte Halle (Saale) und Mannheim. Auf "
            "der Konferenz Zukunftsstadt 2019 in Münster war SMARTilience eines von über 70 "
            "Projekten zu Klimaschutz und Klimaanpassung und diskutierte mit Besucherinnen und "
            "Besuchern neue Ideen und den aktuellen Stand – vor allem die Konzeption der Toolbox "
            "und den Peer-to-Peer-Prozess.</p>",
            "results": "<p>Über die Konferenz wurden viele weitere Projekte identifiziert, die "
            "sich in den Kontext von SMARTilience einbetten lassen oder Aspekte daraus verwenden "
            "können. Weitere Städte sollen für den kostenlosen Peer-to-Peer-Prozess gewonnen "
            "werden.</p>",
            "links": ["Projekthomepage"],
        },
        "en": {
            "slug": "smartilience",
            "title": "SMARTilience: smart, climate-resilient cities",
            "teaser": "A toolbox and a peer-to-peer process that help municipalities learn "
            "from each other on climate adaptation.",
            "starting_point": "<p>What will the cities of our future look like? What problems do "
            "local administrations face, and how can they learn from one another? Many "
            "municipalities tackle similar tasks in climate mitigation and adaptation, yet what "
            "they learn often stays local.</p>",
            "goal": "<p>SMARTilience sets out to build, organise and share knowledge together. "
            "Rather than adding yet another tool to the market, it brings together what already "
            "exists and adds new ideas where they are missing. A peer-to-peer process lets "
            "cities exchange practical experience and solutions in a targeted way.</p>",
            "approach": "<p>The cities of Halle (Saale) and Mannheim are part of the consortium. "
            "At the Zukunftsstadt 2019 conference in Münster, SMARTilience was one of more than "
            "70 projects on climate mitigation and adaptation and discussed new ideas and the "
            "current state of work with visitors – above all the design of the toolbox and the "
            "peer-to-peer process.</p>",
            "results": "<p>The conference turned up many more projects that fit into the context "
            "of SMARTilience or can use parts of it. More cities are to be won for the free "
            "peer-to-peer process.</p>",
            "links": ["Project homepage"],
        },
    },
    {
        "slug": "ulm4clevercity",
        "hue": 225,
        "motif": "digital_city",
        "scope": "municipal",
        # "seit Projektbeginn Anfang 2020": the year is known, the day is not.
        "precision": DurationPrecision.YEAR,
        "start_date": datetime.date(2020, 1, 1),
        "end_date": None,
        "commissioned_by": [],  # funded by the BMI (see the partners), not commissioned
        "funding_programme": "modellprojekte-smart-cities",
        "services": ["wissenstransfer"],
        "topics": ["digitalisierung", "open-data", "stadtentwicklung"],
        "partners": [
            (Municipality, "ulm", PartnerRole.LEAD),
            (Organisation, "bmi", PartnerRole.FUNDER),
        ],
        "contacts": ["Julia Neumann"],
        "links": [],
        "de": {
            "title": "Ulm4CleverCity",
            "teaser": "Mit digitalen Ansätzen eine lebenswerte und nachhaltige Stadt gestalten – "
            "im Netzwerk der Modellprojekte Smart Cities.",
            "image_title": "Ulm4CleverCity",
            "starting_point": "<p>„Die Tragweite der digitalen Transformation für die "
            "Stadtentwicklung kann gar nicht groß genug eingeschätzt werden“, sagte Frau Polinna "
            "von Urban Catalyst im Transferworkshop der Modellkommunen; die Pandemie sei ein "
            "Katalysator für städtebauliche Veränderungen und digitale Umbrüche. Ulm ist dabei "
            "nicht allein: "
            "In der ersten Förderstaffel der Modellprojekte Smart Cities wurden 13 Kommunen und "
            "Regionen ausgewählt, in der zweiten kamen 32 hinzu.</p>",
            "goal": "<p>Ulm will mit digitalen Ansätzen eine lebenswerte und nachhaltige Stadt "
            "gestalten und die Lösungen nach den Grundsätzen von Open Data und Open Source mit "
            "anderen Kommunen teilen.</p>",
            "approach": "<p>Seit Projektbeginn Anfang 2020 baut Ulm auf ein Netzwerk mit anderen "
            "Modellkommunen. In Transferworkshops – etwa mit Osnabrück, Freiburg, Rostock und "
            "Kaiserslautern – tauschen die Städte Erfahrungen aus und entwickeln digitale "
            "Lösungen gemeinsam.</p>",
            "results": "<p>Was in einer Kommune entsteht, ist für alle nutzbar: So entwickeln "
            "mehrere Kommunen derzeit gemeinsam eine Stadt-App und nutzen sie auch "
            "gemeinsam.</p>",
            "links": [],
        },
        "en": {
            "slug": "ulm4clevercity",
            "title": "Ulm4CleverCity",
            "teaser": "Using digital approaches to make a city liveable and sustainable – as "
            "part of the Smart Cities model projects network.",
            "starting_point": "<p>“The impact of the digital transformation on urban "
            "development can hardly be overestimated”, said Ms Polinna of Urban Catalyst at the "
            "transfer workshop of the model municipalities; the pandemic, she said, is a catalyst "
            "for changes in urban planning and digital upheaval. Ulm is not on this path alone: 13 municipalities and regions were chosen in "
            "the first round of the Smart Cities model projects, and 32 more joined in the "
            "second.</p>",
            "goal": "<p>Ulm wants to use digital approaches to become a more liveable and "
            "sustainable city, and to share its solutions with other municipalities as open data "
            "and open source.</p>",
            "approach": "<p>Since the project started in early 2020, Ulm has built on a network "
            "of fellow model municipalities. In transfer workshops – for example with Osnabrück, "
            "Freiburg, Rostock and Kaiserslautern – the cities share experience and develop "
            "digital solutions together.</p>",
            "results": "<p>What one municipality builds, all can use: several municipalities are "
            "currently developing a city app together and use it together.</p>",
            "links": [],
        },
    },
    {
        "slug": "lernnetzwerk-lemgo-kalletal",
        "hue": 95,
        "motif": "sticky_notes",
        "scope": "regional",
        "precision": DurationPrecision.DAY,
        "start_date": datetime.date(2027, 4, 1),
        "end_date": datetime.date(2029, 3, 31),
        # Invented: no ministry, programme or office is claimed for it.
        "commissioned_by": [],
        "funding_programme": None,
        "services": ["akteursbeteiligung", "moderation-und-mediation", "prozessgestaltung"],
        "topics": ["digitalisierung", "buergerbeteiligung", "stadtentwicklung"],
        "partners": [
            (Municipality, "lemgo", PartnerRole.LEAD),
            (Municipality, "kalletal", PartnerRole.PARTNER),
        ],
        "contacts": ["Julia Neumann"],
        "links": [],
        "de": {
            "title": "Regionales Lernnetzwerk Lemgo-Kalletal",
            "teaser": "Erfundenes Demo-Beispiel: Stadt und Land entwickeln ihre "
            "Smart-City-Strategie gemeinsam – mit Bürgerbeteiligung und starken "
            "Akteursnetzwerken.",
            "image_title": "Lernnetzwerk Lemgo-Kalletal",
            "starting_point": "<p><em>Demo-Inhalt: ein erfundenes Beispielprojekt, das zeigt, "
            "wie der Steckbrief eines geplanten Projekts aussieht.</em></p><p>Viele Kommunen haben ähnliche Aufgaben, wenn es um eine "
            "zukunftsweisende Stadtentwicklung geht. Technik allein genügt nicht: Es braucht eine "
            "ganzheitliche Strategie, die die Lebensqualität im Sinne des Gemeinwohls "
            "verbessert.</p>",
            "goal": "<p>Die Hochschulstadt Lemgo und die ländliche Gemeinde Kalletal wollen "
            "voneinander lernen, Insellösungen vermeiden und Ressourcen schonen.</p>",
            "approach": "<p>Geplant sind Werkstätten mit Bürgerinnen und Bürgern, Verwaltung und "
            "lokalen Akteuren sowie ein regelmäßiger Austausch mit anderen Modellprojekten.</p>",
            "results": "",
            "links": [],
        },
        "en": {
            "slug": "learning-network-lemgo-kalletal",
            "title": "Lemgo-Kalletal regional learning network",
            "teaser": "An invented demo example: a town and its rural neighbour develop their "
            "smart city strategy together – with citizen participation and strong local "
            "networks.",
            "starting_point": "<p><em>Demo content: an invented example project that shows what "
            "the profile of a planned project looks like.</em></p><p>Many municipalities face the same questions about shaping "
            "their future development. Technology alone is not enough: it takes an overall "
            "strategy that improves quality of life for the common good.</p>",
            "goal": "<p>The university town of Lemgo and the rural municipality of Kalletal want "
            "to learn from each other, avoid isolated solutions and save resources.</p>",
            "approach": "<p>Workshops with residents, the administration and local stakeholders "
            "are planned, along with regular exchange with other model projects.</p>",
            "results": "",
            "links": [],
        },
    },
]


def _text(html: str) -> list[dict]:
    return [{"type": "rich_text", "value": html}] if html else []


def _links(spec: dict, titles: list[str]) -> list[dict]:
    return [
        {"type": "link", "value": {"kind": kind, "title": title, "url": url}}
        for (kind, url), title in zip(spec["links"], titles, strict=True)
    ]


def _texts(spec: dict, language: str) -> dict:
    texts = spec[language]
    return {
        "title": texts["title"],
        "teaser": texts["teaser"],
        "image_alt": describe(spec["motif"], language),
        "starting_point": _text(texts["starting_point"]),
        "goal": _text(texts["goal"]),
        "approach": _text(texts["approach"]),
        "results": _text(texts["results"]),
        "links": _links(spec, texts["links"]),
    }


def _partner_rows(ctx, page: ProjectPage | None, partners: list) -> list[ProjectPartner]:
    """The partner rows, reusing the page's existing rows so that a second run changes
    nothing (new rows would replace the old ones and publish a new revision)."""
    existing = list(page.partners.all()) if page is not None else []
    rows = []
    for order, (model, slug, role) in enumerate(partners):
        field = "municipality" if model is Municipality else "organisation"
        member = ctx.term(model, slug)
        # The same term in any language: an English page's rows hold the English terms.
        row = next(
            (
                r
                for r in existing
                if getattr(getattr(r, field), "translation_key", None) == member.translation_key
                and r.role == role
            ),
            None,
        )
        if row is None:
            row = ProjectPartner(**{field: member}, role=role)
        else:
            existing.remove(row)
        row.sort_order = order
        rows.append(row)
    return rows


def _project(ctx, index: ProjectIndexPage, spec: dict):
    existing = ProjectPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    programme = spec["funding_programme"]
    synced = {
        "image": ctx.image(spec["de"]["image_title"], hue=spec["hue"], motif=spec["motif"]),
        "scope": spec["scope"],
        "duration_precision": spec["precision"],
        "start_date": spec["start_date"],
        "end_date": spec["end_date"],
        "funding_programme": ctx.term(FundingProgramme, programme) if programme else None,
        "commissioned_by": ctx.terms(Organisation, *spec["commissioned_by"]),
        "services": ctx.terms(Service, *spec["services"]),
        "topics": ctx.terms(Topic, *spec["topics"]),
        "contacts": list(
            Person.objects.filter(locale=ctx.locales["de"], name__in=spec["contacts"])
        ),
    }
    german = ctx.page(
        index,
        ProjectPage,
        spec["slug"],
        **_texts(spec, "de"),
        **synced,
        partners=_partner_rows(ctx, existing, spec["partners"]),
    )
    english = german.get_translation_or_none(ctx.locales["en"])
    ctx.translation(
        german,
        spec["en"]["slug"],
        **_texts(spec, "en"),
        # Fields, rows and terms follow the German page, as wagtail-localize's sync would.
        **synced,
        partners=_partner_rows(ctx, english.specific if english else None, spec["partners"]),
    )


def load(ctx):
    index = ctx.page(
        ctx.homes["de"], ProjectIndexPage, "projekte", show_in_menus=True, **INDEX["de"]
    )
    ctx.translation(index, "projects", **INDEX["en"])
    for spec in PROJECTS:
        _project(ctx, index, spec)
