"""Demo toolbox: ten methods for climate-resilient cities, in German with English translations,
spread over every process phase and climate hazard. Written for the demo; the municipalities
named as practice examples illustrate the field and are not a record of actual use, which
every tool's page says (``DEMO_NOTE``). Only the peer-to-peer exchange names a source project:
SMARTilience's peer-to-peer process, which the seed texts describe."""

import datetime
import io

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.models import Page

from PIL import Image as PILImage
from PIL import ImageDraw

from taxonomy.models import Hazard, Municipality, ProcessPhase, TargetGroup, ToolType, Topic
from toolbox.models import ToolboxIndexPage, ToolPage

from ..illustrations import describe

INDEX = {
    "de": {
        "title": "Toolbox",
        "teaser": "Erprobte Methoden für smarte, klimaresiliente Städte – von Kommunen für "
        "Kommunen.",
        "intro": "<p>Leitfäden, Checklisten, Datensätze, Software und Beteiligungsformate, die "
        "sich in der kommunalen Praxis bewährt haben. Filtern Sie nach Klimagefahr, Prozessphase, "
        "Aufwand oder Gemeindegröße und finden Sie, was zu Ihrer Kommune passt.</p>",
    },
    "en": {
        "title": "Toolbox",
        "teaser": "Proven methods for smart, climate-resilient cities – by municipalities, for "
        "municipalities.",
        "intro": "<p>Guidelines, checklists, data sets, software and participation formats that "
        "have proved their worth in municipal practice. Filter by climate hazard, process phase, "
        "effort or size of municipality to find what suits yours.</p>",
    },
}


def _body(html: str) -> list[dict]:
    return [{"type": "rich_text", "value": html}]


# Closes every tool's text: the methods and their practice examples are demo content.
DEMO_NOTE = {
    "de": "<p><em>Demo-Inhalt: Diese Methode ist für die Demo beschrieben; die genannten "
    "Praxisbeispiele veranschaulichen das Themenfeld und belegen keinen tatsächlichen "
    "Einsatz.</em></p>",
    "en": "<p><em>Demo content: this method is described for the demo; the practice examples "
    "named illustrate the field and are no record of actual use.</em></p>",
}


TOOLS = [
    {
        "slug": ("hitzeaktionsplan", "heat-action-plan"),
        "hue": 15,
        "motif": "heat",
        "type": "leitfaden",
        "phases": ["planung", "umsetzung"],
        "hazards": ["hitze"],
        "topics": ["klimaanpassung", "daseinsvorsorge"],
        "groups": ["verwaltung", "politik"],
        "sizes": ["large", "medium"],
        "effort": "medium",
        "cost": "low",
        "duration": "medium",
        "licence": "cc-by-4.0",
        "reviewed": datetime.date(2024, 4, 15),
        "examples": ["mannheim", "freiburg", "mainz"],
        "de": {
            "title": "Hitzeaktionsplan in sechs Schritten",
            "teaser": "Ein Leitfaden, mit dem Kommunen festlegen, wer bei einer Hitzewelle was "
            "tut – von der Warnung bis zum kühlen Raum für ältere Menschen.",
            "data_needed": "Hitzewarnungen des Deutschen Wetterdienstes, Adressen von "
            "Pflegeeinrichtungen, Kitas und Schulen, eine Karte kühler Orte.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Hitzewellen sind das tödlichste Wetterereignis in "
                "Deutschland. Ein Hitzeaktionsplan bündelt Zuständigkeiten, Warnketten und "
                "Maßnahmen, damit nicht jede Hitzewelle neu improvisiert wird.</p>"
                "<h2>Die Schritte</h2><ol><li>Eine koordinierende Stelle benennen.</li>"
                "<li>Das Hitzewarnsystem an die eigenen Verteiler anbinden.</li>"
                "<li>Besonders gefährdete Gruppen und ihre Orte erfassen.</li>"
                "<li>Kurzfristige Maßnahmen festlegen: Trinkwasser, kühle Räume, angepasste "
                "Arbeitszeiten.</li><li>Langfristige Maßnahmen in Stadtplanung und Grünflächen "
                "verankern.</li><li>Nach jedem Sommer auswerten und nachschärfen.</li></ol>"
                "<h2>Erfahrungen</h2><p>Kommunen berichten, dass der Plan vor allem die "
                "Zusammenarbeit zwischen Gesundheitsamt, Sozialverwaltung und "
                "Katastrophenschutz verbessert. Ein schlanker erster Plan, der jedes Jahr wächst, "
                "hat sich besser bewährt als ein umfassendes Dokument, das nie fertig wird.</p>"
            ),
        },
        "en": {
            "title": "A heat action plan in six steps",
            "teaser": "A guideline that helps municipalities decide who does what in a "
            "heatwave – from the warning to a cool room for older people.",
            "data_needed": "Heat warnings from the German Weather Service, addresses of care "
            "homes, day-care centres and schools, a map of cool places.",
            "body": _body(
                "<h2>What it is about</h2><p>Heatwaves are the deadliest weather events in "
                "Germany. A heat action plan sets out responsibilities, warning chains and "
                "measures, so that no heatwave has to be handled by improvisation.</p>"
                "<h2>The steps</h2><ol><li>Name a coordinating office.</li>"
                "<li>Connect the heat warning system to your own mailing lists.</li>"
                "<li>Identify vulnerable groups and where they live, work and are cared for.</li>"
                "<li>Agree short-term measures: drinking water, cool rooms, adjusted working "
                "hours.</li><li>Anchor long-term measures in urban planning and green "
                "spaces.</li><li>Review after every summer and sharpen the plan.</li></ol>"
                "<h2>Experience</h2><p>Municipalities report that the plan above all improves "
                "cooperation between the public health office, social services and civil "
                "protection. A lean first plan that grows every year has worked better than a "
                "comprehensive document that is never finished.</p>"
            ),
        },
    },
    {
        "slug": ("starkregengefahrenkarte", "heavy-rain-hazard-map"),
        "hue": 210,
        "motif": "heavy_rain",
        "type": "analyse",
        "phases": ["planung"],
        "hazards": ["starkregen", "hochwasser"],
        "topics": ["wasser", "klimaanpassung", "open-data"],
        "groups": ["verwaltung", "buergerschaft", "wirtschaft"],
        "sizes": ["large", "medium", "small", "rural", "district"],
        "effort": "medium",
        "cost": "medium",
        "duration": "medium",
        "licence": "dl-de-by-2.0",
        "reviewed": datetime.date(2024, 9, 2),
        "examples": ["muenster", "osnabrueck", "luebeck"],
        "de": {
            "title": "Starkregengefahrenkarte",
            "teaser": "Eine Karte, die zeigt, wohin das Wasser bei einem Starkregen fließt und wo "
            "es sich sammelt – Grundlage für Planung, Vorsorge und Information der Bevölkerung.",
            "data_needed": "Digitales Geländemodell (1 m Raster), Gebäudeumrisse, Kanalnetzdaten, "
            "Niederschlagsszenarien; ein Ingenieurbüro oder eigene GIS-Kompetenz.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Starkregen kann überall fallen, auch fern von Flüssen. "
                "Eine Gefahrenkarte simuliert Abflusswege und Wassertiefen für seltene und "
                "außergewöhnliche Niederschläge und macht sichtbar, welche Straßen, Keller und "
                "Unterführungen gefährdet sind.</p><h2>So gehen Sie vor</h2><ol><li>Szenarien "
                "festlegen, zum Beispiel ein 100-jährliches und ein extremes Ereignis.</li>"
                "<li>Gelände- und Gebäudedaten aufbereiten, Durchlässe vor Ort prüfen.</li>"
                "<li>Abfluss simulieren und die Ergebnisse mit Ortskundigen plausibilisieren.</li>"
                "<li>Karten veröffentlichen und mit Hinweisen zur Eigenvorsorge verbinden.</li>"
                "</ol><h2>Tipp</h2><p>Veröffentlichen Sie die Karte als offenen Datensatz: "
                "Architektinnen, Versicherungen und Nachbarkommunen können sie dann direkt "
                "weiterverwenden.</p>"
            ),
        },
        "en": {
            "title": "Heavy-rain hazard map",
            "teaser": "A map that shows where water flows and pools in a cloudburst – the basis "
            "for planning, precaution and informing residents.",
            "data_needed": "Digital terrain model (1 m grid), building footprints, sewer network "
            "data, rainfall scenarios; an engineering consultancy or in-house GIS skills.",
            "body": _body(
                "<h2>What it is about</h2><p>Heavy rain can fall anywhere, far from any river. A "
                "hazard map simulates flow paths and water depths for rare and extreme rainfall "
                "and shows which streets, basements and underpasses are at risk.</p>"
                "<h2>How to proceed</h2><ol><li>Choose scenarios, for example a 100-year and an "
                "extreme event.</li><li>Prepare terrain and building data and check culverts on "
                "site.</li><li>Simulate run-off and have people who know the area check the "
                "results.</li><li>Publish the maps together with advice on how residents can "
                "protect their homes.</li></ol><h2>Tip</h2><p>Publish the map as an open data set: "
                "architects, insurers and neighbouring municipalities can then reuse it "
                "directly.</p>"
            ),
        },
    },
    {
        "slug": ("stadtklimaanalyse-sensornetz", "urban-climate-analysis-sensor-network"),
        "hue": 35,
        "motif": "sensors",
        "type": "analyse",
        "phases": ["planung", "bewertung"],
        "hazards": ["hitze", "trockenheit"],
        "topics": ["digitalisierung", "klimaanpassung", "open-data"],
        "groups": ["verwaltung", "wissenschaft"],
        "sizes": ["large", "medium"],
        "effort": "high",
        "cost": "medium",
        "duration": "long",
        "licence": "cc-by-4.0",
        "reviewed": datetime.date(2023, 11, 20),
        "examples": ["ulm", "halle-saale", "kaiserslautern"],
        "de": {
            "title": "Stadtklimaanalyse mit eigenem Sensornetz",
            "teaser": "Dutzende günstige Temperatur- und Feuchtesensoren zeigen, wo sich die "
            "Stadt aufheizt und wie gut Grünflächen und Wasser sie kühlen.",
            "data_needed": "Funknetz (zum Beispiel LoRaWAN), 30 bis 100 Sensoren, eine "
            "Datenplattform, Standortgenehmigungen; Daten des Deutschen Wetterdienstes zum "
            "Abgleich.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Klimamodelle liefern ein grobes Bild; ein Sensornetz "
                "misst, was auf Straßen und Plätzen tatsächlich passiert. Die Messreihen zeigen "
                "Hitzeinseln, nächtliche Abkühlung und die Wirkung neuer Bäume oder "
                "Wasserflächen.</p><h2>So gehen Sie vor</h2><ol><li>Fragen klären: Wo vermuten "
                "Sie Hitzeinseln, welche Maßnahmen wollen Sie bewerten?</li><li>Standorte "
                "repräsentativ auswählen und Referenzstationen einplanen.</li><li>Sensoren "
                "montieren, kalibrieren und die Datenübertragung testen.</li><li>Daten offen "
                "bereitstellen und jährlich auswerten.</li></ol><h2>Erfahrungen</h2><p>Die "
                "größte Arbeit steckt nicht in der Technik, sondern in Wartung und Auswertung. "
                "Planen Sie feste Zuständigkeiten und eine Kooperation mit einer Hochschule "
                "ein.</p>"
            ),
        },
        "en": {
            "title": "Urban climate analysis with a sensor network",
            "teaser": "Dozens of low-cost temperature and humidity sensors show where the city "
            "heats up and how well green spaces and water cool it down.",
            "data_needed": "A radio network (for example LoRaWAN), 30 to 100 sensors, a data "
            "platform, permits for the locations; German Weather Service data for comparison.",
            "body": _body(
                "<h2>What it is about</h2><p>Climate models give a rough picture; a sensor "
                "network measures what actually happens in streets and squares. The readings "
                "reveal heat islands, night-time cooling and the effect of new trees or water "
                "features.</p><h2>How to proceed</h2><ol><li>Clarify your questions: where do "
                "you expect heat islands, which measures do you want to evaluate?</li><li>Choose "
                "representative locations and include reference stations.</li><li>Mount and "
                "calibrate the sensors and test the data transmission.</li><li>Publish the data "
                "openly and evaluate it every year.</li></ol><h2>Experience</h2><p>The real work "
                "lies not in the technology but in maintenance and analysis. Plan for clear "
                "responsibilities and a partnership with a university.</p>"
            ),
        },
    },
    {
        "slug": ("schwammstadt-checkliste", "sponge-city-checklist"),
        "hue": 190,
        "motif": "sponge_city",
        "type": "checkliste",
        "phases": ["planung", "umsetzung"],
        "hazards": ["starkregen", "trockenheit", "hitze"],
        "topics": ["wasser", "gruen-und-freiraum", "stadtentwicklung"],
        "groups": ["verwaltung", "wirtschaft"],
        "sizes": ["large", "medium", "small"],
        "effort": "low",
        "cost": "low",
        "duration": "short",
        "licence": "cc-by-sa-4.0",
        "reviewed": datetime.date(2024, 6, 10),
        "examples": ["rostock", "freiburg"],
        "document": "Schwammstadt-Checkliste",
        "de": {
            "title": "Checkliste Schwammstadt für Bauvorhaben",
            "teaser": "Zwanzig Prüffragen, mit denen Planungsämter bei jedem Bauvorhaben "
            "klären, wie Regenwasser vor Ort versickert, gespeichert und genutzt wird.",
            "data_needed": "Bebauungsplan oder Bauantrag, Bodenkarte, Angaben zu versiegelten "
            "Flächen.",
            "body": _body(
                "<h2>Worum es geht</h2><p>In der Schwammstadt wird Regen nicht so schnell wie "
                "möglich abgeleitet, sondern dort gehalten, wo er fällt: in Mulden, Rigolen, "
                "Baumgruben und auf Gründächern. Das entlastet die Kanalisation bei Starkregen "
                "und versorgt Stadtgrün in Trockenzeiten.</p><h2>Die Checkliste</h2><p>Die "
                "Fragen sind nach Planungsstufe geordnet, zum Beispiel:</p><ul><li>Ist der "
                "Anteil versiegelter Fläche so klein wie möglich?</li><li>Wohin fließt das Wasser "
                "bei einem Extremregen, ohne Gebäude zu gefährden?</li><li>Können Bäume über "
                "Baumrigolen mit Regenwasser versorgt werden?</li><li>Wer pflegt die Anlagen "
                "nach der Fertigstellung?</li></ul><h2>Tipp</h2><p>Legen Sie die Checkliste "
                "schon beim ersten Gespräch mit Bauherren auf den Tisch – später sind Änderungen "
                "teuer.</p>"
            ),
        },
        "en": {
            "title": "Sponge-city checklist for building projects",
            "teaser": "Twenty questions with which planning departments check, for every "
            "building project, how rainwater is infiltrated, stored and used on site.",
            "data_needed": "Local development plan or planning application, soil map, figures "
            "on sealed surfaces.",
            "body": _body(
                "<h2>What it is about</h2><p>In a sponge city, rain is not drained away as fast "
                "as possible but held where it falls: in swales, infiltration trenches, tree pits "
                "and on green roofs. This relieves the sewers during heavy rain and waters urban "
                "greenery in dry spells.</p><h2>The checklist</h2><p>The questions follow the "
                "planning stages, for example:</p><ul><li>Is the sealed area as small as "
                "possible?</li><li>Where does water go in extreme rain without endangering "
                "buildings?</li><li>Can trees be supplied with rainwater through tree "
                "trenches?</li><li>Who maintains the installations once they are built?</li></ul>"
                "<h2>Tip</h2><p>Put the checklist on the table at the first meeting with "
                "developers – changes later on are expensive.</p>"
            ),
        },
    },
    {
        "slug": ("klimaresiliente-strassenbaeume", "drought-resilient-street-trees"),
        "hue": 110,
        "motif": "drought",
        "type": "datensatz",
        "phases": ["planung", "umsetzung"],
        "hazards": ["trockenheit", "hitze", "sturm"],
        "topics": ["gruen-und-freiraum", "klimaanpassung", "open-data"],
        "groups": ["verwaltung"],
        "sizes": ["large", "medium", "small", "rural"],
        "effort": "low",
        "cost": "low",
        "duration": "short",
        "licence": "cc0-1.0",
        "reviewed": datetime.date(2025, 2, 3),
        "examples": ["mainz", "ulm", "lemgo"],
        "de": {
            "title": "Baumartenliste für trockenheitsresistente Straßenbäume",
            "teaser": "Ein offener Datensatz mit Baumarten, die Hitze, lange Trockenphasen und "
            "Sturm in der Stadt gut vertragen – mit Standortansprüchen und Erfahrungen aus "
            "Kommunen.",
            "data_needed": "Baumkataster der Kommune (hilfreich, nicht zwingend), Angaben zu "
            "Standort, Wurzelraum und Leitungen.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Viele klassische Straßenbäume leiden unter den "
                "trockenen Sommern. Die Liste bewertet Arten nach Trockenheitstoleranz, "
                "Frosthärte, Windstabilität und Wert für Insekten und nennt, wo sie bereits "
                "gepflanzt wurden.</p><h2>So nutzen Sie die Liste</h2><ol><li>Standort "
                "beschreiben: Platz für die Krone, Wurzelraum, Versiegelung.</li><li>Arten nach "
                "Standortklasse filtern.</li><li>Mischung planen, damit ein Schädling nicht ganze "
                "Alleen trifft.</li><li>Eigene Erfahrungen an die Liste zurückmelden.</li></ol>"
                "<h2>Hinweis</h2><p>Auch die robusteste Art braucht in den ersten drei Jahren "
                "verlässliche Bewässerung.</p>"
            ),
        },
        "en": {
            "title": "Species list of drought-resilient street trees",
            "teaser": "An open data set of tree species that cope well with heat, long dry spells "
            "and storms in the city – with site requirements and municipal experience.",
            "data_needed": "The municipal tree register (helpful, not essential), details of the "
            "site, root space and utility lines.",
            "body": _body(
                "<h2>What it is about</h2><p>Many traditional street trees suffer in dry "
                "summers. The list rates species by drought tolerance, frost hardiness, wind "
                "stability and value for insects, and says where they have already been "
                "planted.</p><h2>How to use the list</h2><ol><li>Describe the site: room for the "
                "crown, root space, sealing.</li><li>Filter the species by site class.</li>"
                "<li>Plan a mix so that a single pest cannot strike whole avenues.</li><li>Report "
                "your own experience back to the list.</li></ol><h2>Note</h2><p>Even the most "
                "robust species needs reliable watering during its first three years.</p>"
            ),
        },
    },
    {
        "slug": ("hochwasser-fruehwarn-dashboard", "flood-early-warning-dashboard"),
        "hue": 225,
        "motif": "flood",
        "type": "software",
        "phases": ["umsetzung", "bewertung"],
        "hazards": ["hochwasser", "starkregen"],
        "topics": ["open-data", "digitalisierung", "wasser", "resilienz"],
        "groups": ["verwaltung", "buergerschaft"],
        "sizes": ["large", "medium", "district"],
        "effort": "high",
        "cost": "medium",
        "duration": "medium",
        "licence": "other",
        "licence_url": "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
        "reviewed": datetime.date(2024, 10, 28),
        "examples": ["lemgo", "landkreis-mayen-koblenz", "rostock"],
        "de": {
            "title": "Hochwasser-Frühwarn-Dashboard mit offenen Daten",
            "teaser": "Eine quelloffene Webanwendung, die Pegel, Niederschlagsradar und "
            "Warnungen auf einer Karte zusammenführt – für Krisenstab, Feuerwehr und "
            "Bevölkerung.",
            "data_needed": "Pegeldaten (z. B. von Landesämtern), Radar- und Warndaten des "
            "Deutschen Wetterdienstes, eigene Sensoren an kleinen Gewässern; ein Server oder "
            "Cloud-Dienst, IT-Betrieb.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Bei Hochwasser zählen Minuten. Das Dashboard zeigt "
                "auf einen Blick, wie sich Pegel entwickeln, wo es gerade stark regnet und welche "
                "Warnungen gelten. Schwellenwerte lösen Benachrichtigungen an festgelegte "
                "Verteiler aus.</p><h2>So gehen Sie vor</h2><ol><li>Vorhandene Datenquellen "
                "sichten und fehlende Messpunkte an kleinen Bächen ergänzen.</li><li>Schwellenwerte "
                "gemeinsam mit Feuerwehr und Wasserwirtschaft festlegen.</li><li>Die Anwendung "
                "installieren und an die Datenquellen anbinden.</li><li>Den Ernstfall üben und "
                "nach jedem Ereignis auswerten.</li></ol><h2>Lizenz</h2><p>Der Quellcode steht "
                "unter der European Union Public Licence (EUPL) 1.2; Anpassungen fließen in das "
                "gemeinsame Repository zurück.</p>"
            ),
        },
        "en": {
            "title": "Flood early-warning dashboard with open data",
            "teaser": "An open-source web application that brings river gauges, rain radar and "
            "warnings together on one map – for the crisis team, fire brigade and residents.",
            "data_needed": "Gauge data (for example from state agencies), radar and warning data "
            "from the German Weather Service, your own sensors on small streams; a server or "
            "cloud service, IT operations.",
            "body": _body(
                "<h2>What it is about</h2><p>In a flood, minutes count. The dashboard shows at a "
                "glance how water levels are developing, where it is raining hard right now and "
                "which warnings are in force. Thresholds trigger notifications to agreed "
                "distribution lists.</p><h2>How to proceed</h2><ol><li>Review the available data "
                "sources and add measuring points on small streams.</li><li>Set thresholds "
                "together with the fire brigade and water authorities.</li><li>Install the "
                "application and connect it to the data sources.</li><li>Rehearse an emergency "
                "and review after every event.</li></ol><h2>Licence</h2><p>The source code is "
                "published under the European Union Public Licence (EUPL) 1.2; improvements flow "
                "back into the shared repository.</p>"
            ),
        },
    },
    {
        "slug": ("klimaspaziergang", "climate-walk"),
        "hue": 95,
        "motif": "climate_walk",
        "type": "beteiligungsformat",
        "phases": ["planung", "bewertung"],
        "hazards": ["hitze", "starkregen"],
        "topics": ["buergerbeteiligung", "klimaanpassung"],
        "groups": ["buergerschaft", "politik", "verwaltung"],
        "sizes": ["medium", "small", "rural"],
        "effort": "low",
        "cost": "low",
        "duration": "short",
        "licence": "cc-by-4.0",
        "reviewed": datetime.date(2024, 7, 1),
        "examples": ["uelzen", "mayen", "kalletal"],
        "de": {
            "title": "Klimaspaziergang",
            "teaser": "Ein zweistündiger Rundgang, bei dem Bürgerinnen, Politik und Verwaltung "
            "gemeinsam Hitzeorte, Überflutungsstellen und gute Beispiele im Quartier "
            "entdecken.",
            "data_needed": "Eine Route mit fünf bis acht Stationen, Hitze- oder "
            "Starkregenkarten als Ausdruck, ein Thermometer, Material zum Notieren.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Klimaanpassung wird greifbar, wenn man an einem "
                "heißen Nachmittag auf einem unbeschatteten Platz steht. Beim Klimaspaziergang "
                "erkunden Teilnehmende ihr Quartier, sammeln Beobachtungen und schlagen "
                "Verbesserungen vor.</p><h2>Ablauf</h2><ol><li>Route mit Ortskundigen "
                "festlegen, barrierefrei und mit Sitzgelegenheiten.</li><li>An jeder Station "
                "kurz erklären, was die Karten zeigen, und dann fragen, was die Menschen "
                "erleben.</li><li>Vorschläge auf einer Karte sammeln.</li><li>Ergebnisse "
                "veröffentlichen und sagen, was daraus wird.</li></ol><h2>Tipp</h2><p>Laden Sie "
                "gezielt Menschen ein, die sonst selten an Beteiligung teilnehmen, etwa über "
                "Seniorentreffs oder Schulen.</p>"
            ),
        },
        "en": {
            "title": "Climate walk",
            "teaser": "A two-hour walk on which residents, councillors and staff discover "
            "hot spots, flooding points and good examples in their neighbourhood together.",
            "data_needed": "A route with five to eight stops, printed heat or heavy-rain maps, a "
            "thermometer, material for taking notes.",
            "body": _body(
                "<h2>What it is about</h2><p>Climate adaptation becomes tangible when you stand "
                "on a square without shade on a hot afternoon. On a climate walk, participants "
                "explore their neighbourhood, collect observations and suggest "
                "improvements.</p><h2>How it works</h2><ol><li>Plan the route with local people: "
                "step-free and with places to sit.</li><li>At each stop, briefly explain what the "
                "maps show, then ask what people experience.</li><li>Collect suggestions on a "
                "map.</li><li>Publish the results and say what will happen next.</li></ol>"
                "<h2>Tip</h2><p>Invite people who rarely take part in consultations, for example "
                "through senior citizens' clubs or schools.</p>"
            ),
        },
    },
    {
        "slug": ("peer-to-peer-austausch", "peer-to-peer-exchange"),
        "hue": 150,
        "motif": "town_halls",
        "type": "beteiligungsformat",
        "phases": ["planung", "umsetzung", "bewertung"],
        "hazards": ["hitze", "starkregen", "trockenheit"],
        "topics": ["resilienz", "klimaanpassung", "stadtentwicklung"],
        "groups": ["verwaltung", "wissenschaft"],
        "sizes": ["large", "medium", "small"],
        "effort": "medium",
        "cost": "low",
        "duration": "long",
        "licence": "cc-by-4.0",
        "reviewed": datetime.date(2024, 3, 12),
        "examples": ["halle-saale", "mannheim"],
        "source_project": "smartilience",
        "de": {
            "title": "Peer-to-Peer-Austausch zwischen Städten",
            "teaser": "Ein Format, in dem zwei bis vier Kommunen über ein Jahr voneinander "
            "lernen: mit gegenseitigen Besuchen, kollegialer Beratung und gemeinsamen "
            "Auswertungen.",
            "data_needed": "Eine konkrete Frage jeder teilnehmenden Kommune, je eine feste "
            "Ansprechperson, Reisebudget für zwei Besuche.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Viele Städte stehen vor denselben Aufgaben, doch "
                "Erfahrungen bleiben oft im eigenen Rathaus. Im Peer-to-Peer-Austausch bringt "
                "jede Kommune eine offene Frage mit und berät die anderen mit dem, was bei ihr "
                "funktioniert hat – und was nicht.</p><h2>Ablauf</h2><ol><li>Auftakt: Fragen "
                "schärfen, Tandems oder Kleingruppen bilden.</li><li>Gegenseitige Besuche vor "
                "Ort, jeweils mit Fachleuten aus den betroffenen Ämtern.</li><li>Kollegiale "
                "Beratung in festen Online-Terminen.</li><li>Gemeinsame Auswertung: Was nehmen "
                "wir mit, was geben wir weiter?</li></ol><h2>Erfahrungen</h2><p>Der Austausch "
                "wirkt am stärksten, wenn nicht nur Klimaschutzmanager, sondern auch "
                "Tiefbau, Grünflächen und Gesundheit beteiligt sind.</p>"
            ),
        },
        "en": {
            "title": "Peer-to-peer exchange between cities",
            "teaser": "A format in which two to four municipalities learn from each other over a "
            "year: through mutual visits, peer advice and joint reviews.",
            "data_needed": "A concrete question from each participating municipality, one "
            "permanent contact person each, a travel budget for two visits.",
            "body": _body(
                "<h2>What it is about</h2><p>Many cities face the same tasks, yet experience "
                "often stays inside one town hall. In a peer-to-peer exchange, each municipality "
                "brings an open question and advises the others on what has worked for it – and "
                "what has not.</p><h2>How it works</h2><ol><li>Kick-off: sharpen the questions, "
                "form pairs or small groups.</li><li>Mutual visits on site, each with experts "
                "from the departments concerned.</li><li>Peer advice in regular online "
                "meetings.</li><li>Joint review: what do we take home, what do we pass on?</li>"
                "</ol><h2>Experience</h2><p>The exchange works best when not only climate "
                "managers but also civil engineering, parks and public health take part.</p>"
            ),
        },
    },
    {
        "slug": ("indikatoren-klimafolgen-monitoring", "climate-impact-monitoring-indicators"),
        "hue": 260,
        "motif": "indicators",
        "type": "leitfaden",
        "phases": ["bewertung"],
        "hazards": ["hitze", "starkregen", "hochwasser", "trockenheit", "sturm"],
        "topics": ["klimaanpassung", "resilienz", "open-data"],
        "groups": ["verwaltung", "politik", "wissenschaft"],
        "sizes": ["large", "medium", "district"],
        "effort": "medium",
        "cost": "low",
        "duration": "long",
        "licence": "dl-de-by-2.0",
        "reviewed": datetime.date(2025, 1, 20),
        "examples": ["muenster", "kaiserslautern"],
        "de": {
            "title": "Indikatoren für das kommunale Klimafolgen-Monitoring",
            "teaser": "Ein Set aus 24 Indikatoren, mit dem Kommunen verfolgen, wie sich "
            "Klimafolgen entwickeln und ob ihre Anpassungsmaßnahmen wirken.",
            "data_needed": "Klimadaten, Einsatzstatistiken der Feuerwehr, Daten zu Grünflächen "
            "und Versiegelung, Gesundheitsdaten (aggregiert); eine Stelle, die jährlich "
            "berichtet.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Wer Geld in Klimaanpassung steckt, will wissen, ob es "
                "wirkt. Das Indikatorenset beschreibt für jede Klimagefahr, was gemessen wird, "
                "woher die Daten kommen und wie oft sie erhoben werden.</p><h2>Beispiele</h2>"
                "<ul><li>Zahl der heißen Tage und Tropennächte</li><li>Feuerwehreinsätze wegen "
                "Starkregen und Hochwasser</li><li>Anteil entsiegelter Fläche pro Jahr</li>"
                "<li>Ausfälle von Stadtbäumen nach Trockensommern</li><li>Sturmschäden an "
                "öffentlicher Infrastruktur</li></ul><h2>Tipp</h2><p>Fangen Sie mit fünf "
                "Indikatoren an, für die es schon Daten gibt, und bauen Sie das Monitoring "
                "schrittweise aus.</p>"
            ),
        },
        "en": {
            "title": "Indicators for municipal climate-impact monitoring",
            "teaser": "A set of 24 indicators with which municipalities track how climate "
            "impacts develop and whether their adaptation measures work.",
            "data_needed": "Climate data, fire brigade call-out statistics, data on green space "
            "and sealing, aggregated health data; an office that reports every year.",
            "body": _body(
                "<h2>What it is about</h2><p>Anyone who invests in climate adaptation wants to "
                "know whether it works. For each climate hazard the indicator set describes what "
                "is measured, where the data come from and how often they are collected.</p>"
                "<h2>Examples</h2><ul><li>Number of hot days and tropical nights</li><li>Fire "
                "brigade call-outs for heavy rain and flooding</li><li>Share of surface unsealed "
                "per year</li><li>Loss of street trees after dry summers</li><li>Storm damage to "
                "public infrastructure</li></ul><h2>Tip</h2><p>Start with five indicators for "
                "which data already exist and extend the monitoring step by step.</p>"
            ),
        },
    },
    {
        "slug": ("leitfaden-gruendachfoerderung", "green-roof-subsidy-guide"),
        "hue": 125,
        "motif": "green_roofs",
        "type": "leitfaden",
        "phases": ["umsetzung"],
        "hazards": ["starkregen", "hitze"],
        "topics": ["gruen-und-freiraum", "klimaanpassung", "wasser"],
        "groups": ["verwaltung", "politik", "buergerschaft", "wirtschaft"],
        "sizes": ["large", "medium", "small"],
        "effort": "medium",
        "cost": "medium",
        "duration": "medium",
        "licence": "cc-by-4.0",
        "reviewed": datetime.date(2024, 5, 6),
        "examples": ["osnabrueck", "mainz", "luebeck"],
        "document": "Mustersatzung Gründachförderung",
        "de": {
            "title": "Leitfaden für ein kommunales Gründach-Förderprogramm",
            "teaser": "Wie Kommunen ein Förderprogramm für Dach- und Fassadenbegrünung "
            "aufsetzen: Fördergegenstand, Richtlinie, Antragsweg und Öffentlichkeitsarbeit.",
            "data_needed": "Ein Budget im Haushalt, ein Gründachkataster oder Luftbilder, eine "
            "Ansprechperson für Antragstellende.",
            "body": _body(
                "<h2>Worum es geht</h2><p>Gründächer halten Regen zurück, kühlen die Umgebung und "
                "bieten Lebensraum. Viele Eigentümerinnen zögern wegen der Kosten. Ein "
                "kommunales Förderprogramm gibt den Anstoß – mit überschaubarem Aufwand für die "
                "Verwaltung.</p><h2>Die Bausteine</h2><ol><li>Ziel und Budget festlegen.</li>"
                "<li>Förderrichtlinie schreiben: was gefördert wird, in welcher Höhe, unter "
                "welchen Auflagen.</li><li>Einen einfachen, digitalen Antragsweg anbieten.</li>"
                "<li>Das Programm mit einem Gründachkataster bewerben, das zeigt, welche Dächer "
                "geeignet sind.</li></ol><h2>Erfahrungen</h2><p>Programme mit Pauschalen pro "
                "Quadratmeter sind für Antragstellende wie Verwaltung einfacher als prozentuale "
                "Zuschüsse.</p>"
            ),
        },
        "en": {
            "title": "Guide to a municipal green-roof subsidy programme",
            "teaser": "How municipalities set up a subsidy programme for green roofs and "
            "facades: what to fund, the guidelines, the application process and publicity.",
            "data_needed": "A budget line, a green-roof potential map or aerial photographs, a "
            "contact person for applicants.",
            "body": _body(
                "<h2>What it is about</h2><p>Green roofs hold back rain, cool their "
                "surroundings and provide habitats. Many owners hesitate because of the cost. A "
                "municipal subsidy programme provides the push – with manageable effort for the "
                "administration.</p><h2>The building blocks</h2><ol><li>Set the goal and the "
                "budget.</li><li>Write the funding guidelines: what is funded, how much, on which "
                "conditions.</li><li>Offer a simple digital application process.</li><li>Promote "
                "the programme with a green-roof potential map that shows which roofs are "
                "suitable.</li></ol><h2>Experience</h2><p>Programmes with flat rates per square "
                "metre are simpler for applicants and administration alike than percentage "
                "grants.</p>"
            ),
        },
    },
]


def load(ctx):
    index = ctx.page(
        ctx.homes["de"], ToolboxIndexPage, "toolbox", show_in_menus=True, **INDEX["de"]
    )
    ctx.translation(index, "toolbox", **INDEX["en"])
    for spec in TOOLS:
        _tool(ctx, index, spec)


def _shared(ctx, spec: dict) -> dict:
    """Fields both languages share (synchronised by wagtail-localize)."""
    return {
        "tool_type": ctx.term(ToolType, spec["type"]),
        "process_phases": ctx.terms(ProcessPhase, *spec["phases"]),
        "hazards": ctx.terms(Hazard, *spec["hazards"]),
        "topics": ctx.terms(Topic, *spec["topics"]),
        "target_groups": ctx.terms(TargetGroup, *spec["groups"]),
        "practice_examples": ctx.terms(Municipality, *spec["examples"]),
        "municipality_sizes": spec["sizes"],
        "effort": spec["effort"],
        "cost": spec["cost"],
        "duration": spec["duration"],
        "licence": spec["licence"],
        "licence_url": spec.get("licence_url", ""),
        "last_reviewed": spec["reviewed"],
        "source_project": _project(ctx, spec.get("source_project")),
        "downloads": _downloads(spec),
    }


def _tool(ctx, index, spec: dict):
    german_slug, english_slug = spec["slug"]
    shared = _shared(ctx, spec)
    image = ctx.image(spec["de"]["title"], spec["hue"], motif=spec["motif"])
    page = ctx.page(index, ToolPage, german_slug, image=image, **shared, **_texts(spec, "de"))
    many_to_many = {
        name for name in shared if name in {f.name for f in ToolPage._meta.many_to_many}
    }
    scalars = {name: value for name, value in shared.items() if name not in many_to_many}
    translation = ctx.translation(page, english_slug, **scalars, **_texts(spec, "en"))
    # Terms follow the German page, as wagtail-localize's synchronisation would (in English:
    # the English terms, compared across languages by their translation key).
    changed = False
    for name in many_to_many:
        current = set(getattr(translation, name).values_list("translation_key", flat=True))
        if current != {term.translation_key for term in shared[name]}:
            getattr(translation, name).set(shared[name])
            changed = True
    if changed:
        translation.save_revision().publish()


def _texts(spec: dict, language: str) -> dict:
    """The tool's texts in ``language``: its picture's alternative text, the demo note."""
    texts = spec[language]
    return {
        **texts,
        "image_alt": describe(spec["motif"], language),
        "body": [*texts["body"], *_body(DEMO_NOTE[language])],
    }


def _project(ctx, slug: str | None):
    """A project page by slug, found without importing the projects app; None if absent."""
    if not slug:
        return None
    return Page.objects.filter(slug=slug, locale=ctx.locales["de"]).first()


def _downloads(spec: dict) -> list[dict]:
    title = spec.get("document")
    if not title:
        return []
    return [{"type": "document", "value": _document(title).pk}]


def _document(title: str) -> Document:
    """A one-page PDF with the title on it (generated, no download), reused by title."""
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    page = PILImage.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 80), title, fill="black")
    draw.text((60, 110), "Demo-Dokument / demo document", fill="black")
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    name = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
    document = Document(title=title)
    document.file.save(f"{name}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document
