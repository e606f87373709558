"""Blocks of the accessibility pages: a known barrier of the statement, a section and a word
explanation in Leichte Sprache, and a sign-language video with its captions and its text.

Kept shallow like the shared library (``home.blocks``): every chooser sits directly in a
StructBlock of the page's StreamField, where wagtail-localize handles it.
"""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Why content is not accessible, in the three cases of the EU model statement
# (Implementing Decision (EU) 2018/1523, annex, "Non-accessible content").
NON_COMPLIANCE = "non_compliance"
DISPROPORTIONATE_BURDEN = "disproportionate_burden"
OUT_OF_SCOPE = "out_of_scope"
BARRIER_REASONS = [
    (NON_COMPLIANCE, _("Non-compliance with the requirements")),
    (DISPROPORTIONATE_BURDEN, _("Disproportionate burden")),
    (OUT_OF_SCOPE, _("Content outside the scope of the legislation")),
]

# The portal's own pictograms for Leichte Sprache (templates/accessibility/pictogram.html).
PICTOGRAMS = [
    ("portal", _("Portal (a house)")),
    ("news", _("News (a newspaper)")),
    ("calendar", _("Dates (a calendar)")),
    ("toolbox", _("Toolbox (a toolbox)")),
    ("menu", _("Menu (three lines)")),
    ("search", _("Search (a magnifying glass)")),
    ("language", _("Languages (two speech bubbles)")),
    ("accessibility", _("Accessibility (a person with open arms)")),
    ("mail", _("Write to us (an envelope)")),
    ("sign_language", _("Sign language (a hand)")),
    ("easy_read", _("Leichte Sprache (an open book)")),
]

VIDEO_EXTENSIONS = {".mp4": "video/mp4", ".webm": "video/webm"}
CAPTION_EXTENSIONS = {".vtt"}


def extension(document) -> str:
    return PurePosixPath(document.file.name).suffix.lower() if document else ""


class BarrierBlock(blocks.StructBlock):
    """Content that is not (fully) accessible: what, why, and the accessible alternative."""

    content = blocks.TextBlock(
        label=_("Inaccessible content"),
        help_text=_("What does not meet the requirements, in words a visitor understands."),
    )
    reason = blocks.ChoiceBlock(
        label=_("Kind of reason"), choices=BARRIER_REASONS, default=NON_COMPLIANCE
    )
    explanation = blocks.TextBlock(label=_("Reason"), help_text=_("Why it is not accessible yet."))
    criteria = blocks.CharBlock(
        label=_("Success criteria"),
        required=False,
        max_length=120,
        help_text=_("The WCAG success criteria concerned, e.g. “1.2.6 Sign Language”."),
    )
    alternative = blocks.TextBlock(
        label=_("Accessible alternative"),
        required=False,
        help_text=_("How visitors can get the content another way, if there is one."),
    )

    class Meta:
        icon = "warning"
        label = _("Known barrier")
        template = "accessibility/blocks/barrier_block.html"


class EasyReadSectionBlock(blocks.StructBlock):
    """A section in Leichte Sprache: a heading, a picture that helps, a few short sentences."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    pictogram = blocks.ChoiceBlock(
        label=_("Pictogram"),
        choices=PICTOGRAMS,
        required=False,
        help_text=_("One of the portal's own pictures; or choose an image below."),
    )
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(
        label=_("Alternative text of the image"), required=False, max_length=250
    )
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "link", "ul"],
        help_text=_(
            "Short sentences, one statement each, each in its own paragraph. "
            "Explain hard words. Write numbers as digits."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "accessibility/blocks/easy_read_section_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("image_alt"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "image_alt": ValidationError(
                        _("Describe the image for people who cannot see it.")
                    )
                }
            )
        return value


class HardWordBlock(blocks.StructBlock):
    """A hard word and what it means, set apart from the text."""

    word = blocks.CharBlock(label=_("Word"), max_length=80)
    explanation = blocks.TextBlock(label=_("What it means"))

    class Meta:
        icon = "help"
        label = _("Hard word explained")
        template = "accessibility/blocks/hard_word_block.html"


class EasyReadStreamBlock(blocks.StreamBlock):
    section = EasyReadSectionBlock()
    hard_word = HardWordBlock()


class SignLanguageVideoBlock(blocks.StructBlock):
    """A video in German Sign Language, served by the portal: the video file, a still shown
    before it plays, its captions (WebVTT) and the same content as text."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("Upload the video as a document (MP4 or WebM).")
    )
    poster = ImageChooserBlock(label=_("Still image"), help_text=_("Shown before the video plays."))
    captions = DocumentChooserBlock(
        label=_("Captions"),
        help_text=_("The captions as a WebVTT file (.vtt), uploaded as a document."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Text alternative"),
        features=["bold", "link", "ul", "ol"],
        help_text=_("What the video says, as text."),
    )

    class Meta:
        icon = "media"
        label = _("Sign-language video")
        template = "accessibility/blocks/sign_language_video_block.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("video") and extension(value["video"]) not in VIDEO_EXTENSIONS:
            errors["video"] = ValidationError(_("Choose an MP4 or WebM video file."))
        if value.get("captions") and extension(value["captions"]) not in CAPTION_EXTENSIONS:
            errors["captions"] = ValidationError(_("Choose a WebVTT file (.vtt)."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video_type"] = VIDEO_EXTENSIONS.get(extension(value.get("video")), "")
        return context
