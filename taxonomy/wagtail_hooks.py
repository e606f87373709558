"""Admin views for the taxonomy: one menu group, each snippet with search and filters."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import models, views


class TermViewSet(SnippetViewSet):
    """Listing with name, slug and language; searchable by name, filterable by language."""

    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


def term_viewset(term_model, icon: str, **attrs) -> type[SnippetViewSet]:
    """A TermViewSet for one model; extra list columns or filters through attrs."""
    return type(
        f"{term_model.__name__}ViewSet",
        (TermViewSet,),
        {"model": term_model, "icon": icon, **attrs},
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        term_viewset(models.Topic, "tag"),
        term_viewset(models.Service, "cogs"),
        term_viewset(models.Hazard, "warning"),
        term_viewset(models.ToolType, "list-ul"),
        term_viewset(
            models.ProcessPhase,
            "order",
            list_display=["name", "sort_order", "locale"],
            ordering=["sort_order"],
        ),
        term_viewset(models.TargetGroup, "group"),
        term_viewset(
            models.FundingProgramme,
            "pick",
            list_display=["name", "funder", "locale"],
            list_filter=["locale", "funder"],
        ),
        term_viewset(
            models.Organisation,
            "site",
            list_display=["name", "abbreviation", "kind", "locale"],
            list_filter=["locale", "kind"],
        ),
        term_viewset(
            models.Municipality,
            "home",
            list_display=["name", "federal_state", "size_class", "locale"],
            list_filter=["locale", "federal_state", "size_class"],
        ),
        term_viewset(
            models.Person,
            "user",
            list_display=["name", "role", "organisation", "locale"],
            list_filter=["locale", "organisation"],
        ),
    )


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def register_term_search_url():
    # Under /admin/, so only signed-in editors reach it (Wagtail's admin access check).
    return [
        path(
            "taxonomy/terms/<str:model_name>/",
            views.search_terms,
            name="taxonomy_search_terms",
        )
    ]
