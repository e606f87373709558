"""The list of project profiles of one language, with filters."""

from django.utils.translation import gettext_lazy as _

from home.listing import ChoiceFacet, StatusFacet, TermFacet
from home.models import IndexPage

from .project import ProjectPage
from .status import STATUS_ORDER, status_q


class ProjectIndexPage(IndexPage):
    """Lists the live project profiles below it: running first, then planned, then finished
    (latest start first within each group), filterable by topic, status and scope."""

    subpage_types = ["projects.ProjectPage"]

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")

    def projects(self):
        """Live, public project profiles of this index, in its language."""
        return self.children_of_type(ProjectPage)

    def listed_items(self):
        return self.projects().order_by_status()

    listing_facets = (
        TermFacet("topic", _("Topic"), "topics", multiple=False),
        # The status changes with the date: each filter is worked out on the day it runs.
        StatusFacet(
            "status", _("Status"), [(status, status.label) for status in STATUS_ORDER], status_q
        ),
        ChoiceFacet("scope", _("Scope"), "scope", multiple=False, show_empty=True),
    )
