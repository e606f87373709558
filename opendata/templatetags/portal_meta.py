"""Template tags for the page head: canonical URL, OpenGraph/Twitter meta, feed links and
JSON-LD. Used by ``components/meta.html``."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from news.models import NewsPage

from ..structured_data import image_url, json_ld_script, structured_data

register = template.Library()

FEEDS = [("rss", "application/rss+xml", "RSS"), ("atom", "application/atom+xml", "Atom")]
# OpenGraph wants territory-qualified locales; the portal's English is British.
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def page_meta(context) -> dict:
    """What ``components/meta.html`` needs, for pages and for views without a page."""
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) and page.pk else None
    code = translation.get_language() or settings.LANGUAGE_CODE
    meta = {
        "canonical": request.build_absolute_uri(request.path) if request else "",
        "locale": OG_LOCALES.get(code, code),
        "alternate_locales": [
            OG_LOCALES.get(other, other) for other, _name in settings.LANGUAGES if other != code
        ],
        "title": "",
        "description": "",
        "image": "",
        "image_alt": "",
        "type": "website",
        "feeds": [],
    }
    if page is not None:
        specific = page.specific
        meta["title"] = specific.seo_title or specific.title
        meta["description"] = specific.search_description or getattr(specific, "listing_teaser", "")
        meta["image"] = image_url(specific, request)
        meta["image_alt"] = getattr(specific, "image_alt", "") if meta["image"] else ""
        meta["type"] = "article" if isinstance(specific, NewsPage) else "website"
    if request is not None:
        meta["feeds"] = [
            (media_type, label, request.build_absolute_uri(reverse("news:feed", args=[kind])))
            for kind, media_type, label in FEEDS
        ]
    return meta


@register.simple_tag(takes_context=True)
def json_ld(context, page=None) -> str:
    """The page's schema.org description as a safe ``<script type="application/ld+json">``."""
    if not isinstance(page, Page) or not page.pk:
        return ""
    return json_ld_script(structured_data(page, context.get("request")))
