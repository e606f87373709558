"""Rich text from any source passes through Wagtail's rich text converter before it is stored.

The admin's editor already converts what editors type; this covers code paths that assign HTML
directly (imports, scripts): scripts, event handler attributes and ``javascript:`` links are
dropped. Use ``sanitise_rich_text`` for rich text inside StreamField data written by code.
"""

import re

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import RichTextField
from wagtail.rich_text import features as feature_registry

from bs4 import BeautifulSoup

# Only HTML that could run code is converted, so clean stored text keeps its exact form.
SUSPICIOUS = re.compile(
    r"<\s*/?\s*(script|style|iframe|object|embed(?![^>]*embedtype)|form|svg|math|base|meta|link)\b"
    r"|\bon[a-z]+\s*=|(java|vb)script\s*:|\bdata\s*:\s*text",
    re.IGNORECASE,
)


def sanitise_rich_text(html: str, features: list[str] | None = None) -> str:
    """The HTML as Wagtail's editor would store it, limited to ``features``."""
    if not html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()  # their text content is not meant to be read either
    converter = ContentstateConverter(features or feature_registry.get_default_features())
    return converter.to_database_format(converter.from_database_format(str(soup)))


def looks_dangerous(html: str) -> bool:
    return bool(html) and bool(SUSPICIOUS.search(html))


def sanitise_rich_text_fields(sender, instance, **kwargs):
    """``pre_save`` receiver: sanitise every rich text field whose value looks dangerous."""
    for field in sender._meta.concrete_fields:
        if not isinstance(field, RichTextField):
            continue
        value = getattr(instance, field.attname)
        if isinstance(value, str) and looks_dangerous(value):
            setattr(instance, field.attname, sanitise_rich_text(value, field.features))
