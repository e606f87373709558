"""Internal links and embeds in stored rich text refer to pages, documents and images by their
primary keys; in a content export they carry stable keys (``transfer.references``) instead."""

from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from bs4 import BeautifulSoup

from .references import reference, resolve

# Internal links and embeds store primary keys; in an export they carry stable keys instead.
LINK_MODELS = {"page": "wagtailcore.page", "document": None}
EMBED_MODELS = {"image": None}


def _targets(soup):
    for tag in soup.find_all("a", attrs={"linktype": True}):
        if tag["linktype"] in LINK_MODELS:
            yield tag, tag["linktype"]
    for tag in soup.find_all("embed", attrs={"embedtype": True}):
        if tag["embedtype"] in EMBED_MODELS:
            yield tag, tag["embedtype"]


def _model(kind):
    return {"page": Page, "document": get_document_model(), "image": get_image_model()}[kind]


def with_keys(html: str) -> str:
    """Stored rich text with the ids of linked pages, documents and images replaced by keys."""
    if not html or ("linktype" not in html and "embedtype" not in html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    for tag, kind in _targets(soup):
        if not tag.get("id"):
            continue
        obj = _model(kind).objects.filter(pk=tag["id"]).first()
        ref = reference(obj)
        if ref is None:
            continue  # a broken link stays as it is
        del tag["id"]
        tag.attrs.update(ref)
    return soup.decode(formatter=escape)


def with_ids(html: str) -> str:
    """The reverse of ``with_keys``; raises ``MissingReference`` for unknown targets."""
    if not html or "key=" not in html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    for tag, kind in _targets(soup):
        ref = {
            name: tag.attrs.pop(name)
            for name in ("key", "locale", "file_hash")
            if name in tag.attrs
        }
        target = resolve(_model(kind), ref) if ref else None
        if target is not None:
            tag["id"] = str(target.pk)
    return soup.decode(formatter=escape)
