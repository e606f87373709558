"""The English a German editor must not meet in the admin, and how to read what they see.

Collected by walking the way from a draft to a published translation as a German editor
(page editor, publish menu, workflow status and history, dashboard, reports, explorer,
"Übersetzen", wagtail-localize's editor): each phrase below was once on one of those screens.
Shared by the test-client walk (tests/i18n/test_german_admin.py) and the browser journey
(tests/browser/test_german_admin.py).
"""

import re
from html.parser import HTMLParser

MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
# Regular expressions, matched against the visible text (and the labels screen readers read).
FORBIDDEN_ENGLISH = [
    r"Moderators approval",  # the workflow's and task's stored name
    r"\bSubmit to\b",
    r"\bResubmit to\b",
    r"\bLocales?\b",  # Wagtail's German says "Locale" for the page's language
    r"\d+-\d+ of \d+",  # the explorer's "1-7 of 7 Seiten"
    r"across entire site",
    r"\bActions\b",  # the header's and footer's action bars
    r"More actions",
    r"\bto \w+ translation\b",  # wagtail-localize's "Deutsch to Englisch translation"
    r"Translated manually|Machine translated|Translated with",
    rf"\b\d{{1,2}} ({MONTHS}) \d{{4}}\b",  # wagtail-localize's English dates
]

# Labels that screen readers read and tooltips show, besides the text itself.
READ_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value"}
HIDDEN_ELEMENTS = {"script", "style", "template", "svg"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_ELEMENTS:
            self.hidden += 1
        self.parts += [value for name, value in attrs if name in READ_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag in HIDDEN_ELEMENTS and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    """The text of a page and its read-out labels, one piece per line."""
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def english_phrases(text: str, ignore: tuple[str, ...] = ()) -> list[str]:
    """Every forbidden English phrase found in the text, with its line.

    ``ignore`` names content the editors wrote themselves (page titles), which may be
    English without being the admin's."""
    found = []
    for line in text.splitlines():
        for known in ignore:
            line = line.replace(known, "")
        found += [
            f"{pattern!r} in {line.strip()!r}"
            for pattern in FORBIDDEN_ENGLISH
            if re.search(pattern, line)
        ]
    return found
