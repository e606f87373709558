"""JSON-LD (schema.org) building blocks: the safe script element, the publisher every page
names, organisations, and the fields every description starts with. Page types build their
own description from these in ``structured_data`` (see ``home.protocol``)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.images.models import SourceImageIOError

from core.locales import language_code_of
from core.origin import absolute
from governance.sanitise import safe_url

from .chrome import chrome

SCHEMA = "https://schema.org"
# Characters that could end the script element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data) -> str:
    """``<script type="application/ld+json">`` that no value can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def image_url(page, request) -> str:
    """The share image's URL (1200 × 630), or "" when the page has none or its file is gone."""
    image = getattr(page, "share_image", None)
    if image is None:
        return ""
    try:
        rendition = image.get_rendition("fill-1200x630|format-jpeg")
    except SourceImageIOError:
        return ""  # a missing file must not take the page down
    return absolute(rendition.url)


def publisher(page, request) -> dict:
    """The portal itself as the organisation behind every page."""
    shared = chrome(request, page)
    site, root = shared.site, shared.home
    return {
        "@type": "Organization",
        "name": site.site_name if site else "",
        "url": absolute(root.get_url(request)) if root else "",
    }


def organisation(term) -> dict:
    data = {"@type": "Organization", "name": term.name}
    if getattr(term, "abbreviation", ""):
        data["alternateName"] = term.abbreviation
    if safe_url(getattr(term, "url", "")):
        data["url"] = term.url
    return data


def described(page, request, schema_type: str) -> dict:
    """What every description starts with: type, address, language, description, image."""
    data = {
        "@context": SCHEMA,
        "@type": schema_type,
        "url": absolute(page.get_url(request)),
        "inLanguage": language_code_of(page.locale_id),
    }
    description = page.listing_teaser
    if description:
        data["description"] = description
    image = image_url(page, request)
    if image:
        data["image"] = [image]
    return data
