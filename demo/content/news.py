"""Demo news and events in German with English translations, retold from the seed texts:
the Zukunftsstadt 2019 conference, the Smart-City regional conferences 2022, the
Ulm4CleverCity transfer workshop and the guidelines of the Nationale Dialogplattform. The
upcoming events are invented for the demo: the fictional demo office organises them, and
their texts say so. Every item names the motif of its picture (``demo.illustrations``),
which also gives its alternative text."""

import datetime

from django.utils import timezone

from news.dates import EVENT_TIME_ZONE, all_day_bounds
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from taxonomy.models import Municipality, Organisation, Person, Topic

from ..illustrations import describe
from .taxonomy import DEMO_OFFICE

INDEXES = {
    NewsIndexPage: {
        "slug": ("aktuelles", "news"),
        "de": {
            "title": "Aktuelles",
            "teaser": "Neuigkeiten aus Projekten, Kommunen und dem Peer-to-Peer-Austausch.",
            "intro": "<p>Was Städte und Gemeinden auf dem Weg zur smarten, klimaresilienten "
            "Stadt bewegt: Berichte, Ergebnisse und Aufrufe.</p>",
        },
        "en": {
            "title": "News",
            "teaser": "News from projects, municipalities and the peer-to-peer exchange.",
            "intro": "<p>What moves cities and municipalities on their way to becoming smart and "
            "climate-resilient: reports, results and calls.</p>",
        },
    },
    EventIndexPage: {
        "slug": ("veranstaltungen", "events"),
        "de": {
            "title": "Veranstaltungen",
            "teaser": "Konferenzen, Workshops, Webinare und Austauschtreffen.",
            "intro": "<p>Hier finden Sie kommende Termine zum Mitmachen. Die Dokumentation "
            "vergangener Veranstaltungen steht im Archiv.</p>",
        },
        "en": {
            "title": "Events",
            "teaser": "Conferences, workshops, webinars and exchange meetings.",
            "intro": "<p>Upcoming dates to take part in. The documentation of past events is in "
            "the archive.</p>",
        },
    },
}


# Closes the text of every event the demo invents (the upcoming ones): not a real date.
DEMO_EVENT = {
    "de": "<p><em>Demo-Inhalt: ein erfundener Beispieltermin, keine echte Veranstaltung.</em></p>",
    "en": "<p><em>Demo content: an invented example, not a real event.</em></p>",
}


def text(html: str) -> list[dict]:
    return [{"type": "rich_text", "value": html}]


def quote(words: str, attribution: str) -> dict:
    return {"type": "quote", "value": {"quote": words, "attribution": attribution}}


NEWS = [
    {
        "slug": ("zukunftsstadt-2019", "future-city-2019"),
        "date": datetime.date(2019, 12, 16),
        "hue": 205,
        "motif": "conference",
        "topics": ["klimaschutz", "klimaanpassung", "digitalisierung"],
        "municipalities": ["muenster", "halle-saale", "mannheim"],
        "authors": ["Julia Neumann"],
        "de": {
            "title": "Zukunftsstadt 2019: Wie Städte voneinander lernen",
            "teaser": "Rund 400 Gäste diskutierten in Münster über die Stadt von morgen – "
            "und über die Frage, wie Verwaltungen ihr Wissen teilen können.",
            "body": text(
                "<p>Wie sehen die Städte unserer Zukunft aus, vor welchen Aufgaben stehen ihre "
                "Verwaltungen, und wie lernen sie voneinander? Um diese Fragen ging es im "
                "Dezember 2019 auf der Konferenz Zukunftsstadt in Münster. Das "
                "Bundesministerium für Bildung und Forschung (BMBF) hatte sie unter das Motto "
                "„Klima – aktiv, innovativ, digital“ gestellt.</p>"
                "<p>Etwa 400 Teilnehmende aus Kommunalverwaltung, Politik, Wissenschaft, "
                "Wirtschaft und Zivilgesellschaft hörten Reden, unter anderem vom "
                "Parlamentarischen Staatssekretär Dr. Michael Meister (BMBF) und von Prof. Dr. Jan "
                "Gehl, Stadtplaner und Architekt aus Kopenhagen, und arbeiteten in Workshops. Auf dem Markt der "
                "Möglichkeiten stellten sich mehr als 70 Projekte zu Klimaschutz und "
                "Klimaanpassung vor.</p>"
                "<h2>Toolbox und Peer-to-Peer-Prozess im Gespräch</h2>"
                "<p>SMARTilience war eines dieser Projekte. Mit den Besucherinnen und Besuchern "
                "wurden neue Ideen und der aktuelle Stand kritisch diskutiert, vor allem das "
                "Konzept der Toolbox und der Peer-to-Peer-Prozess. Der Grundgedanke: nicht noch ein weiteres Werkzeug "
                "entwickeln, sondern Vorhandenes nutzbar machen und um Neues ergänzen. Die "
                "Workshops zeigten, wie sehr Kommunen davon profitieren, voneinander zu lernen "
                "und Plattformen für den Austausch zu haben.</p>"
                "<p>Nach der Konferenz hat das Projektteam erste Teilnehmende angesprochen. Ziel "
                "ist es, neben Halle (Saale) und Mannheim, die zum Konsortium gehören, weitere "
                "Städte für den Austausch zu gewinnen.</p>"
            ),
        },
        "en": {
            "title": "Future City 2019: how cities learn from each other",
            "teaser": "Some 400 guests met in Münster to discuss the city of tomorrow – and "
            "how administrations can share what they know.",
            "body": text(
                "<p>What will the cities of our future look like, what challenges do their "
                "administrations face, and how do they learn from one another? These were the "
                "questions at the Zukunftsstadt (Future City) conference in Münster in December "
                "2019. The Federal Ministry of Education and Research (BMBF) held it under the "
                "motto “Climate – active, innovative, digital”.</p>"
                "<p>About 400 participants from municipal administrations, politics, research, "
                "business and civil society heard speeches, among them by Parliamentary State "
                "Secretary Dr Michael Meister (BMBF) and Prof. Dr Jan Gehl, urban planner and "
                "architect from Copenhagen, and worked together in workshops. More than 70 projects on climate "
                "mitigation and adaptation presented themselves at the marketplace of "
                "ideas.</p>"
                "<h2>Talking about the toolbox and the peer-to-peer process</h2>"
                "<p>SMARTilience was one of these projects. New ideas and the current state of "
                "work were discussed critically with visitors, above all the design of the "
                "toolbox and the peer-to-peer process. The idea behind "
                "both: rather than launching yet another tool, make existing ones usable and "
                "add what is new. The workshops showed how much municipalities gain from "
                "learning from each other and from having platforms for exchange.</p>"
                "<p>After the conference the project team contacted several participants. The "
                "aim is to win more cities for the exchange, alongside Halle (Saale) and "
                "Mannheim, which are part of the consortium.</p>"
            ),
        },
    },
    {
        "slug": ("staedte-fuer-peer-to-peer-gesucht", "cities-wanted-for-peer-to-peer"),
        "date": datetime.date(2020, 2, 3),
        "hue": 140,
        "motif": "round_table",
        "topics": ["klimaanpassung", "stadtentwicklung"],
        "municipalities": ["halle-saale", "mannheim"],
        "authors": ["Tobias Krämer"],
        "de": {
            "title": "Mitmachen: Städte für den Peer-to-Peer-Austausch gesucht",
            "teaser": "Kommunen, die Erfahrungen mit Klimaanpassung teilen und von anderen "
            "lernen möchten, können kostenlos am Peer-to-Peer-Prozess teilnehmen.",
            "body": text(
                "<p>Viele Städte stehen vor ähnlichen Fragen: Wo wird es im Sommer zu heiß? Wie "
                "lässt sich Starkregen sicher ableiten? Welche Daten braucht die Verwaltung "
                "dafür? Im Peer-to-Peer-Prozess tauschen sich Kommunen gezielt über ihre "
                "praktischen Erfahrungen und Lösungen aus.</p>"
                "<p>Halle (Saale) und Mannheim gehören zum Konsortium von SMARTilience. Jetzt sind "
                "weitere Städte und Gemeinden eingeladen, dazuzukommen.</p>"
                "<h2>Was Sie erwartet</h2>"
                "<ul><li>Einblicke in die Arbeit anderer Städte</li>"
                "<li>gezielter Austausch praktischer Erfahrungen und Lösungen</li>"
                "<li>Wissen, das Kommunen gemeinsam erarbeiten, ordnen und teilen</li></ul>"
                "<p>Die Teilnahme ist kostenlos. Melden Sie Ihr Interesse einfach über das "
                "Kontaktformular an.</p>"
            ),
        },
        "en": {
            "title": "Join in: cities wanted for the peer-to-peer exchange",
            "teaser": "Municipalities that want to share their experience with climate "
            "adaptation and learn from others can join the peer-to-peer process free of "
            "charge.",
            "body": text(
                "<p>Many cities face similar questions: where does it get too hot in summer? "
                "How can heavy rain be drained safely? What data does the administration need "
                "for this? In the peer-to-peer process, municipalities exchange their practical "
                "experience and solutions in a targeted way.</p>"
                "<p>Halle (Saale) and Mannheim are part of the SMARTilience consortium. Now more "
                "cities and municipalities are invited to join.</p>"
                "<h2>What to expect</h2>"
                "<ul><li>insights into the work of other cities</li>"
                "<li>a targeted exchange of practical experience and solutions</li>"
                "<li>knowledge that municipalities build, organise and share together</li>"
                "</ul>"
                "<p>Taking part is free. Simply register your interest through the contact "
                "form.</p>"
            ),
        },
    },
    {
        "slug": ("transferworkshop-modellkommunen", "transfer-workshop-model-municipalities"),
        "date": datetime.date(2021, 1, 28),
        "hue": 35,
        "motif": "city_network",
        "topics": ["digitalisierung", "open-data", "stadtentwicklung"],
        "municipalities": ["ulm", "osnabrueck", "freiburg", "rostock", "kaiserslautern"],
        "authors": ["Miriam Hoffmann"],
        "de": {
            "title": "Ein starkes Netzwerk: Transferworkshop der Modellkommunen Smart City",
            "teaser": "Ulm, Osnabrück, Freiburg, Rostock und Kaiserslautern teilen ihre "
            "Erfahrungen mit den Kommunen der zweiten Förderstaffel.",
            "body": [
                *text(
                    "<p>Mit digitalen Ansätzen eine lebenswerte und nachhaltige Stadt gestalten: "
                    "Das ist das Ziel von Ulm4CleverCity, das inzwischen im zweiten Jahr vom "
                    "Bundesministerium des Innern, für Bau und Heimat gefördert wird. Ulm ist "
                    "dabei nicht allein. In der ersten Förderstaffel wurden 13 Modellkommunen "
                    "und Regionen ausgewählt, in der zweiten kamen 32 hinzu. Voneinander zu "
                    "lernen und zusammenzuarbeiten, ist fester Bestandteil der Förderung.</p>"
                    "<p>Zum Auftakt des Transferworkshops berichteten Ulm, Osnabrück, Freiburg, "
                    "Rostock und Kaiserslautern aus ihrer Praxis. Schnell wurde deutlich: Die "
                    "Städte haben viel gemeinsam und stehen vor ähnlichen Herausforderungen.</p>"
                    "<h2>Gemeinsam entwickeln statt nur diskutieren</h2>"
                    "<p>Mit dem Workshop werden die Kommunen der zweiten Staffel in das Netzwerk "
                    "aufgenommen, auf das Ulm seit dem Projektstart Anfang 2020 setzt. Dabei "
                    "geht es auch darum, digitale Lösungen gemeinsam zu bauen. Nach den "
                    "Grundsätzen von Open Data und Open Source kann, was eine Kommune "
                    "entwickelt, von allen genutzt werden – so entsteht derzeit eine Stadt-App, "
                    "die mehrere Kommunen gemeinsam entwickeln und einsetzen.</p>"
                ),
                quote(
                    "Die Tragweite der digitalen Transformation für die Stadtentwicklung kann "
                    "gar nicht groß genug eingeschätzt werden.",
                    "Polinna, Urban Catalyst",
                ),
                *text(
                    "<p>Gerade die Pandemie wirke als Beschleuniger für städtebauliche und "
                    "digitale Umbrüche, so Polinna. Umso wichtiger sei es, jetzt gemeinsam "
                    "Visionen für resiliente Städte zu entwickeln. Auch das Ministerium betonte "
                    "die Vorreiterrolle der Modellprojekte und ermutigte die Städte, sich "
                    "auszutauschen.</p>"
                    "<p>Im Februar und März folgen weitere Transferworkshops. Dazwischen läuft "
                    "der Austausch über die neue nationale Dialogplattform weiter.</p>"
                ),
            ],
        },
        "en": {
            "title": "A strong network: transfer workshop of the Smart City model municipalities",
            "teaser": "Ulm, Osnabrück, Freiburg, Rostock and Kaiserslautern share their "
            "experience with the municipalities of the second funding round.",
            "body": [
                *text(
                    "<p>Using digital approaches to shape a liveable, sustainable city: that is "
                    "the aim of Ulm4CleverCity, now in its second year of funding from the "
                    "Federal Ministry of the Interior, Building and Community. Ulm is not on "
                    "its own. The first funding round selected 13 model municipalities and "
                    "regions; the second added 32 more. Learning from and working with each "
                    "other is a core part of the programme.</p>"
                    "<p>To open the transfer workshop, Ulm, Osnabrück, Freiburg, Rostock and "
                    "Kaiserslautern reported from their practice. It soon became clear that the "
                    "cities have a lot in common and face similar challenges.</p>"
                    "<h2>Building together, not just talking</h2>"
                    "<p>The workshop welcomes the municipalities of the second round into the "
                    "network Ulm has relied on since the project began in early 2020. The point "
                    "is also to build digital solutions together. Following the principles of "
                    "open data and open source, whatever one municipality develops can be used "
                    "by all – a city app, for example, is currently being developed and used "
                    "jointly by several municipalities.</p>"
                ),
                quote(
                    "The impact of the digital transformation on urban development can hardly "
                    "be overestimated.",
                    "Polinna, Urban Catalyst",
                ),
                *text(
                    "<p>The pandemic in particular is accelerating changes in urban planning "
                    "and digital upheaval, Polinna said. That makes it all the more important "
                    "to develop visions for resilient cities together now. The ministry, too, "
                    "stressed the pioneering role of the model projects and encouraged the "
                    "cities to exchange ideas.</p>"
                    "<p>More transfer workshops follow in February and March. In between, the "
                    "exchange continues on the new national dialogue platform.</p>"
                ),
            ],
        },
    },
    {
        "slug": ("regionalkonferenzen-2022", "regional-conferences-2022"),
        "date": datetime.date(2022, 3, 11),
        "hue": 260,
        "motif": "map_markers",
        "topics": ["digitalisierung", "buergerbeteiligung", "stadtentwicklung"],
        # The conference regions; Mayen, Mainz, Lübeck and Uelzen are only named as examples.
        "municipalities": ["landkreis-mayen-koblenz", "lemgo", "kalletal", "ulm"],
        "authors": ["Julia Neumann"],
        "de": {
            "title": "Smart-City-Strategien gemeinsam entwickeln: drei Regionalkonferenzen",
            "teaser": "Im Frühjahr 2022 veranstaltet das BMWSB die ersten drei "
            "Regionalkonferenzen der Modellprojekte Smart Cities: Sie zeigen, wie Kommunen zu "
            "einer ganzheitlichen Strategie finden.",
            "body": text(
                "<p>Ob Mayen oder Mainz, Lübeck oder Lemgo, Ulm oder Uelzen: Wer seine Stadt "
                "zukunftsfähig entwickeln will, hat ähnliche Aufgaben zu lösen. Viele der vom "
                "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) geförderten "
                "Modellprojekte Smart Cities haben dafür schon Konzepte – etwa um "
                "Planungsprozesse digital zu unterstützen, Bürgerbeteiligung zu organisieren "
                "oder natürliche Ressourcen zu managen.</p>"
                "<p>Technik allein reicht aber nicht. Damit sich die Lebensqualität der "
                "Menschen dauerhaft verbessert, braucht es eine ganzheitliche, "
                "gemeinwohlorientierte Strategie. Wie sie entstehen kann, zeigen die "
                "Regionalkonferenzen: Fachleute geben Impulse, Kommunen tauschen sich aus – "
                "damit keine Insellösungen entstehen und Ressourcen geschont werden.</p>"
                "<h2>Die Termine</h2>"
                "<ul><li>22. März 2022: virtuell, Landkreis Mayen-Koblenz – mit den "
                "Schwerpunkten Bürgerbeteiligung und Akteursnetzwerke</li>"
                "<li>31. März 2022: Region Lemgo-Kalletal</li>"
                "<li>5. April 2022: Ulm</li></ul>"
                "<p>Veranstalter der ersten drei Regionalkonferenzen ist das BMWSB. In seinem "
                "Auftrag ist die Koordinierungs- und Transferstelle (KTS) zentrale Anlaufstelle "
                "für Wissenstransfer und Vernetzung zum Thema Smart Cities: Sie bündelt das "
                "Wissen der Modellprojekte und macht es auch Kommunen ohne Förderung "
                "zugänglich.</p>"
            ),
        },
        "en": {
            "title": "Developing smart city strategies together: three regional conferences",
            "teaser": "In spring 2022 the BMWSB hosts the first three regional conferences "
            "of the Smart Cities model projects, showing how municipalities arrive at a "
            "holistic strategy.",
            "body": text(
                "<p>Mayen or Mainz, Lübeck or Lemgo, Ulm or Uelzen: any town that wants to "
                "prepare for the future faces similar tasks. Many of the Smart Cities model "
                "projects funded by the Federal Ministry for Housing, Urban Development and "
                "Building (BMWSB) already have concepts for this – for instance to support "
                "planning with digital tools, to organise citizen participation or to manage "
                "natural resources.</p>"
                "<p>Technology alone is not enough, though. Improving people's quality of life "
                "for good takes a holistic strategy oriented to the common good. The regional "
                "conferences show how to get there: experts share their insights and "
                "municipalities exchange ideas, so that isolated solutions are avoided and "
                "resources are saved.</p>"
                "<h2>The dates</h2>"
                "<ul><li>22 March 2022: online, Mayen-Koblenz district – focusing on citizen "
                "participation and networks of local actors</li>"
                "<li>31 March 2022: Lemgo-Kalletal region</li>"
                "<li>5 April 2022: Ulm</li></ul>"
                "<p>The first three regional conferences are hosted by the BMWSB. On its behalf, "
                "the Coordination and Transfer Office (KTS) is the central point of contact for "
                "knowledge transfer and networking on smart cities: it gathers what the model "
                "projects learn and makes it available to municipalities without funding, "
                "too.</p>"
            ),
        },
    },
    {
        "slug": ("leitlinien-resiliente-staedte", "guidelines-resilient-cities"),
        "date": datetime.date(2023, 5, 16),
        "hue": 170,
        "motif": "guidelines",
        "topics": ["resilienz", "digitalisierung", "daseinsvorsorge", "klimaanpassung"],
        "municipalities": [],
        "authors": ["Miriam Hoffmann"],
        "de": {
            "title": "Leitlinien für resiliente Städte im digitalen Zeitalter",
            "teaser": "Die Nationale Dialogplattform Smart Cities hat in ihrer dritten Phase "
            "Leitlinien zu Klimakrise, Daseinsvorsorge und Digitalisierung erarbeitet.",
            "body": text(
                "<p>Die Digitalisierung verändert Städte und Gemeinden – und sie ist zugleich "
                "ein Werkzeug, um mit langfristigem Wandel und plötzlichen Krisen umzugehen. "
                "Unter dem Leitthema „Beschleunigter Wandel und Resilienz“ haben rund 80 "
                "Expertinnen und Experten in der dritten Phase der Nationalen Dialogplattform "
                "Smart Cities die „Leitlinien für die Entwicklung resilienter Städte im "
                "digitalen Zeitalter“ erarbeitet.</p>"
                "<p>Beteiligt waren Städte, Kreise und Gemeinden, die kommunalen "
                "Spitzenverbände, Länder und Bundesressorts, die Wissenschaft, Wirtschafts- und "
                "Sozialverbände sowie die Zivilgesellschaft. Begleitet wurde der Prozess im "
                "Auftrag des BMWSB und des BBSR, gemeinsam mit City &amp; Bits.</p>"
                "<h2>Was die Leitlinien empfehlen</h2>"
                "<ul><li>digitale Technologien gezielt nutzen, um Klimaziele zu erreichen</li>"
                "<li>die Daseinsvorsorge durch digitale Dienste sichern</li>"
                "<li>Informationssicherheit und Datenschutz als Schlüssel für Resilienz in "
                "Planung und Bau verstehen</li>"
                "<li>digitale Dienstleistungen an ökologischer, ökonomischer und sozialer "
                "Nachhaltigkeit messen</li></ul>"
                "<p>Die Publikation ergänzt die Leitlinien um Praxisbeispiele und Fachbeiträge. "
                "Zwei Podcast-Folgen vertiefen die Themen Digitalisierung und Klimaresilienz "
                "sowie digitale Daseinsvorsorge.</p>"
            ),
        },
        "en": {
            "title": "Guidelines for resilient cities in the digital age",
            "teaser": "In its third phase, the National Dialogue Platform Smart Cities has "
            "drawn up guidelines on the climate crisis, public services and digitalisation.",
            "body": text(
                "<p>Digitalisation is changing cities and municipalities – and it is also a "
                "tool for coping with long-term change and sudden crises. Under the heading "
                "“Accelerated change and resilience”, some 80 experts in the third phase of "
                "the National Dialogue Platform Smart Cities drew up the “Guidelines for the "
                "development of resilient cities in the digital age”.</p>"
                "<p>Cities, districts and municipalities, the municipal umbrella "
                "organisations, the federal states and federal ministries, research, business "
                "and social associations and civil society all took part. The process was "
                "supported on behalf of the BMWSB and the BBSR, together with City &amp; "
                "Bits.</p>"
                "<h2>What the guidelines recommend</h2>"
                "<ul><li>use digital technologies deliberately to reach climate targets</li>"
                "<li>secure public services through digital services</li>"
                "<li>treat information security and data protection as keys to resilience in "
                "planning and building</li>"
                "<li>measure digital services by ecological, economic and social "
                "sustainability</li></ul>"
                "<p>The publication adds examples from practice and expert contributions to "
                "the guidelines. Two podcast episodes go deeper into digitalisation and "
                "climate resilience, and into digital public services.</p>"
            ),
        },
    },
    {
        "slug": ("toolbox-online", "toolbox-online"),
        # The portal's own news, not from a seed text: placed in the last weeks (see _news_date).
        "days_ago": 12,
        "hue": 95,
        "motif": "toolbox",
        "topics": ["klimaanpassung", "digitalisierung", "gruen-und-freiraum", "wasser"],
        "municipalities": [],  # about the portal's toolbox, not about a municipality
        "authors": ["Julia Neumann", "Tobias Krämer"],
        "de": {
            "title": "Die Toolbox ist online",
            "teaser": "Erprobte Methoden für die Klimaanpassung, sortiert nach Gefahr, "
            "Prozessphase und Zielgruppe – frei zugänglich für alle Kommunen.",
            "body": text(
                "<p>Hitze, Starkregen, Trockenheit: Kommunen müssen sich auf die Folgen des "
                "Klimawandels einstellen, oft mit wenig Personal. Die Toolbox sammelt dafür "
                "Methoden und Werkzeuge, die sich in der Praxis bewährt haben – von Leitfäden "
                "und Checklisten über Beteiligungsformate bis zu digitalen Analysen.</p>"
                "<h2>Finden, was passt</h2>"
                "<p>Jeder Eintrag beschreibt, wofür eine Methode gedacht ist, in welcher Phase "
                "sie hilft, welchen Aufwand sie erfordert und welche Daten nötig sind. Filter "
                "nach Klimagefahr, Prozessphase, Zielgruppe und Gemeindegröße führen schnell zu "
                "passenden Einträgen; jede Filterauswahl lässt sich als Link teilen.</p>"
                "<p>Die Toolbox geht auf die Diskussionen im Peer-to-Peer-Prozess zurück: "
                "Statt ein weiteres Werkzeug zu entwickeln, macht sie Vorhandenes auffindbar. "
                "Hinweise auf weitere Methoden nehmen wir gern entgegen.</p>"
            ),
        },
        "en": {
            "title": "The toolbox is online",
            "teaser": "Proven methods for climate adaptation, sorted by hazard, process phase "
            "and target group – freely available to every municipality.",
            "body": text(
                "<p>Heat, heavy rain, drought: municipalities have to prepare for the effects "
                "of climate change, often with few staff. The toolbox collects methods and "
                "tools that have proven themselves in practice – from guidelines and "
                "checklists to participation formats and digital analyses.</p>"
                "<h2>Find what fits</h2>"
                "<p>Each entry describes what a method is for, in which phase it helps, how "
                "much effort it takes and what data it needs. Filters by climate hazard, "
                "process phase, target group and municipality size lead quickly to suitable "
                "entries; every selection of filters can be shared as a link.</p>"
                "<p>The toolbox grew out of the discussions in the peer-to-peer process: "
                "instead of building yet another tool, it makes existing ones easy to find. "
                "We welcome suggestions for further methods.</p>"
            ),
        },
    },
]


# Past events are all-day events on fixed days; upcoming ones are placed relative to today (see _upcoming).
EVENTS = [
    {
        "slug": ("konferenz-zukunftsstadt-2019", "future-city-conference-2019"),
        # The seed says "im Dezember"; the days are those the BMBF's conference pages give.
        "dates": (datetime.date(2019, 12, 2), datetime.date(2019, 12, 3)),
        "event_type": EventPage.EventType.CONFERENCE,
        "event_format": EventPage.EventFormat.ON_SITE,
        "municipality": "muenster",
        "organiser": "bmbf",
        "hue": 215,
        "motif": "marketplace",
        "topics": ["klimaschutz", "klimaanpassung", "digitalisierung"],
        "municipalities": ["muenster"],
        "de": {
            "title": "Konferenz Zukunftsstadt 2019",
            "teaser": "„Klima – aktiv, innovativ, digital“: Kommunen, Politik, Wissenschaft und "
            "Zivilgesellschaft diskutieren über nachhaltige Stadtentwicklung.",
            "city": "Münster",
            "body": text(
                "<p>Das Bundesministerium für Bildung und Forschung lädt Akteure aus "
                "Verwaltung, Politik, Wissenschaft, Wirtschaft und Gesellschaft nach Münster "
                "ein. Reden, Workshops und ein Markt der Möglichkeiten mit Projekten zu "
                "Klimaschutz und Klimaanpassung stehen auf dem Programm.</p>"
            ),
            "documentation": text(
                "<p>Rund 400 Teilnehmende kamen nach Münster. Neben Reden, unter anderem von "
                "Dr. Michael Meister (BMBF) und Prof. Dr. Jan Gehl, prägten die Workshops und "
                "der Markt der Möglichkeiten mit mehr als 70 Projekten die Konferenz.</p>"
                "<h2>Ergebnisse aus Sicht von SMARTilience</h2>"
                "<ul><li>Die Konzeption der Toolbox und der Peer-to-Peer-Prozess standen im "
                "Mittelpunkt der Diskussionen mit den Besucherinnen und Besuchern.</li>"
                "<li>Viele Projekte wurden gefunden, die sich mit SMARTilience verbinden "
                "lassen.</li>"
                "<li>Kommunen wünschen sich Plattformen, um Wissen gemeinsam zu erarbeiten, zu "
                "ordnen und zu teilen.</li></ul>"
            ),
        },
        "en": {
            "title": "Future City Conference 2019",
            "teaser": "“Climate – active, innovative, digital”: municipalities, politics, "
            "research and civil society discuss sustainable urban development.",
            "city": "Münster",
            "body": text(
                "<p>The Federal Ministry of Education and Research invites people from "
                "administration, politics, research, business and society to Münster. The "
                "programme has speeches, workshops and a marketplace of projects on climate "
                "mitigation and adaptation.</p>"
            ),
            "documentation": text(
                "<p>Some 400 participants came to Münster. Besides speeches, among them by Dr "
                "Michael Meister (BMBF) and Prof. Dr Jan Gehl, the conference was shaped by its "
                "workshops and by the marketplace of more than 70 projects.</p>"
                "<h2>Results from the SMARTilience point of view</h2>"
                "<ul><li>The design of the toolbox and the peer-to-peer process were at the "
                "heart of the discussions with visitors.</li>"
                "<li>Many projects turned up that can be linked with SMARTilience.</li>"
                "<li>Municipalities want platforms to build, organise and share knowledge "
                "together.</li></ul>"
            ),
        },
    },
    {
        "slug": ("regionalkonferenz-mayen-koblenz", "regional-conference-mayen-koblenz"),
        "dates": (datetime.date(2022, 3, 22), datetime.date(2022, 3, 22)),
        "event_type": EventPage.EventType.CONFERENCE,
        "event_format": EventPage.EventFormat.ONLINE,
        "municipality": "landkreis-mayen-koblenz",
        "organiser": "bmwsb",
        "hue": 265,
        "motif": "video_conference",
        "topics": ["buergerbeteiligung", "digitalisierung", "stadtentwicklung"],
        "municipalities": ["landkreis-mayen-koblenz"],
        "de": {
            "title": "Regionalkonferenz Smart Cities: Mayen-Koblenz",
            "teaser": "Die erste von drei Regionalkonferenzen – virtuell, mit den Schwerpunkten "
            "Bürgerbeteiligung und Akteursnetzwerke.",
            "city": "",
            "body": text(
                "<p>Das Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) "
                "veranstaltet die erste von drei Regionalkonferenzen der Modellprojekte Smart "
                "Cities virtuell in Mayen-Koblenz. Im Fokus stehen Bürgerbeteiligung und "
                "Akteursnetzwerke – wichtige Bausteine in der Strategieentwicklung hin zur "
                "Smart City.</p>"
            ),
            # The seed announces the conference; what came of it is not known to the demo.
            "documentation": [],
        },
        "en": {
            "title": "Smart Cities regional conference: Mayen-Koblenz",
            "teaser": "The first of three regional conferences – online, focusing on citizen "
            "participation and networks of local actors.",
            "city": "",
            "body": text(
                "<p>The Federal Ministry for Housing, Urban Development and Building (BMWSB) "
                "hosts the first of three regional conferences of the Smart Cities model "
                "projects online in Mayen-Koblenz. It focuses on citizen participation and "
                "networks of local actors – key building blocks in developing a smart city "
                "strategy.</p>"
            ),
            "documentation": [],
        },
    },
    {
        "slug": ("regionalkonferenz-lemgo-kalletal", "regional-conference-lemgo-kalletal"),
        "dates": (datetime.date(2022, 3, 31), datetime.date(2022, 3, 31)),
        "event_type": EventPage.EventType.CONFERENCE,
        # Online, as the KTS's own report of the conference says (the seed names no format).
        "event_format": EventPage.EventFormat.ONLINE,
        "municipality": "lemgo",
        "organiser": "bmwsb",
        "hue": 280,
        "motif": "town_and_country",
        "topics": ["digitalisierung", "stadtentwicklung"],
        "municipalities": ["lemgo", "kalletal"],
        "de": {
            "title": "Regionalkonferenz Smart Cities: Lemgo-Kalletal",
            "teaser": "Die zweite Regionalkonferenz der Modellprojekte Smart Cities, "
            "veranstaltet vom BMWSB, in der Region Lemgo-Kalletal.",
            "city": "",
            "body": text(
                "<p>Die zweite der ersten drei Regionalkonferenzen, die das BMWSB im Frühjahr "
                "2022 veranstaltet, findet in der Region Lemgo-Kalletal statt. Durch "
                "Expertenimpulse und gemeinsamen Austausch werden Modelle der "
                "Strategieentwicklung vorgestellt und diskutiert, um Insellösungen zu vermeiden "
                "und Ressourcen zu schonen.</p>"
            ),
        },
        "en": {
            "title": "Smart Cities regional conference: Lemgo-Kalletal",
            "teaser": "The second regional conference of the Smart Cities model projects, "
            "hosted by the BMWSB, in the Lemgo-Kalletal region.",
            "city": "",
            "body": text(
                "<p>The second of the first three regional conferences the BMWSB hosts in "
                "spring 2022 takes place in the Lemgo-Kalletal region. Expert input and shared "
                "exchange present and discuss models of strategy development, so that isolated "
                "solutions are avoided and resources are saved.</p>"
            ),
        },
    },
    {
        "slug": ("regionalkonferenz-ulm", "regional-conference-ulm"),
        "dates": (datetime.date(2022, 4, 5), datetime.date(2022, 4, 5)),
        "event_type": EventPage.EventType.CONFERENCE,
        # Online, as the KTS's and Ulm's reports of the conference say.
        "event_format": EventPage.EventFormat.ONLINE,
        "municipality": "ulm",
        "organiser": "bmwsb",
        "hue": 250,
        "motif": "strategy_path",
        "topics": ["digitalisierung", "stadtentwicklung"],
        "municipalities": ["ulm"],
        "de": {
            "title": "Regionalkonferenz Smart Cities: Ulm",
            "teaser": "Die dritte Regionalkonferenz im Frühjahr 2022 findet in Ulm statt.",
            "city": "",
            "body": text(
                "<p>Die dritte der ersten drei Regionalkonferenzen der Modellprojekte Smart "
                "Cities, veranstaltet vom BMWSB, findet am 5. April 2022 in Ulm statt. Ziel "
                "ist es, durch Expertenimpulse und gemeinsamen Austausch Modelle der "
                "Strategieentwicklung vorzustellen und zu diskutieren.</p>"
            ),
        },
        "en": {
            "title": "Smart Cities regional conference: Ulm",
            "teaser": "The third regional conference of spring 2022 takes place in Ulm.",
            "city": "",
            "body": text(
                "<p>The third of the first three regional conferences of the Smart Cities "
                "model projects, hosted by the BMWSB, takes place in Ulm on 5 April 2022. Its "
                "aim is to present and discuss models of strategy development through expert "
                "input and shared exchange.</p>"
            ),
        },
    },
    {
        "slug": ("webinar-offene-daten-klimaanpassung", "webinar-open-data-climate-adaptation"),
        "upcoming": {"days": 21, "start": (14, 0), "end": (15, 30), "deadline_days": 2},
        "event_type": EventPage.EventType.WEBINAR,
        "event_format": EventPage.EventFormat.ONLINE,
        "organiser": DEMO_OFFICE,
        "registration_url": "https://www.example.org/anmeldung/webinar-offene-daten",
        "hue": 185,
        "motif": "dashboard",
        "topics": ["open-data", "klimaanpassung", "digitalisierung"],
        "municipalities": [],
        "de": {
            "title": "Webinar: Offene Daten für die Klimaanpassung",
            "teaser": "Welche offenen Daten helfen Kommunen, Hitze- und Starkregenrisiken "
            "einzuschätzen? Ein Überblick in 90 Minuten.",
            "body": text(
                "<p>Klimaanpassung braucht Daten: zu Oberflächentemperaturen, Versiegelung, "
                "Gewässern und Starkregenabfluss. Das Webinar stellt frei verfügbare "
                "Datenquellen vor und zeigt an Beispielen, wie Verwaltungen sie ohne großen "
                "Aufwand nutzen.</p>"
                "<h2>Ablauf</h2><ul><li>Überblick über offene Datenquellen</li>"
                "<li>Praxisbeispiel aus einer Kommune</li><li>Fragen und Austausch</li></ul>"
                "<p>Die Teilnahme ist kostenlos; den Zugangslink erhalten Sie nach der "
                "Anmeldung.</p>" + DEMO_EVENT["de"]
            ),
        },
        "en": {
            "title": "Webinar: open data for climate adaptation",
            "teaser": "Which open data help municipalities assess the risks of heat and heavy "
            "rain? An overview in 90 minutes.",
            "body": text(
                "<p>Climate adaptation needs data: on surface temperatures, sealed ground, "
                "water bodies and run-off from heavy rain. The webinar presents freely "
                "available data sources and shows with examples how administrations can use "
                "them without much effort.</p>"
                "<h2>Programme</h2><ul><li>An overview of open data sources</li>"
                "<li>An example from municipal practice</li><li>Questions and discussion</li>"
                "</ul><p>Taking part is free; you receive the access link after "
                "registering.</p>" + DEMO_EVENT["en"]
            ),
        },
    },
    {
        # Invented, like the upcoming ones: a past exchange whose documentation names the
        # tools discussed (set by demo.content.exchange, once the toolbox exists).
        "slug": ("peer-to-peer-treffen-starkregen", "peer-to-peer-meeting-heavy-rain"),
        "dates": (datetime.date(2026, 10, 14), datetime.date(2026, 10, 14)),
        "event_type": EventPage.EventType.PEER_EXCHANGE,
        "event_format": EventPage.EventFormat.ONLINE,
        "organiser": DEMO_OFFICE,
        "hue": 205,
        "motif": "rain_map_meeting",
        "topics": ["klimaanpassung", "wassermanagement"],
        "municipalities": ["halle-saale", "mannheim"],
        "de": {
            "title": "Peer-to-Peer-Treffen: Starkregenvorsorge",
            "teaser": "Halle (Saale) und Mannheim haben sich online über Gefahrenkarten und "
            "die Schwammstadt ausgetauscht.",
            "body": text(
                "<p>Wie kommt eine Kommune zu einer Starkregengefahrenkarte, und was folgt "
                "daraus für Bauvorhaben? Beim Austauschtreffen berichteten Halle (Saale) und "
                "Mannheim von ihren Erfahrungen.</p>" + DEMO_EVENT["de"]
            ),
            "documentation": text(
                "<p>Beide Städte wollen ihre Gefahrenkarten künftig gemeinsam fortschreiben "
                "und die Checkliste für Bauvorhaben in ihren Bauämtern erproben. Ein zweites "
                "Treffen zur Hitzevorsorge folgt.</p>"
            ),
        },
        "en": {
            "title": "Peer-to-peer meeting: preparing for heavy rain",
            "teaser": "Halle (Saale) and Mannheim compared notes online on hazard maps and the "
            "sponge city.",
            "body": text(
                "<p>How does a municipality get a heavy-rain hazard map, and what follows from "
                "it for building projects? At this exchange meeting, Halle (Saale) and "
                "Mannheim reported on their experience.</p>" + DEMO_EVENT["en"]
            ),
            "documentation": text(
                "<p>Both cities intend to update their hazard maps together and to try the "
                "checklist for building projects in their building departments. A second "
                "meeting on heat follows.</p>"
            ),
        },
    },
    {
        "slug": ("peer-to-peer-treffen-hitzevorsorge", "peer-to-peer-meeting-heat"),
        "upcoming": {"days": 45, "start": (10, 0), "end": (15, 30), "deadline_days": 14},
        "event_type": EventPage.EventType.PEER_EXCHANGE,
        "event_format": EventPage.EventFormat.HYBRID,
        "municipality": "mannheim",
        "organiser": DEMO_OFFICE,
        "registration_url": "https://www.example.org/anmeldung/peer-to-peer-hitze",
        "hue": 20,
        "motif": "shade",
        "topics": ["klimaanpassung", "gruen-und-freiraum", "daseinsvorsorge"],
        "municipalities": ["mannheim", "halle-saale"],
        "de": {
            "title": "Peer-to-Peer-Treffen: Hitzevorsorge in der Stadt",
            "teaser": "Mannheim und Halle (Saale) berichten, wie sie ihre Hitzevorsorge "
            "organisieren – und andere Kommunen bringen ihre Fragen mit.",
            "venue": "Rathaus, großer Sitzungssaal",
            "city": "Mannheim",
            "body": text(
                "<p>Kühle Orte, Trinkwasser, Hilfe für gefährdete Menschen: Hitzevorsorge "
                "betrifft viele Ämter zugleich. Beim Austauschtreffen zeigen Mannheim und "
                "Halle (Saale), wie sie Zuständigkeiten verteilen und Maßnahmen umsetzen.</p>"
                "<p>Das Treffen richtet sich an Mitarbeitende aus Kommunalverwaltungen. Sie "
                "können vor Ort in Mannheim oder online teilnehmen; die Plätze vor Ort sind "
                "begrenzt.</p>" + DEMO_EVENT["de"]
            ),
        },
        "en": {
            "title": "Peer-to-peer meeting: preparing cities for heat",
            "teaser": "Mannheim and Halle (Saale) report how they organise heat protection – "
            "and other municipalities bring their questions.",
            "venue": "Town hall, main council chamber",
            "city": "Mannheim",
            "body": text(
                "<p>Cool places, drinking water, help for people at risk: preparing for heat "
                "concerns many departments at once. At this exchange meeting, Mannheim and "
                "Halle (Saale) show how they share responsibilities and put measures into "
                "practice.</p>"
                "<p>The meeting is for staff of municipal administrations. You can take part "
                "on site in Mannheim or online; places on site are limited.</p>" + DEMO_EVENT["en"]
            ),
        },
    },
    {
        "slug": ("workshop-stadt-apps-gemeinsam", "workshop-shared-city-apps"),
        "upcoming": {"days": 75, "start": (9, 30), "end": (16, 0), "deadline_days": 21},
        "event_type": EventPage.EventType.WORKSHOP,
        "event_format": EventPage.EventFormat.ON_SITE,
        "municipality": "ulm",
        "organiser": DEMO_OFFICE,
        "registration_url": "https://www.example.org/anmeldung/workshop-stadt-apps",
        "hue": 45,
        "motif": "app",
        "topics": ["digitalisierung", "open-data"],
        "municipalities": ["ulm"],  # where it takes place; the text names no other town
        "de": {
            "title": "Workshop: Stadt-Apps gemeinsam entwickeln",
            "teaser": "Wie mehrere Kommunen eine App gemeinsam bauen und betreiben – mit "
            "Open Source und offenen Daten.",
            "venue": "Rathaus, Raum 101",
            "city": "Ulm",
            "body": text(
                "<p>Was eine Kommune entwickelt, sollen alle nutzen können. Im Workshop "
                "arbeiten Verwaltungen an den Grundlagen für gemeinsam entwickelte digitale "
                "Dienste: Lizenzen, Betrieb, Finanzierung und Zusammenarbeit über "
                "Stadtgrenzen hinweg.</p>" + DEMO_EVENT["de"]
            ),
        },
        "en": {
            "title": "Workshop: developing city apps together",
            "teaser": "How several municipalities build and run an app together – with open "
            "source and open data.",
            "venue": "Town hall, room 101",
            "city": "Ulm",
            "body": text(
                "<p>Whatever one municipality develops, all should be able to use. In this "
                "workshop, administrations work on the groundwork for jointly developed "
                "digital services: licences, operation, funding and cooperation across city "
                "boundaries.</p>" + DEMO_EVENT["en"]
            ),
        },
    },
]


def load(ctx):
    news_index, event_index = (_index(ctx, model) for model in (NewsIndexPage, EventIndexPage))
    people = {person.name: person for person in Person.objects.filter(locale=ctx.locales["de"])}
    for item in NEWS:
        _news(ctx, news_index, item, people)
    for item in EVENTS:
        _event(ctx, event_index, item)


def _index(ctx, model):
    data = INDEXES[model]
    german_slug, english_slug = data["slug"]
    page = ctx.page(ctx.homes["de"], model, german_slug, **data["de"])
    ctx.translation(page, english_slug, **data["en"])
    return page


def _shared(ctx, item) -> dict:
    """Fields and relations both languages share."""
    return {
        "image": ctx.image(item["de"]["title"], item["hue"], motif=item["motif"]),
        "topics": ctx.terms(Topic, *item["topics"]),
        "municipalities": ctx.terms(Municipality, *item["municipalities"]),
    }


def _news(ctx, parent, item, people):
    german_slug, english_slug = item["slug"]
    synced = {
        "date": _news_date(parent, german_slug, item),
        "authors": [people[name] for name in item["authors"] if name in people],
        **_shared(ctx, item),
    }
    page = ctx.page(parent, NewsPage, german_slug, **synced, **_with_alt(item, "de"))
    # Synchronised fields and relations follow the German page when they change.
    ctx.translation(page, english_slug, **synced, **_with_alt(item, "en"))


def _with_alt(item, language: str) -> dict:
    """The item's texts in ``language`` with the alternative text of its picture."""
    return {**item[language], "image_alt": describe(item["motif"], language)}


def _news_date(parent, slug, item) -> datetime.date:
    """The seed's date, or ``days_ago`` days before the first load (kept when loading again,
    so loading the demo again changes nothing)."""
    if "date" in item:
        return item["date"]
    existing = NewsPage.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.date
    return timezone.localdate() - datetime.timedelta(days=item["days_ago"])


def _event(ctx, parent, item):
    german_slug, english_slug = item["slug"]
    dates = _dates(parent, german_slug, item)
    municipality = item.get("municipality")
    organiser = item.get("organiser")
    synced = {
        "event_type": item["event_type"],
        "event_format": item["event_format"],
        "municipality": ctx.term(Municipality, municipality) if municipality else None,
        "organiser": ctx.term(Organisation, organiser) if organiser else None,
        "registration_url": item.get("registration_url", ""),
        **dates,
        **_shared(ctx, item),
    }
    page = ctx.page(parent, EventPage, german_slug, **synced, **_with_alt(item, "de"))
    # Synchronised fields and relations follow the German page when they change (the dates
    # of upcoming events move).
    ctx.translation(page, english_slug, **synced, **_with_alt(item, "en"))


def _dates(parent, slug, item) -> dict:
    if "upcoming" not in item:
        start, end = all_day_bounds(*item["dates"])
        return {"start": start, "end": end, "all_day": True, "registration_deadline": None}
    return _upcoming(parent, slug, **item["upcoming"])


def _upcoming(parent, slug, days, start, end, deadline_days) -> dict:
    """Dates ``days`` from today; an existing event that is still ahead keeps its dates, so
    loading the demo again changes nothing."""
    existing = EventPage.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None and existing.start > timezone.now():
        return {
            "start": existing.start,
            "end": existing.end,
            "all_day": existing.all_day,
            "registration_deadline": existing.registration_deadline,
        }
    day = timezone.localdate(timezone=EVENT_TIME_ZONE) + datetime.timedelta(days=days)
    return {
        "start": datetime.datetime.combine(day, datetime.time(*start), EVENT_TIME_ZONE),
        "end": datetime.datetime.combine(day, datetime.time(*end), EVENT_TIME_ZONE),
        "all_day": False,
        "registration_deadline": day - datetime.timedelta(days=deadline_days),
    }
