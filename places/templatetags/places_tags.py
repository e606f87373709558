"""Links to municipality profiles from any page that names a municipality ("Eingesetzt in",
articles, events, projects)."""

from django import template
from django.utils import translation

from core.caching import ProcessTable
from core.locales import locale_for
from core.visibility import visible
from taxonomy.models import Municipality

from ..models import MunicipalityIndexPage

register = template.Library()
_profile_bases = ProcessTable("places.profile-bases")


def _profile_base(language: str) -> str:
    """The live municipality index of a language as a URL prefix of its profiles, or ""."""

    def load() -> str:
        locale = locale_for(language)
        if locale is None:
            return ""
        index = visible(MunicipalityIndexPage.objects.live().filter(locale=locale)).first()
        return (index.get_url() or "") if index is not None else ""

    return _profile_bases.get(language, load)


@register.filter
def profile_url(municipality) -> str:
    """The municipality's profile in the visitor's language; "" for anything else (a project's
    partner organisation) and without a municipality index."""
    if not isinstance(municipality, Municipality):
        return ""
    base = _profile_base(translation.get_language() or "de")
    return f"{base}{municipality.slug}/" if base else ""
