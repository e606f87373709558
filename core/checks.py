"""System checks of the core layer."""

from django.conf import settings
from django.core import checks

from .languages import LANGUAGES


@checks.register()
def every_language_has_its_facts(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"Language {code!r} is in settings.LANGUAGES but not in core.languages.LANGUAGES.",
            hint="Add its text-search configuration, analyzer and OpenGraph locale.",
            id="core.E001",
        )
        for code, _name in settings.LANGUAGES
        if code not in LANGUAGES
    ]
