"""Search synonyms editors keep in the admin (*Snippets → Search synonyms*): names the
taxonomy does not hold, across both languages."""

from search.models import SearchSynonym

SYNONYMS = [
    "Schwammstadt, sponge city, Schwammstadtprinzip",
    "Hitzeaktionsplan, heat action plan, Hitzeschutzplan",
    "Gründach, green roof, Dachbegrünung",
    "Starkregengefahrenkarte, heavy-rain hazard map, Starkregenkarte",
    "Stadtklimaanalyse, urban climate analysis",
]


def load(ctx):
    for terms in SYNONYMS:
        SearchSynonym.objects.get_or_create(terms=terms)
