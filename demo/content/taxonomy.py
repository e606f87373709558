"""Demo taxonomy: the topics, hazards, organisations and places the seed texts name."""

from taxonomy.models import (
    FundingProgramme,
    Hazard,
    Municipality,
    Organisation,
    Person,
    ProcessPhase,
    Service,
    TargetGroup,
    ToolType,
    Topic,
)

# slug: (German name, English name)
TOPICS = {
    "digitalisierung": ("Digitalisierung", "Digitalisation"),
    "klimaanpassung": ("Klimaanpassung", "Climate adaptation"),
    "klimaschutz": ("Klimaschutz", "Climate mitigation"),
    "buergerbeteiligung": ("Bürgerbeteiligung", "Citizen participation"),
    "stadtentwicklung": ("Integrierte Stadtentwicklung", "Integrated urban development"),
    "resilienz": ("Resilienz", "Resilience"),
    "open-data": ("Open Data", "Open data"),
    "daseinsvorsorge": ("Digitale Daseinsvorsorge", "Digital public services"),
    "gruen-und-freiraum": ("Grün- und Freiraum", "Green and open space"),
    "wasser": ("Wassermanagement", "Water management"),
}
SERVICES = {
    "akteursbeteiligung": ("Akteursbeteiligung", "Stakeholder involvement"),
    "moderation-und-mediation": ("Moderation und Mediation", "Moderation and mediation"),
    "politikberatung": ("Politikberatung", "Policy advice"),
    "prozessgestaltung": ("Prozessgestaltung", "Process design"),
    "wissenstransfer": ("Wissenstransfer", "Knowledge transfer"),
}
HAZARDS = {
    "hitze": ("Hitze", "Heat"),
    "starkregen": ("Starkregen", "Heavy rain"),
    "hochwasser": ("Hochwasser", "Flooding"),
    "trockenheit": ("Trockenheit", "Drought"),
    "sturm": ("Sturm", "Storm"),
}
TOOL_TYPES = {
    "leitfaden": ("Leitfaden", "Guideline"),
    "software": ("Software und digitale Werkzeuge", "Software and digital tools"),
    "checkliste": ("Checkliste", "Checklist"),
    "beteiligungsformat": ("Beteiligungsformat", "Participation format"),
    "analyse": ("Analyse und Karte", "Analysis and map"),
    "datensatz": ("Datensatz", "Data set"),
}
PHASES = {
    "planung": ("Planung", "Planning", 1),
    "umsetzung": ("Umsetzung", "Implementation", 2),
    "bewertung": ("Bewertung", "Evaluation", 3),
}
TARGET_GROUPS = {
    "verwaltung": ("Verwaltung", "Administration"),
    "politik": ("Politik", "Politics"),
    "buergerschaft": ("Bürgerschaft", "Citizens"),
    "wirtschaft": ("Wirtschaft", "Business"),
    "wissenschaft": ("Wissenschaft", "Research"),
}
# slug: (kind, abbreviation, German name, English name, url)
ORGANISATIONS = {
    "bmbf": (
        "ministry",
        "BMBF",
        "Bundesministerium für Bildung und Forschung",
        "Federal Ministry of Education and Research",
        "https://www.bmbf.de/",
    ),
    "bmwsb": (
        "ministry",
        "BMWSB",
        "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
        "Federal Ministry for Housing, Urban Development and Building",
        "https://www.bmwsb.bund.de/",
    ),
    "bbsr": (
        "institute",
        "BBSR",
        "Bundesinstitut für Bau-, Stadt- und Raumforschung",
        "Federal Institute for Research on Building, Urban Affairs and Spatial Development",
        "https://www.bbsr.bund.de/",
    ),
    "bmi": (
        "ministry",
        "BMI",
        "Bundesministerium des Innern, für Bau und Heimat",
        "Federal Ministry of the Interior, Building and Community",
        "https://www.bmi.bund.de/",
    ),
    "kts": (
        "other",
        "KTS",
        "Koordinierungs- und Transferstelle Modellprojekte Smart Cities",
        "Coordination and Transfer Office for the Smart Cities Model Projects",
        "https://www.smart-city-dialog.de/",
    ),
    "city-and-bits": ("company", "", "City & Bits", "City & Bits", ""),
    "urban-catalyst": ("company", "", "Urban Catalyst", "Urban Catalyst", ""),
    # Not a real office: the demo's own contacts and invented events belong to it.
    "demo-redaktion": (
        "other",
        "",
        "Demo-Redaktion (fiktiv)",
        "Demo editorial office (fictional)",
        "",
    ),
}
# slug: (German name, English name, funder slug)
FUNDING_PROGRAMMES = {
    "modellprojekte-smart-cities": (
        "Modellprojekte Smart Cities",
        "Smart Cities model projects",
        "bmwsb",
    ),
    "leitinitiative-zukunftsstadt": (
        "Leitinitiative Zukunftsstadt",
        "Future City lead initiative",
        "bmbf",
    ),
}
# slug: (German name, English name, state, size class, population, latitude, longitude)
MUNICIPALITIES = {
    "halle-saale": (
        "Halle (Saale)",
        "Halle (Saale)",
        "ST",
        "large",
        238_000,
        "51.48158",
        "11.97947",
    ),
    "mannheim": ("Mannheim", "Mannheim", "BW", "large", 315_000, "49.48751", "8.46604"),
    "muenster": ("Münster", "Münster", "NW", "large", 320_000, "51.96236", "7.62571"),
    "ulm": ("Ulm", "Ulm", "BW", "large", 128_000, "48.39841", "9.99155"),
    "mayen": ("Mayen", "Mayen", "RP", "small", 19_000, "50.32797", "7.22277"),
    "mainz": ("Mainz", "Mainz", "RP", "large", 220_000, "49.99286", "8.24725"),
    "luebeck": ("Lübeck", "Lübeck", "SH", "large", 217_000, "53.86893", "10.68729"),
    "lemgo": ("Lemgo", "Lemgo", "NW", "medium", 41_000, "52.02786", "8.89901"),
    "uelzen": ("Uelzen", "Uelzen", "NI", "medium", 34_000, "52.96572", "10.56111"),
    "osnabrueck": ("Osnabrück", "Osnabrück", "NI", "large", 167_000, "52.27264", "8.04980"),
    "freiburg": (
        "Freiburg im Breisgau",
        "Freiburg im Breisgau",
        "BW",
        "large",
        236_000,
        "47.99590",
        "7.85222",
    ),
    "rostock": ("Rostock", "Rostock", "MV", "large", 209_000, "54.08870", "12.14049"),
    "kaiserslautern": (
        "Kaiserslautern",
        "Kaiserslautern",
        "RP",
        "large",
        100_000,
        "49.44300",
        "7.77161",
    ),
    "kalletal": ("Kalletal", "Kalletal", "NW", "small", 13_500, "52.11670", "8.95000"),
    "landkreis-mayen-koblenz": (
        "Landkreis Mayen-Koblenz",
        "Mayen-Koblenz district",
        "RP",
        "district",
        215_000,
        "50.35000",
        "7.45000",
    ),
}
# Fictional contacts for the demo, at the fictional demo office (never at a real institution):
# (name, German role, English role, organisation slug, e-mail)
DEMO_OFFICE = "demo-redaktion"
PEOPLE = [
    (
        "Julia Neumann",
        "Redaktion (Demo-Kontakt)",
        "Editorial team (demo contact)",
        DEMO_OFFICE,
        "j.neumann@example.org",
    ),
    (
        "Tobias Krämer",
        "Peer-to-Peer-Austausch (Demo-Kontakt)",
        "Peer-to-peer exchange (demo contact)",
        DEMO_OFFICE,
        "t.kraemer@example.org",
    ),
    (
        "Miriam Hoffmann",
        "Wissenstransfer (Demo-Kontakt)",
        "Knowledge transfer (demo contact)",
        DEMO_OFFICE,
        "m.hoffmann@example.org",
    ),
]


def load(ctx):
    for model, terms in [
        (Topic, TOPICS),
        (Service, SERVICES),
        (Hazard, HAZARDS),
        (ToolType, TOOL_TYPES),
        (TargetGroup, TARGET_GROUPS),
    ]:
        for slug, (german, english) in terms.items():
            ctx.snippet(model, slug, {"name": german}, {"name": english})
    for slug, (german, english, order) in PHASES.items():
        ctx.snippet(ProcessPhase, slug, {"name": german}, {"name": english}, sort_order=order)
    for slug, (kind, abbreviation, german, english, url) in ORGANISATIONS.items():
        ctx.snippet(
            Organisation,
            slug,
            {"name": german},
            {"name": english},
            kind=kind,
            abbreviation=abbreviation,
            url=url,
        )
    for slug, (german, english, funder) in FUNDING_PROGRAMMES.items():
        ctx.snippet(
            FundingProgramme,
            slug,
            {"name": german, "funder": ctx.term(Organisation, funder, "de")},
            {"name": english, "funder": ctx.term(Organisation, funder, "en")},
        )
    for slug, (german, english, state, size, population, lat, lon) in MUNICIPALITIES.items():
        ctx.snippet(
            Municipality,
            slug,
            {"name": german},
            {"name": english},
            federal_state=state,
            size_class=size,
            population=population,
            latitude=lat,
            longitude=lon,
        )
    for name, role_de, role_en, organisation, email in PEOPLE:
        ctx.person(
            Person,
            name,
            {"role": role_de, "organisation": ctx.term(Organisation, organisation, "de")},
            {"role": role_en, "organisation": ctx.term(Organisation, organisation, "en")},
            email=email,
        )
