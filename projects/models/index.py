"""The list of project profiles of one language, with filters."""

from django.utils.translation import gettext_lazy as _

from core.visibility import visible
from home.models import IndexPage
from home.pagination import paginate

from .filters import ProjectFilters
from .project import ProjectPage

PER_PAGE = 12


class ProjectIndexPage(IndexPage):
    """Lists the live project profiles below it: running first, then planned, then finished
    (latest start first within each group), filterable by topic, status and scope."""

    subpage_types = ["projects.ProjectPage"]

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")

    def projects(self):
        """Live, public project profiles of this index, in its language."""
        return visible(ProjectPage.objects.child_of(self), self.locale_id)

    def listing_items(self, limit: int):
        """The first ``limit`` projects in listing order, for the home page (renditions are
        the caller's to load, see ``home.latest_items``)."""
        return list(self._for_cards(self.projects())[:limit])

    def _for_cards(self, projects):
        return projects.order_by_status().select_related("image").defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ProjectFilters(projects=self.projects(), params=request.GET, locale=self.locale)
        context["filters"] = filters
        context["facets"] = filters.facets()
        context["page_obj"] = paginate(
            request,
            self._for_cards(filters.results()).prefetch_related("image__renditions"),
            PER_PAGE,
        )
        return context
