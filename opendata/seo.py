"""robots.txt, the XML sitemap with hreflang alternates and the HTML sitemap page."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page, Site

from core.origin import absolute
from core.visibility import visible
from home import topic_pages


def _site(request) -> Site | None:
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


def _home_pages(site: Site | None):
    """The site's home page in every language."""
    if site is None:
        return Page.objects.none()
    return site.root_page.get_translations(inclusive=True).live()


def listed_pages(site: Site | None):
    """Every live, public page of the site, in every language."""
    homes = list(_home_pages(site))
    if not homes:
        return Page.objects.none()
    in_site = Q()
    for home in homes:
        in_site |= Q(path__startswith=home.path, depth__gte=home.depth)
    return (
        visible(Page.objects.filter(in_site))
        .select_related("locale")
        .order_by("path")
        .defer_streamfields()
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_PATH}/",
        "Disallow: /documents/authenticate_with_password/",
        "",
        f"Sitemap: {absolute(reverse('sitemap_xml'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@dataclass
class SitemapEntry:
    """One URL of the XML sitemap and the same page in the other languages."""

    location: str
    lastmod: str
    alternates: list[tuple[str, str]] = field(default_factory=list)


@require_safe
def sitemap_xml(request):
    pages = list(listed_pages(_site(request)))
    urls = {page.pk: absolute(page.get_url(request)) for page in pages}
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    entries = []
    for page in pages:
        translations = sorted(
            by_key[page.translation_key], key=lambda p: _language_order(p.locale.language_code)
        )
        alternates = [(p.locale.language_code, urls[p.pk]) for p in translations]
        default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
        if len(alternates) > 1 and default:
            alternates.append(("x-default", default))
        lastmod = page.last_published_at.date().isoformat() if page.last_published_at else ""
        entries.append(
            SitemapEntry(urls[page.pk], lastmod, alternates if len(translations) > 1 else [])
        )
    entries += topic_entries()
    return render(
        request,
        "opendata/sitemap.xml",
        {"entries": entries},
        content_type="application/xml; charset=utf-8",
    )


def topic_entries() -> list[SitemapEntry]:
    """The topic pages (``home.topic_pages``), each with its other languages."""
    by_slug = defaultdict(list)
    for code, _name in settings.LANGUAGES:
        for term in topic_pages.terms_in(code):
            by_slug[term.slug].append((code, absolute(topic_pages.topic_url(term.slug, code))))
    entries = []
    for alternates in by_slug.values():
        default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
        shown = [*alternates, ("x-default", default)] if len(alternates) > 1 and default else []
        entries += [SitemapEntry(url, "", shown) for _code, url in alternates]
    return entries


def _language_order(code: str) -> int:
    codes = [language for language, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


@dataclass
class TreeNode:
    page: Page
    url: str
    children: list["TreeNode"] = field(default_factory=list)


def page_tree(request, locale: Locale) -> list[TreeNode]:
    """The live, public pages of one language as a tree below its home page."""
    site = _site(request)
    home = _home_pages(site).filter(locale=locale).first()
    if home is None:
        return []
    pages = listed_pages(site).filter(path__startswith=home.path)
    nodes: dict[str, TreeNode] = {}
    roots = []
    for page in pages:
        node = TreeNode(page, page.get_url(request))
        parent = nodes.get(page.path[: -Page.steplen])
        if parent is not None:
            parent.children.append(node)
        elif page.pk == home.pk:
            roots.append(node)
        # Pages below a private or draft parent have no parent node and are left out.
        if parent is not None or page.pk == home.pk:
            nodes[page.path] = node
    return roots


@require_safe
def html_sitemap(request):
    return render(
        request,
        "opendata/sitemap_page.html",
        {
            "tree": page_tree(request, Locale.get_active()),
            "topics": [
                (term, topic_pages.topic_url(term.slug))
                for term in topic_pages.terms_in(Locale.get_active().language_code)
            ],
            "topics_url": topic_pages.topic_index_url(),
        },
    )
