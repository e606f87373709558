"""Suggested partners: for an admitted case, the other admitted cities ranked by what they
share and what one can teach the other, each with its reasons.

The ranking (README: Peer-to-peer exchange) adds, per candidate:

- 3 per climate hazard both face, 2 per topic both work on (compared by slug, so a German and
  an English registration meet);
- 2 per page of experience one city has on a hazard or topic the other faces (a tool it used,
  a project it ran: pages that name it as ``ProfileSection.experience`` declares, and those it
  ticked at registration), at most 3 pages each way;
- 1 for the same size class, 1 for the same federal state.

Only candidates with shared hazards, topics or experience are suggested (the same size or
state alone is no shared ground); ties go alphabetically; pairs already introduced are left
out. Experience is found through the page types' declarations (``home.experience``), never by
naming a feature app.
"""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from core.locales import locale_for, localize, localized_pages
from home.experience import Experience, experience_by_municipality, subjects_of
from taxonomy.models import Municipality

from .models import Introduction, Participant, Status

HAZARD_WEIGHT = 3
TOPIC_WEIGHT = 2
EXPERIENCE_WEIGHT = 2
EXPERIENCE_PAGES_COUNTED = 3
SIZE_WEIGHT = 1
STATE_WEIGHT = 1


@dataclass(frozen=True)
class Reason:
    """One piece of shared ground; its text in any language (``text``)."""

    kind: str  # "hazards", "topics", "experience", "size", "state"
    weight: int
    terms: tuple = ()  # hazards or topics, in any language
    pages: tuple[Experience, ...] = ()
    city: Participant | None = None  # whose experience it is
    value: str = ""  # the size class or federal state

    def text(self, language: str | None = None) -> str:
        language = language or translation.get_language()
        with translation.override(language):
            return self._text(locale_for(language))

    def _text(self, locale) -> str:
        if self.kind in ("hazards", "topics"):
            names = ", ".join(term.name for term in localize(self.terms, locale))
            if self.kind == "hazards":
                return _("Both face: %(names)s") % {"names": names}
            return _("Both work on: %(names)s") % {"names": names}
        if self.kind == "experience":
            found = localized_pages(
                Page.objects.filter(pk__in=[page.page_id for page in self.pages]), locale
            )
            titles = ", ".join(
                _("%(kind)s “%(title)s”")
                % {
                    "kind": page.kind,
                    "title": found[page.page_id].title if page.page_id in found else page.title,
                }
                for page in self.pages
            )
            return _("%(city)s brings relevant experience: %(pages)s") % {
                "city": self.city.municipality_name,
                "pages": titles,
            }
        if self.kind == "size":
            return _("Same size class: %(size)s") % {
                "size": Municipality.SizeClass(self.value).label
            }
        return _("Same federal state: %(state)s") % {
            "state": Municipality.FederalState(self.value).label
        }


@dataclass
class Suggestion:
    """A partner city for a case: the other case, its score and the reasons."""

    partner: Participant
    reasons: list[Reason] = field(default_factory=list)

    @property
    def score(self) -> int:
        return sum(reason.weight for reason in self.reasons)


@dataclass(frozen=True)
class _Profile:
    """What the ranking compares of one case."""

    case: Participant
    hazards: dict[str, object]
    topics: dict[str, object]
    experience: tuple[Experience, ...]

    @property
    def subjects(self) -> set[str]:
        return set(self.hazards) | set(self.topics)


def _admitted():
    return (
        Participant.objects.filter(status=Status.ADMITTED)
        .select_related("municipality")
        .prefetch_related("hazards", "topics", "experience")
    )


def _profile(case: Participant, by_municipality: dict[str, list[Experience]], chosen) -> _Profile:
    pages = {page.page_id: page for page in by_municipality.get(case.municipality_key, [])}
    for page in case.experience.all():
        pages.setdefault(
            page.pk,
            Experience(
                page.pk, page.title, page.specific_class, frozenset(chosen.get(page.pk, ()))
            ),
        )
    return _Profile(
        case,
        {term.slug: term for term in case.hazards.all()},
        {term.slug: term for term in case.topics.all()},
        tuple(pages[pk] for pk in sorted(pages)),
    )


def _experience_reason(city: _Profile, other: _Profile) -> Reason | None:
    relevant = [page for page in city.experience if page.subjects & other.subjects]
    if not relevant:
        return None
    counted = tuple(relevant[:EXPERIENCE_PAGES_COUNTED])
    return Reason("experience", EXPERIENCE_WEIGHT * len(counted), pages=counted, city=city.case)


def reasons_between(first: _Profile, second: _Profile) -> list[Reason]:
    reasons = []
    shared = sorted(set(first.hazards) & set(second.hazards))
    if shared:
        reasons.append(
            Reason("hazards", HAZARD_WEIGHT * len(shared), tuple(first.hazards[s] for s in shared))
        )
    shared = sorted(set(first.topics) & set(second.topics))
    if shared:
        reasons.append(
            Reason("topics", TOPIC_WEIGHT * len(shared), tuple(first.topics[s] for s in shared))
        )
    for city, other in ((second, first), (first, second)):
        reason = _experience_reason(city, other)
        if reason:
            reasons.append(reason)
    if not reasons:
        return []
    a, b = first.case.municipality, second.case.municipality
    if a and b and a.size_class and a.size_class == b.size_class:
        reasons.append(Reason("size", SIZE_WEIGHT, value=a.size_class))
    if a and b and a.federal_state and a.federal_state == b.federal_state:
        reasons.append(Reason("state", STATE_WEIGHT, value=a.federal_state))
    return reasons


def _profiles(cases: list[Participant], language: str) -> dict[int, _Profile]:
    by_municipality = experience_by_municipality(locale_for(language))
    chosen = subjects_of({page.pk for case in cases for page in case.experience.all()})
    return {case.pk: _profile(case, by_municipality, chosen) for case in cases}


def introduced_with(case: Participant) -> set[int]:
    pairs = Introduction.objects.filter(first=case).values_list("second", flat=True)
    return set(pairs) | set(
        Introduction.objects.filter(second=case).values_list("first", flat=True)
    )


def suggestions_for(case: Participant, limit: int = 10) -> list[Suggestion]:
    """Ranked partner cities for an admitted case (none for other statuses)."""
    if case.status != Status.ADMITTED:
        return []
    cases = list(_admitted())
    profiles = _profiles(cases, case.language)
    mine = profiles.get(case.pk)
    if mine is None:
        return []
    skip = introduced_with(case)
    found = []
    for other in cases:
        if (
            other.pk == case.pk
            or other.pk in skip
            or other.municipality_key == case.municipality_key
        ):
            continue
        reasons = reasons_between(mine, profiles[other.pk])
        if reasons:
            found.append(Suggestion(other, reasons))
    found.sort(key=lambda s: (-s.score, s.partner.municipality_name.casefold()))
    return found[:limit]


def suggestion_between(case: Participant, partner: Participant) -> Suggestion | None:
    """The suggestion of ``partner`` for ``case``, if it is one."""
    return next((s for s in suggestions_for(case, limit=1000) if s.partner.pk == partner.pk), None)
