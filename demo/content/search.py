"""Search synonyms editors keep in the admin (*Snippets → Search synonyms*), in German with
their English translation: names the taxonomy does not hold."""

from search.models import SearchSynonym

SYNONYMS = [
    ("Schwammstadt, Schwammstadtprinzip", "sponge city"),
    ("Hitzeaktionsplan, Hitzeschutzplan", "heat action plan"),
    ("Gründach, Dachbegrünung", "green roof"),
    ("Starkregengefahrenkarte, Starkregenkarte", "heavy-rain hazard map"),
    ("Stadtklimaanalyse", "urban climate analysis"),
]


def load(ctx):
    for german, english in SYNONYMS:
        # Matched by the German words; the English row is their translation.
        german_row = SearchSynonym.objects.filter(terms=german, locale=ctx.locales["de"]).first()
        if german_row is None:
            german_row = SearchSynonym.objects.create(terms=german, locale=ctx.locales["de"])
        english_row = SearchSynonym.objects.filter(
            translation_key=german_row.translation_key, locale=ctx.locales["en"]
        ).first() or SearchSynonym(
            translation_key=german_row.translation_key, locale=ctx.locales["en"]
        )
        english_row.terms = english
        english_row.save()
