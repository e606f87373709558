"""Factories for the accessibility pages: the statement, Leichte Sprache, sign language."""

import factory

from accessibility.models import AccessibilityStatementPage, EasyReadPage, SignLanguagePage

from .base import PageFactory


def barrier(content: str = "PDF-Dokumente sind nicht geprüft.", **changes) -> dict:
    value = {
        "content": content,
        "reason": "non_compliance",
        "explanation": "Sie stammen von Partnern.",
        "criteria": "1.3.1",
        "alternative": "Wir senden den Inhalt als Text.",
        **changes,
    }
    return {"type": "barrier", "value": value}


class AccessibilityStatementPageFactory(PageFactory):
    """A partially compliant German statement with one known barrier."""

    title = "Erklärung zur Barrierefreiheit"
    slug = "barrierefreiheit"
    barriers = factory.LazyFunction(lambda: [barrier()])

    class Meta:
        model = AccessibilityStatementPage


class EasyReadPageFactory(PageFactory):
    title = "Leichte Sprache"
    slug = "leichte-sprache"
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "section",
                "value": {
                    "heading": "Willkommen",
                    "pictogram": "portal",
                    "image": None,
                    "image_alt": "",
                    "text": "<p>Das ist die Internet-Seite.</p>",
                },
            }
        ]
    )

    class Meta:
        model = EasyReadPage


class SignLanguagePageFactory(PageFactory):
    title = "Gebärdensprache"
    slug = "gebaerdensprache"

    class Meta:
        model = SignLanguagePage
