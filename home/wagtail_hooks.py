"""Admin registration: site-wide snippets, the translation status report, the portal's
content checks and the warning about a translation still under the source language's slug."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .content_checks import add_portal_checks
from .models import Footer, MainMenu
from .translation_slugs import source_slug_warning
from .views import TranslationStatusView


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "bars"
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


class SiteSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Navigation and footer")
    menu_icon = "bars"
    menu_order = 310
    items = (MainMenuViewSet, FooterViewSet)


register_snippet(SiteSnippetsGroup)

hooks.register("construct_wagtail_userbar", add_portal_checks)


# order=-1: before wagtail-localize answers with its translation editor, which shows it.
@hooks.register("before_edit_page", order=-1)
def warn_of_the_source_languages_slug(request, page):
    if request.method == "GET" and (warning := source_slug_warning(page)):
        messages.warning(request, warning)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    view = TranslationStatusView
    return [
        path("reports/translation-status/", view.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            view.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="globe",
        order=650,
    )
