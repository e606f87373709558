"""Site-wide snippets: the main navigation and the footer, one of each per language
(Wagtail's site settings cannot be translated, snippets can)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin

from ..blocks import FooterColumnBlock, MenuLinkBlock


class LocaleSingleton(TranslatableMixin, models.Model):
    """A snippet of which each language has one; ``for_active_locale`` fetches it."""

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale=Locale.get_active()).order_by("pk").first()


class MainMenu(LocaleSingleton):
    """The links of the main navigation bar, in order."""

    links = StreamField([("link", MenuLinkBlock())], verbose_name=_("links"), max_num=8)

    panels = [FieldPanel("links")]

    class Meta(LocaleSingleton.Meta):
        verbose_name = _("main navigation")
        verbose_name_plural = _("main navigation")

    def __str__(self):
        return str(_("Main navigation ({language})")).format(
            language=self.locale.get_display_name()
        )


class Footer(LocaleSingleton):
    """The footer: a short text about the portal and columns of links."""

    about = RichTextField(_("about the portal"), blank=True, features=["bold", "italic", "link"])
    columns = StreamField(
        [("column", FooterColumnBlock())], verbose_name=_("link columns"), blank=True, max_num=4
    )

    panels = [FieldPanel("about"), FieldPanel("columns")]

    class Meta(LocaleSingleton.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})")).format(language=self.locale.get_display_name())
