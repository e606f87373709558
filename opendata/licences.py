"""The licences the open data may be published under; the setting picks one."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Licence:
    key: str
    name: str
    url: str


LICENCES = {
    licence.key: licence
    for licence in (
        Licence(
            "cc-by-4.0",
            "Creative Commons Attribution 4.0 International (CC BY 4.0)",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
        Licence(
            "cc0-1.0",
            "Creative Commons Zero 1.0 Universal (CC0 1.0)",
            "https://creativecommons.org/publicdomain/zero/1.0/",
        ),
        Licence(
            "dl-de-by-2.0",
            "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)",
            "https://www.govdata.de/dl-de/by-2-0",
        ),
    )
}


def current_licence() -> Licence:
    key = getattr(settings, "OPEN_DATA_LICENCE", "cc-by-4.0")
    try:
        return LICENCES[key]
    except KeyError:
        raise ImproperlyConfigured(
            f"OPEN_DATA_LICENCE={key!r} is not one of {', '.join(LICENCES)}"
        ) from None
