"""The portal's own content checks, added to Wagtail's checker (the userbar's "Checks" and the
page editor's "Checks" side panel, which runs them in the preview).

Wagtail's axe rules only see what axe can judge from markup; the checks an editor needs here
depend on the portal's content model too. Two kinds of rule share one mechanism:

- rules on the page's fields (main image, its alternative text, teaser, search description,
  a translation's slug): the facts are computed here from the page being previewed and handed
  to the browser as the axe check's ``options``, so nothing editor-only is ever rendered into
  the page itself; they point at the page's title (``main h1``), as Wagtail's own page-level
  rule does;
- rules on the rendered text (headings, links, images, language): they look at the editor's
  content in the preview.

The checks' ``evaluate`` functions live in ``static_src/js/content_checks.js`` and are
registered with the userbar (``registerCheck``) before axe starts: axe would otherwise need to
``eval`` functions given as strings, which the portal's Content-Security-Policy forbids.
Messages are ``gettext`` strings; the userbar renders them in the editor's admin language.
"""

from functools import cache

from django.utils.translation import gettext, ngettext

from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import get_page_models

from .models import IndexPage
from .translation_slugs import source_slug

#: Cards cut the teaser after this many words (``components/card.html``: ``truncatewords:30``).
CARD_TEASER_WORDS = 30

# Where the editor's own content is rendered (``components/streamfield.html``, rich text).
EDITOR_CONTENT = (".streamfield", ".prose")
PAGE_TITLE = "main h1"

# Headings inside the page content that must follow the one before them.
_HEADINGS = ", ".join(f"{area} h{level}" for area in EDITOR_CONTENT for level in range(2, 7))
_LINKS = ", ".join(f"{area} a[href]" for area in EDITOR_CONTENT)
# Judged only where the element's language is English (``content_checks.js``).
_TEXT_ELEMENTS = ", ".join(
    f"main {tag}"
    for tag in ("h1", "h2", "h3", "h4", "p", "li", "blockquote", "figcaption", "td", "th")
)

#: axe rules: id -> (the elements it judges, its check, its impact).
RULES = {
    "portal-main-image": (PAGE_TITLE, "portal-check-main-image", "serious"),
    "portal-main-image-alt": (PAGE_TITLE, "portal-check-main-image-alt", "serious"),
    "portal-alt-file-name": ("main img[alt]", "portal-check-alt-file-name", "serious"),
    "portal-teaser-missing": (PAGE_TITLE, "portal-check-teaser-missing", "moderate"),
    "portal-teaser-too-long": (PAGE_TITLE, "portal-check-teaser-too-long", "moderate"),
    "portal-heading-levels": (_HEADINGS, "portal-check-heading-levels", "moderate"),
    "portal-link-text": (_LINKS, "portal-check-link-text", "serious"),
    "portal-search-description": (PAGE_TITLE, "portal-check-search-description", "moderate"),
    "portal-german-text": (_TEXT_ELEMENTS, "portal-check-german-text", "serious"),
    "portal-source-slug": (PAGE_TITLE, "portal-check-source-slug", "serious"),
}

# Wagtail's heading-order rule judges the whole page (header and footer too) and says only
# "Avoid skipping levels": ``portal-heading-levels`` replaces it for the editor's headings.
_REPLACED_RULES = {"heading-order"}


@cache
def listed_page_types() -> frozenset:
    """The page types an index page lists as cards (news, events, projects, tools)."""
    return frozenset(
        child
        for model in get_page_models()
        if issubclass(model, IndexPage) and not model._meta.abstract
        for child in model.allowed_subpage_models()
    )


def page_facts(page) -> dict[str, dict]:
    """The options of the field checks for ``page``: what is missing or too long.

    Pages without the portal's fields (Wagtail's root, snippets) report nothing. A listed
    page (a news article, an event, a project, a tool) needs a main image for its card;
    other pages may have one. Navigational pages (home, index and form pages) come up in
    listings and search only by their title, so they need no teaser either."""
    if page is None or not hasattr(page, "teaser"):
        return {}
    listed = type(page) in listed_page_types()
    needs_teaser = not getattr(page, "navigational", False)
    teaser_words = len((page.teaser or "").split())
    return {
        "portal-check-main-image": {"missing": listed and not page.image_id},
        "portal-check-main-image-alt": {
            "missing": bool(page.image_id) and not (page.image_alt or "").strip()
        },
        "portal-check-teaser-missing": {
            "missing": needs_teaser and not (page.teaser or "").strip()
        },
        "portal-check-teaser-too-long": {
            "words": teaser_words if needs_teaser else 0,
            "limit": CARD_TEASER_WORDS,
        },
        "portal-check-search-description": {"missing": not (page.search_description or "").strip()},
        "portal-check-source-slug": {"missing": source_slug(page) is not None},
    }


def messages() -> dict[str, dict]:
    """What each rule reports and what the editor should do, in the active language."""
    return {
        "portal-main-image": {
            "error_name": gettext("The page has no main image"),
            "help_text": gettext(
                "Its card in listings shows an empty space instead. Choose a main image on "
                "the Content tab, under “Main image”."
            ),
        },
        "portal-main-image-alt": {
            "error_name": gettext("The main image has no alternative text"),
            "help_text": gettext(
                "Describe what the image shows in “Alternative text of the main image”. "
                "Leave it empty only if the image is purely decorative."
            ),
        },
        "portal-alt-file-name": {
            "error_name": gettext("The alternative text repeats the file name"),
            "help_text": gettext(
                "A file name tells people who cannot see the image nothing. Describe what "
                "the image shows."
            ),
        },
        "portal-teaser-missing": {
            "error_name": gettext("The teaser is missing"),
            "help_text": gettext(
                "Cards and search results show it below the title. Write one or two "
                "sentences in “Teaser” on the Content tab."
            ),
        },
        "portal-teaser-too-long": {
            "error_name": gettext("The teaser is too long for a card"),
            "help_text": ngettext(
                "Cards cut it off after %(words)d word. Shorten it to one or two sentences.",
                "Cards cut it off after %(words)d words. Shorten it to one or two sentences.",
                CARD_TEASER_WORDS,
            )
            % {"words": CARD_TEASER_WORDS},
        },
        "portal-heading-levels": {
            "error_name": gettext("A heading level is skipped"),
            "help_text": gettext(
                "This heading is more than one level below the heading before it. Choose the "
                "next level down (after level 2 comes level 3), so that screen-reader users "
                "can follow the structure."
            ),
        },
        "portal-link-text": {
            "error_name": gettext("The link text does not say where it leads"),
            "help_text": gettext(
                "Words like “here” or “more” mean nothing out of context. Name the target, "
                "for example “Read the heat action plan”."
            ),
        },
        "portal-search-description": {
            "error_name": gettext("The search description is empty"),
            "help_text": gettext(
                "Search engines then show the teaser or a passage of their own choosing. "
                "Write one or two sentences in “Meta description” on the Promote tab."
            ),
        },
        "portal-source-slug": {
            "error_name": gettext("The address still uses the source language's slug"),
            "help_text": gettext(
                "Give the page a slug in its own language: in the translation editor, "
                "translate the title (the slug follows it) or set the slug on the “Promote” tab."
            ),
        },
        "portal-german-text": {
            "error_name": gettext("German text on an English page"),
            "help_text": gettext(
                "This text has not been translated yet. Translate it in the translation "
                "editor (or replace it), then publish again."
            ),
        },
    }


class PortalContentChecks(ContentCheckerItem):
    """Wagtail's content checker with the portal's own rules and messages added."""

    class Media:
        js = ["js/content_checks.js"]

    def __init__(self, page=None, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.page = page

    def get_axe_run_only(self, request):
        own = [rule for rule in ContentCheckerItem.axe_run_only if rule not in _REPLACED_RULES]
        return [*own, *RULES]

    def get_axe_custom_rules(self, request):
        return [
            *ContentCheckerItem.axe_custom_rules,
            *(
                {
                    "id": rule,
                    "impact": impact,
                    "selector": selector,
                    "tags": ["best-practice", "portal"],
                    "any": [check],
                    "enabled": True,
                }
                for rule, (selector, check, impact) in RULES.items()
            ),
        ]

    def get_axe_custom_checks(self, request):
        facts = page_facts(self.page)
        return [
            *ContentCheckerItem.axe_custom_checks,
            *({"id": check, "options": facts.get(check, {})} for _, check, _ in RULES.values()),
        ]

    def get_axe_messages(self, request):
        return {**ContentCheckerItem.axe_messages, **messages()}


def add_portal_checks(request, items, page=None) -> None:
    """``construct_wagtail_userbar``: replace Wagtail's checker with the portal's."""
    items[:] = [
        PortalContentChecks(page=page, in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem)
        else item
        for item in items
    ]
