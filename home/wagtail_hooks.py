"""Admin registration of the site-wide snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Footer, MainMenu


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
