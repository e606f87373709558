"""Site-wide snippets: the main navigation and the footer, one of each per language
(Wagtail's site settings cannot be translated, snippets can)."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)

from core.locales import active_locale

from ..blocks import FooterColumnBlock, MenuLinkBlock


class LocaleSingleton(TranslatableMixin, models.Model):
    """A snippet of which each language has one; ``for_active_locale`` fetches it."""

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale=active_locale()).order_by("pk").first()


class ModeratedSingleton(WorkflowMixin, DraftStateMixin, RevisionMixin, LocaleSingleton):
    """A site-wide snippet whose changes go through moderation before visitors see them
    (the navigation and footer appear on every page)."""

    class Meta(LocaleSingleton.Meta):
        abstract = True

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale=active_locale(), live=True).order_by("pk").first()

    @property
    def revisions(self):
        return self._revisions


class MainMenu(ModeratedSingleton):
    """The links of the main navigation bar, in order."""

    # Revisions and workflow states are deleted with the snippet.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="mainmenu")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="mainmenu",
        for_concrete_model=False,
    )

    links = StreamField([("link", MenuLinkBlock())], verbose_name=_("links"), max_num=8)

    panels = [FieldPanel("links")]

    class Meta(ModeratedSingleton.Meta):
        verbose_name = _("main navigation")
        verbose_name_plural = _("main navigation")

    def __str__(self):
        return str(_("Main navigation ({language})")).format(
            language=self.locale.get_display_name()
        )


class Footer(ModeratedSingleton):
    """The footer: a short text about the portal and columns of links."""

    # Revisions and workflow states are deleted with the snippet.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="footer")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="footer",
        for_concrete_model=False,
    )

    about = RichTextField(_("about the portal"), blank=True, features=["bold", "italic", "link"])
    columns = StreamField(
        [("column", FooterColumnBlock())], verbose_name=_("link columns"), blank=True, max_num=4
    )

    panels = [FieldPanel("about"), FieldPanel("columns")]

    class Meta(ModeratedSingleton.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})")).format(language=self.locale.get_display_name())
