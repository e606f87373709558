"""Factory for the privacy statement."""

from privacy.models import PrivacyStatementPage

from .base import PageFactory


class PrivacyStatementPageFactory(PageFactory):
    title = "Datenschutzerklärung"
    slug = "datenschutz"
    controller = "<p>Beispiel-Transferstelle, Musterstraße 1, 10115 Berlin</p>"

    class Meta:
        model = PrivacyStatementPage
