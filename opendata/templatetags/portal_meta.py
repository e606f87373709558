"""Template tags for the page head: canonical URL, OpenGraph/Twitter meta, feed links and
JSON-LD. Used by ``components/meta.html``."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from core.languages import language
from core.origin import absolute
from home.structured_data import image_url, json_ld_script

register = template.Library()

# The site-wide news feeds (``news.urls``), linked from every page's head.
FEEDS = [("rss", "application/rss+xml", "RSS"), ("atom", "application/atom+xml", "Atom")]


@register.simple_tag(takes_context=True)
def page_meta(context) -> dict:
    """What ``components/meta.html`` needs, for pages and for views without a page."""
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) and page.pk else None
    code = translation.get_language() or settings.LANGUAGE_CODE
    meta = {
        "canonical": absolute(request.path) if request else "",
        "locale": language(code).opengraph_locale or code,
        "alternate_locales": [
            language(other).opengraph_locale or other
            for other, _name in settings.LANGUAGES
            if other != code
        ],
        "title": "",
        "description": "",
        # Views without a page (search, sitemap, open data) and pages without a teaser.
        "site_description": _(
            "News, events, projects and a toolbox of methods for smart, climate-resilient "
            "cities, in German and English."
        ),
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
        meta["type"] = getattr(specific, "og_type", "website")
    if request is not None:
        meta["feeds"] = [
            (media_type, label, absolute(reverse("news:feed", args=[kind])))
            for kind, media_type, label in FEEDS
        ]
    return meta


@register.simple_tag(takes_context=True)
def json_ld(context, page=None) -> str:
    """The page's schema.org description as a safe ``<script type="application/ld+json">``."""
    if not isinstance(page, Page) or not page.pk:
        return ""
    return json_ld_script(page.specific.structured_data(context.get("request")))
