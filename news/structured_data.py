"""schema.org descriptions of news (``NewsArticle``) and events (``Event``), for the pages'
``structured_data`` hook."""

from core.origin import absolute
from governance.sanitise import safe_url
from home.structured_data import SCHEMA, described, organisation, publisher

from .dates import local

# By an event's format (``EventPage.EventFormat``).
ATTENDANCE_MODES = {
    "on-site": f"{SCHEMA}/OfflineEventAttendanceMode",
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "hybrid": f"{SCHEMA}/MixedEventAttendanceMode",
}


def news_article(page, request) -> dict:
    authors = [{"@type": "Person", "name": p.name} for p in page.authors.all()]
    data = described(page, request, "NewsArticle")
    data.update(
        headline=page.title[:110],
        datePublished=page.date.isoformat(),
        mainEntityOfPage=absolute(page.get_url(request)),
        author=authors or [publisher(page, request)],
        publisher=publisher(page, request),
    )
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def _event_location(page, request) -> list[dict]:
    locations = []
    if page.event_format != page.EventFormat.ONLINE:
        municipality = page.municipality
        city = page.city or (municipality.name if municipality else "")
        place = {"@type": "Place", "name": page.venue or city}
        place["address"] = {
            "@type": "PostalAddress",
            "addressLocality": city,
            "addressCountry": "DE",
        }
        locations.append(place)
    if page.event_format != page.EventFormat.ON_SITE:
        locations.append({"@type": "VirtualLocation", "url": absolute(page.get_url(request))})
    return locations


def event_description(page, request) -> dict:
    data = described(page, request, "Event")
    if page.all_day:
        start, end = local(page.start).date().isoformat(), local(page.end).date().isoformat()
    else:
        start, end = local(page.start).isoformat(), local(page.end).isoformat()
    organiser = page.organiser
    data.update(
        name=page.title,
        startDate=start,
        endDate=end,
        eventStatus=f"{SCHEMA}/EventScheduled",
        eventAttendanceMode=ATTENDANCE_MODES.get(page.event_format),
        location=_event_location(page, request),
        organizer=organisation(organiser) if organiser else publisher(page, request),
    )
    if safe_url(page.registration_url):
        offer = {
            "@type": "Offer",
            "url": page.registration_url,
            "availability": f"{SCHEMA}/InStock" if page.registration_open else f"{SCHEMA}/SoldOut",
        }
        if page.registration_deadline:
            offer["validThrough"] = page.registration_deadline.isoformat()
        data["offers"] = offer
    return data
