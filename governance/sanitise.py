"""One sanitiser for rich text from any source, in Wagtail's database format.

The admin's editor already cleans what editors type; this covers every other way HTML gets
stored: imports, scripts, demo content, StreamField data written by code. Scripts, styles and
embedded frames are dropped with their content, event handler attributes and links to
``javascript:``, ``data:`` or other unsafe schemes are removed, and everything Wagtail's own
rich text keeps survives: internal links and embeds (``linktype``/``embedtype``, with the
stable keys a content export writes instead of ids).

``sanitise_html`` is the entry point for rich text, ``safe_url`` for addresses (an unsafe one
becomes empty); ``sanitise_stream`` applies both to raw StreamField data; ``sanitise_fields``
(a ``pre_save`` receiver) to every rich text, URL and StreamField of any model. Text that looks
harmless is stored exactly as it came.
"""

import html as html_entities
import json
import re

from django.db import models

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.whitelist import DEFAULT_ELEMENT_RULES, Whitelister, attribute_rule, check_url

from core.stream_data import walk

# Only HTML that could run code is rewritten, so clean stored text keeps its exact form:
# elements that run or load code, event handlers, and addresses with an unsafe scheme.
DANGEROUS_MARKUP = re.compile(
    r"<\s*/?\s*(script|style|iframe|object|embed(?![^>]*embedtype)|form|svg|math|base|meta"
    r"|link|template)\b|\bon[a-z]+\s*=",
    re.IGNORECASE,
)
# Cheap first look at a StreamField's data before walking it: markup or a scheme that is
# never safe, or entities that could spell one.
UNSAFE_IN_STREAM = re.compile(r"<|\bon[a-z]+\s*=|script\s*:|data\s*:|&#|\\u0026", re.IGNORECASE)
URL_ATTRIBUTE = re.compile(
    r"""\b(?:href|src|action|formaction|xlink:href|url)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""",
    re.IGNORECASE,
)
ALLOW = attribute_rule({})
# Stable keys an export writes in place of ids (``transfer``).
KEYS = {"key": True, "locale": True, "file_hash": True}
ELEMENT_RULES = {
    **DEFAULT_ELEMENT_RULES,
    "a": attribute_rule({"href": check_url, "linktype": True, "id": True, **KEYS}),
    "embed": attribute_rule(
        {"embedtype": True, "id": True, "format": True, "alt": True, "url": check_url, **KEYS}
    ),
    "blockquote": ALLOW,
    "code": ALLOW,
    "span": ALLOW,
}
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "template"}


class DatabaseHTMLWhitelister(Whitelister):
    """Wagtail's whitelister for stored rich text; removes scripts with their content."""

    element_rules = ELEMENT_RULES

    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_WITH_CONTENT:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


def looks_dangerous(text: str) -> bool:
    if not text:
        return False
    if DANGEROUS_MARKUP.search(text):
        return True
    # Entities are decoded first: "&#106;avascript:" is a javascript: link too.
    return any(
        check_url(html_entities.unescape("".join(value))) is None
        for value in URL_ATTRIBUTE.findall(text)
    )


def sanitise_html(html: str) -> str:
    """``html`` without scripts, event handlers or unsafe links; unchanged when harmless."""
    if not looks_dangerous(html):
        return html
    return DatabaseHTMLWhitelister().clean(html)


def safe_url(url: str) -> str:
    """``url`` if it is an address a link may point at (http, https, mailto, tel, ftp, or a
    path), else "" (``javascript:``, ``data:`` and every other scheme, however spelt)."""
    if not url:
        return url
    return url if check_url(html_entities.unescape(url)) is not None else ""


def _is_url_block(block) -> bool:
    # URLOrPathBlock (home.blocks) says so itself: it takes site paths too.
    return isinstance(block, blocks.URLBlock) or getattr(block, "holds_url", False)


def _leaf(block, value):
    if isinstance(value, str) and isinstance(block, blocks.RichTextBlock):
        return sanitise_html(value)
    if isinstance(value, str) and _is_url_block(block):
        return safe_url(value)
    return value


def sanitise_stream(stream_block: blocks.StreamBlock, raw: list) -> list:
    """Raw StreamField data with every block's rich text and addresses made safe."""
    return walk(stream_block, raw, _leaf)


def sanitise_fields(sender, instance, **kwargs):
    """``pre_save`` receiver: sanitise every rich text field, every URL field and the rich text
    and addresses inside every StreamField whose value looks dangerous."""
    for field in sender._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if isinstance(field, RichTextField) and isinstance(value, str) and looks_dangerous(value):
            setattr(instance, field.attname, sanitise_html(value))
        elif isinstance(field, models.URLField) and isinstance(value, str):
            setattr(instance, field.attname, safe_url(value))
        elif isinstance(field, StreamField) and value is not None:
            # get_prep_value, not raw_data: raw data goes stale once code (wagtail-localize
            # writing a translation) changed the blocks, and would undo the change.
            raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
            if isinstance(raw, list) and UNSAFE_IN_STREAM.search(json.dumps(raw, default=str)):
                setattr(instance, field.attname, sanitise_stream(field.stream_block, raw))
