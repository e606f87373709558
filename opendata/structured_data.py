"""JSON-LD (schema.org) for pages: the publisher on every page, ``NewsArticle`` for news,
``Event`` for events and ``Project`` with its ``Organization`` partners for project profiles."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.images.models import SourceImageIOError

from core.locales import language_code_of
from home.chrome import chrome
from news.dates import local
from news.models import EventPage, NewsPage
from projects.models import ProjectPage

SCHEMA = "https://schema.org"
# Characters that could end the script element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

ATTENDANCE_MODES = {
    EventPage.EventFormat.ON_SITE: f"{SCHEMA}/OfflineEventAttendanceMode",
    EventPage.EventFormat.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    EventPage.EventFormat.HYBRID: f"{SCHEMA}/MixedEventAttendanceMode",
}


def json_ld_script(data) -> str:
    """``<script type="application/ld+json">`` that no value can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def absolute(request, url: str) -> str:
    return request.build_absolute_uri(url) if request and url else url


def image_url(page, request) -> str:
    image = getattr(page, "share_image", None)
    if image is None:
        return ""
    try:
        rendition = image.get_rendition("fill-1200x630|format-jpeg")
    except SourceImageIOError:
        return ""  # a missing file must not take the page down
    return absolute(request, rendition.url)


def publisher(page, request) -> dict:
    """The portal itself as the organisation behind every page."""
    shared = chrome(request, page)
    site, root = shared.site, shared.home
    return {
        "@type": "Organization",
        "name": site.site_name if site else "",
        "url": root.get_full_url(request) if root else "",
    }


def organisation(term) -> dict:
    data = {"@type": "Organization", "name": term.name}
    if getattr(term, "abbreviation", ""):
        data["alternateName"] = term.abbreviation
    if getattr(term, "url", ""):
        data["url"] = term.url
    return data


def _base(page, request, schema_type: str) -> dict:
    data = {
        "@context": SCHEMA,
        "@type": schema_type,
        "url": page.get_full_url(request),
        "inLanguage": language_code_of(page.locale_id),
    }
    description = getattr(page, "listing_teaser", "") or page.search_description
    if description:
        data["description"] = description
    image = image_url(page, request)
    if image:
        data["image"] = [image]
    return data


def news_article(page, request) -> dict:
    authors = [{"@type": "Person", "name": p.name} for p in page.localized_authors]
    data = _base(page, request, "NewsArticle")
    data.update(
        headline=page.title[:110],
        datePublished=page.date.isoformat(),
        mainEntityOfPage=page.get_full_url(request),
        author=authors or [publisher(page, request)],
        publisher=publisher(page, request),
    )
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def _event_location(page, request) -> list[dict]:
    locations = []
    if page.event_format != EventPage.EventFormat.ONLINE:
        municipality = page.localized_municipality
        city = page.city or (municipality.name if municipality else "")
        place = {"@type": "Place", "name": page.venue or city}
        place["address"] = {
            "@type": "PostalAddress",
            "addressLocality": city,
            "addressCountry": "DE",
        }
        locations.append(place)
    if page.event_format != EventPage.EventFormat.ON_SITE:
        locations.append({"@type": "VirtualLocation", "url": page.get_full_url(request)})
    return locations


def event(page, request) -> dict:
    data = _base(page, request, "Event")
    if page.all_day:
        start, end = local(page.start).date().isoformat(), local(page.end).date().isoformat()
    else:
        start, end = local(page.start).isoformat(), local(page.end).isoformat()
    organiser = page.localized_organiser
    data.update(
        name=page.title,
        startDate=start,
        endDate=end,
        eventStatus=f"{SCHEMA}/EventScheduled",
        eventAttendanceMode=ATTENDANCE_MODES.get(page.event_format),
        location=_event_location(page, request),
        organizer=organisation(organiser) if organiser else publisher(page, request),
    )
    if page.registration_url:
        offer = {
            "@type": "Offer",
            "url": page.registration_url,
            "availability": f"{SCHEMA}/InStock" if page.registration_open else f"{SCHEMA}/SoldOut",
        }
        if page.registration_deadline:
            offer["validThrough"] = page.registration_deadline.isoformat()
        data["offers"] = offer
    return data


def project(page, request) -> dict:
    data = _base(page, request, "Project")
    partners = [organisation(member) for member, _role in page.localized_partners]
    funders = page.localized_commissioned_by
    data.update(name=page.title, member=partners, publisher=publisher(page, request))
    if page.start_date:
        data["foundingDate"] = page.start_date.isoformat()
    if page.end_date:
        data["dissolutionDate"] = page.end_date.isoformat()
    if funders:
        data["funder"] = [organisation(term) for term in funders]
    return data


def website(page, request) -> dict:
    """Any other page: the page as a ``WebPage`` published by the portal."""
    data = _base(page, request, "WebPage")
    data.update(name=page.title, publisher=publisher(page, request))
    return data


BUILDERS = [(NewsPage, news_article), (EventPage, event), (ProjectPage, project)]


def structured_data(page, request) -> dict:
    page = page.specific
    for model, builder in BUILDERS:
        if isinstance(page, model):
            return builder(page, request)
    return website(page, request)
