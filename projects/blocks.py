"""Blocks of project profiles: the section bodies, external links and downloads."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import BaseStreamBlock


class ProjectBodyBlock(BaseStreamBlock):
    """The blocks of one section of a project profile (starting point, goal, …)."""


class ExternalLinkValue(blocks.StructValue):
    """Adds the readable name of the link's kind."""

    def kind_label(self) -> str:
        return dict(ExternalLinkBlock.KIND_CHOICES).get(self.get("kind"), "")


class ExternalLinkBlock(blocks.StructBlock):
    """A link to a page outside the portal: the project's homepage, a publication, a podcast."""

    KIND_CHOICES = [
        ("homepage", _("Project homepage")),
        ("publication", _("Publication")),
        ("podcast", _("Podcast")),
        ("other", _("Other")),
    ]

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=KIND_CHOICES, default="homepage")
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Says where the link leads.")
    )
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link-external"
        label = _("External link")
        value_class = ExternalLinkValue


class ProjectLinksBlock(blocks.StreamBlock):
    """The external links of a project profile."""

    link = ExternalLinkBlock()


class ProjectDownloadsBlock(blocks.StreamBlock):
    """Files belonging to a project profile, listed with type and size."""

    document = DocumentChooserBlock(label=_("Document"), icon="doc-full")
