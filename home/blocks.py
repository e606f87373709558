"""The shared StreamField block library. Feature apps subclass ``BaseStreamBlock`` for their own
body blocks. Kept shallow on purpose: no image chooser inside a StructBlock inside a StructBlock,
which is where translation tooling breaks."""

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail_localize.segments import StringSegmentValue

from core.locales import localized_pages
from core.visibility import visible
from governance.sanitise import safe_url

from .latest_items import latest_items_key, prepare_latest_items

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text, an optional caption and the image credit."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=150)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class LinkValue(blocks.StructValue):
    """Resolves a link to a page (in the visitor's language) or to an external URL."""

    def target_page(self):
        if not hasattr(self, "_target"):
            resolve_links([self])
        return self._target

    def url(self) -> str:
        page = self.target_page()
        return page.url if page else safe_url(self.get("external_url") or "")

    def link_text(self) -> str:
        page = self.target_page()
        return self.get("label") or (page.title if page else self.get("external_url") or "")


def resolve_links(values) -> None:
    """Find the visitor's-language page of many links at once (one query for all)."""
    values = list(values)
    targets = localized_pages(value.get("page") for value in values)
    for value in values:
        page = value.get("page")
        value._target = targets.get(page.pk) if page is not None else None


def validate_url_or_path(value: str) -> None:
    """An absolute http(s) or mailto address, or a path on this site such as /sitemap/."""
    if value.startswith("/") and not value.startswith("//"):
        return
    if value.startswith("mailto:"):
        EmailValidator()(value.removeprefix("mailto:"))
        return
    URLValidator(schemes=["http", "https"])(value)


class URLOrPathBlock(blocks.CharBlock):
    """Like URLBlock, but also takes paths on this site (views outside the page tree)."""

    holds_url = True  # the sanitiser (governance.sanitise) treats it as an address

    def __init__(self, **kwargs):
        super().__init__(max_length=500, validators=[validate_url_or_path], **kwargs)


class LinkBlock(blocks.StructBlock):
    """A link to a page of the portal or to another address, with an optional label."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = URLOrPathBlock(
        label=_("or address"),
        required=False,
        help_text=_("An external address (https://…) or a path on this site (/sitemap/)."),
    )
    label = blocks.CharBlock(
        label=_("Label"), required=False, max_length=80, help_text=_("Defaults to the page title.")
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = _("Choose either a page or an external address.")
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "external_url": ValidationError(message),
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue


class MenuLinkBlock(LinkBlock):
    class Meta:
        label = _("Menu link")


class FooterColumnBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=60)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Column of links")


class CallToActionBlock(LinkBlock):
    """A highlighted box with a title, a short text and one button."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = blocks.RichTextBlock(label=_("Content"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Questions and answers or other sections that visitors open one at a time."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Sections"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "blocks/accordion_block.html"


class TranslatableTableBlock(TableBlock):
    """A table whose caption and cells go through wagtail-localize's translation editor
    (the stock TableBlock is skipped by it, leaving German cells on English pages)."""

    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row):
                if cell and str(cell).strip():
                    segments.append(StringSegmentValue(f"r{row_index}c{col_index}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = {**value, "data": [list(row) for row in value.get("data") or []]}
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
                continue
            row, col = segment.path[1:].split("c")
            value["data"][int(row)][int(col)] = text
        return value

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class DocumentListBlock(blocks.StructBlock):
    """Files to download, listed with their type and size."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")), label=_("Documents"), min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "blocks/document_list_block.html"


class PrivacyEmbedBlock(blocks.StructBlock):
    """A video or other embed that loads from its provider only after the visitor agrees."""

    embed = EmbedBlock(label=_("Address of the video or post"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Names the embedded content for screen readers."),
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"


class TeaserListBlock(blocks.StructBlock):
    """Chosen pages shown as cards."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")), label=_("Pages"), min_num=1, max_num=12
    )

    def get_context(self, value, parent_context=None):
        """The live chosen pages in the visitor's language, resolved for all cards at once."""
        context = super().get_context(value, parent_context)
        chosen = [page for page in value["pages"] if page is not None]
        localized = localized_pages(chosen)
        order = [localized[page.pk].pk for page in chosen]
        specific = visible(Page.objects.filter(pk__in=order)).specific().in_bulk()
        context["teaser_pages"] = [specific[pk] for pk in order if pk in specific]
        return context

    class Meta:
        icon = "list-ul"
        label = _("Teaser list")
        template = "blocks/teaser_list_block.html"


class LatestItemsBlock(blocks.StructBlock):
    """The newest entries of an index page (news, events, projects, tools), as cards.

    The chosen index page supplies its cards through ``latest_cards(limit)``, so this block
    needs to know no feature app."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    index_page = blocks.PageChooserBlock(label=_("Index page"))
    count = blocks.IntegerBlock(label=_("Number of items"), default=3, min_value=1, max_value=12)
    link_label = blocks.CharBlock(
        label=_("Label of the link to the index"), required=False, max_length=60
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Pages prepare all their latest-items blocks together (``home.latest_items``).
        prepared = (parent_context or {}).get("latest_items")
        if prepared is None or latest_items_key(value) not in prepared:
            prepared = prepare_latest_items([value])
        context["index_page"], context["cards"] = prepared.get(latest_items_key(value), (None, []))
        return context

    class Meta:
        icon = "date"
        label = _("Latest items")
        template = "blocks/latest_items_block.html"


class EntryPointBlock(LinkBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=240)
    query = blocks.CharBlock(
        label=_("Filter"),
        required=False,
        max_length=200,
        help_text=_("Optional query string for the page, e.g. hazard=hitze for the toolbox."),
    )


class EntryPointsBlock(blocks.StructBlock):
    """Tiles leading into the toolbox (or any page), e.g. one per climate hazard."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    entries = blocks.ListBlock(EntryPointBlock(), label=_("Entry points"), min_num=1, max_num=8)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        resolve_links(value["entries"])  # every tile's page in one query
        return context

    class Meta:
        icon = "grip"
        label = _("Entry points")
        template = "blocks/entry_points_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every page family offers."""

    rich_text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        group=_("Text"),
        template="blocks/rich_text_block.html",
    )
    quote = QuoteBlock(group=_("Text"))
    accordion = AccordionBlock(group=_("Text"))
    table = TranslatableTableBlock(group=_("Text"))
    image = ImageBlock(group=_("Media"))
    embed = PrivacyEmbedBlock(group=_("Media"))
    documents = DocumentListBlock(group=_("Links"))
    call_to_action = CallToActionBlock(group=_("Links"))
    teasers = TeaserListBlock(group=_("Links"))


class HomeStreamBlock(blocks.StreamBlock):
    """Sections of the home page."""

    featured = TeaserListBlock(label=_("Featured content"), group=_("Listings"))
    latest = LatestItemsBlock(group=_("Listings"))
    entry_points = EntryPointsBlock(group=_("Listings"))
    rich_text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        group=_("Text"),
        template="blocks/rich_text_block.html",
    )
    call_to_action = CallToActionBlock(group=_("Links"))
