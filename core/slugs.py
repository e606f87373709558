"""Page slugs from titles: German letters spelt out ("Städte für" -> "staedte-fuer"), as the
portal's own slugs are, because wagtail-localize reduces every translated slug to ASCII and
would otherwise drop them ("stdte-fr")."""

from django.utils.text import slugify

GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
MAX_LENGTH = 80  # short enough to read in a link; Wagtail allows 255


def slug_from_title(title: str) -> str:
    """The slug a page with this title gets, cut at a hyphen to at most ``MAX_LENGTH``."""
    slug = slugify(title.lower().translate(GERMAN_LETTERS))
    if len(slug) > MAX_LENGTH:
        slug = slug[: MAX_LENGTH + 1].rsplit("-", 1)[0]
    return slug
