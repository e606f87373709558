"""Sanitising imported rich text in Wagtail's database format: the same whitelisting Wagtail
applies to editor input, keeping internal links and embeds (``linktype``/``embedtype``)."""

from django.utils.html import escape

from wagtail.whitelist import DEFAULT_ELEMENT_RULES, Whitelister, attribute_rule, check_url

from bs4 import BeautifulSoup

ALLOW = attribute_rule({})
ELEMENT_RULES = {
    **DEFAULT_ELEMENT_RULES,
    # key/locale/file_hash: the stable keys an export writes in place of ids.
    "a": attribute_rule(
        {
            "href": check_url,
            "linktype": True,
            "id": True,
            "key": True,
            "locale": True,
            "file_hash": True,
        }
    ),
    "embed": attribute_rule(
        {
            "embedtype": True,
            "id": True,
            "format": True,
            "alt": True,
            "url": check_url,
            "key": True,
            "locale": True,
            "file_hash": True,
        }
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


def sanitise(html: str) -> str:
    """``html`` without scripts, event handler attributes or ``javascript:`` links."""
    return DatabaseHTMLWhitelister().clean(html or "")


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
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    return {"page": Page, "document": get_document_model(), "image": get_image_model()}[kind]


def with_keys(html: str) -> str:
    """Stored rich text with the ids of linked pages, documents and images replaced by keys."""
    from .fields import reference

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
    from .fields import resolve

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
