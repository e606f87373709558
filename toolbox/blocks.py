"""StreamField blocks of the toolbox: the body of a toolbox entry and its downloads."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import BaseStreamBlock


class ToolBodyBlock(BaseStreamBlock):
    """The body of a toolbox entry: how the method works, steps, experiences."""


class ToolDownloadsBlock(blocks.StreamBlock):
    """Files belonging to a toolbox entry (guideline, template, data set), in the editor's order."""

    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
