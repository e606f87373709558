"""Template tags for the language switcher and the hreflang links in the page head."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from core.locales import language_code_of
from core.origin import absolute

from ..chrome import chrome
from ..language_switch import UNTRANSLATED_PARAM, kept_query, sub_route, view_in_language

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    name: str  # the language's name in itself, so visitors recognise their own
    url: str
    is_current: bool
    # False when the page has no live translation and the link falls back to that language's home.
    has_translation: bool


@register.simple_tag(takes_context=True)
def language_links(context, page: Page | str | None = None) -> list[LanguageLink]:
    """Links to the same page or view, sub-route and query in every language
    (``home.language_switch``), or to that language's home where there is none."""
    request = context.get("request")
    current = translation.get_language()
    # Views without a page (404, search) pass an empty string from the template.
    page = page if isinstance(page, Page) else None
    shared = chrome(request, page)
    route = sub_route(request, page)
    query = kept_query(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if page is None:
            url = view_in_language(request, code)
        else:
            target = shared.translations.get(code)
            url = target.get_url(request) + route if target is not None else None
        has_translation = url is not None
        if has_translation:
            url += query
        else:
            fallback = shared.homes.get(code)
            home_url = fallback.get_url(request) if fallback else _language_root(code)
            # The other language's home page explains, in its language, why the visitor is there.
            url = f"{home_url}?{UNTRANSLATED_PARAM}=1"
        links.append(
            LanguageLink(
                code=code,
                name=translation.get_language_info(code)["name_local"],
                url=url,
                is_current=code == current,
                has_translation=has_translation,
            )
        )
    return links


def _language_root(code: str) -> str:
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


@register.simple_tag(takes_context=True)
def arrived_from_untranslated_page(context) -> bool:
    """True when the visitor used the switcher on a page that has no version in this language."""
    request = context.get("request")
    return request is not None and request.GET.get(UNTRANSLATED_PARAM) == "1"


@register.filter(name="absolute")
def absolute_url(url: str) -> str:
    """A path as an absolute URL on the portal's one public address (``PUBLIC_URL``)."""
    return absolute(url)


@register.filter
def language_code(locale_id: int) -> str:
    """The language code of a locale id, for ``lang`` attributes (no query)."""
    return language_code_of(locale_id) or ""
