"""Filters of the project listing: topic, status and scope as plain GET parameters.

Each option shows how many projects it would give together with the other chosen filters.
Unknown or malformed values are ignored and reported, never an error. The number of SQL
queries is the same whatever the number of projects."""

import re
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from taxonomy.models import Topic

from .project import ProjectScope
from .status import STATUS_ORDER, status_q

SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,150}$")
MAX_VALUE_LENGTH = 150


@dataclass
class FilterOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    """One group of options, shown as a fieldset of radio buttons."""

    name: str
    legend: str
    options: list[FilterOption]
    all_count: int
    selected: str | None = None


@dataclass
class IgnoredValue:
    name: str
    value: str


@dataclass
class ProjectFilters:
    """The chosen filters of one request, applied to ``projects`` (live projects of one index)."""

    projects: object
    params: object
    locale: Locale
    today: object = None
    selected: dict = field(default_factory=dict)
    ignored: list[IgnoredValue] = field(default_factory=list)

    def __post_init__(self):
        self.today = self.today or timezone.localdate()
        self.through = self.projects.model.topics.through
        statuses = [str(s) for s in STATUS_ORDER]
        self._choose("status", lambda v: v in statuses)
        self._choose("scope", lambda v: v in ProjectScope.values)
        self._choose("topic", self._topic_exists)

    def _choose(self, name: str, is_valid) -> None:
        value = (self.params.get(name) or "").strip()
        if not value:
            return
        if len(value) <= MAX_VALUE_LENGTH and SLUG_RE.match(value) and is_valid(value):
            self.selected[name] = value
        else:
            shown = "".join(ch for ch in value[:MAX_VALUE_LENGTH] if ch.isprintable())
            self.ignored.append(IgnoredValue(name, shown))

    def _topic_exists(self, slug: str) -> bool:
        return Topic.objects.filter(slug=slug).exists()

    # Queries ----------------------------------------------------------------------------

    def _q(self, name: str, value: str) -> Q:
        if name == "status":
            return status_q(value, self.today)
        if name == "scope":
            return Q(scope=value)
        pages_with_topic = self.through.objects.filter(topic__slug=value).values("projectpage_id")
        return Q(pk__in=pages_with_topic)

    def q(self, without: str | None = None) -> Q:
        """The chosen filters combined, optionally leaving one out (to count its options)."""
        q = Q()
        for name, value in self.selected.items():
            if name != without:
                q &= self._q(name, value)
        return q

    def results(self):
        return self.projects.filter(self.q())

    def facets(self) -> list[Facet]:
        """Topic, status and scope options with their counts: three queries in all."""
        counts = self._status_and_scope_counts()
        status_options = [
            FilterOption(str(s), s.label, counts[f"status_{s}"], self.selected.get("status") == s)
            for s in STATUS_ORDER
        ]
        scope_options = [
            FilterOption(v, label, counts[f"scope_{v}"], self.selected.get("scope") == v)
            for v, label in ProjectScope.choices
        ]
        return [
            Facet("topic", _("Topic"), *self._topic_options(counts["all_topic"])),
            Facet(
                "status",
                _("Status"),
                status_options,
                counts["all_status"],
                self.selected.get("status"),
            ),
            Facet(
                "scope", _("Scope"), scope_options, counts["all_scope"], self.selected.get("scope")
            ),
        ]

    def _count(self, q: Q) -> Count:
        # An empty Q() as filter= is not valid SQL on every backend; no filter counts all.
        return Count("pk", filter=q) if q else Count("pk")

    def _status_and_scope_counts(self) -> dict:
        aggregates = {}
        for name in ("topic", "status", "scope"):
            aggregates[f"all_{name}"] = self._count(self.q(without=name))
        for status in STATUS_ORDER:
            aggregates[f"status_{status}"] = self._count(
                status_q(status, self.today) & self.q(without="status")
            )
        for value in ProjectScope.values:
            aggregates[f"scope_{value}"] = self._count(Q(scope=value) & self.q(without="scope"))
        return self.projects.order_by().aggregate(**aggregates)

    def _topic_options(self, all_count: int):
        """Every topic used by a project of the listing (and the chosen one), named in the
        listing's language."""
        others = self.projects.filter(self.q(without="topic")).values("pk")
        rows = (
            self.through.objects.filter(projectpage__in=self.projects.values("pk"))
            .values("topic__slug")
            .annotate(
                matches=Count("projectpage_id", filter=Q(projectpage_id__in=others), distinct=True)
            )
            .order_by()
        )
        counts = {row["topic__slug"]: row["matches"] for row in rows}
        chosen = self.selected.get("topic")
        if chosen:
            counts.setdefault(chosen, 0)
        names = {}
        for topic in Topic.objects.filter(slug__in=counts):
            if topic.slug not in names or topic.locale_id == self.locale.pk:
                names[topic.slug] = topic.name
        options = [
            FilterOption(slug, names.get(slug, slug), count, slug == chosen)
            for slug, count in counts.items()
        ]
        options.sort(key=lambda option: option.label.casefold())
        return options, all_count, chosen
