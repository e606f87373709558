"""Factories for the form pages: a contact form and the peer-to-peer registration."""

from enquiries.models import FormField, FormPage, PeerExchangeFormPage

from .base import PageFactory


def contact_fields() -> list[FormField]:
    return [
        FormField(label="Name", field_type="singleline", required=True),
        FormField(label="E-Mail", field_type="email", required=True),
        FormField(label="Nachricht", field_type="multiline", required=True),
    ]


class FormPageFactory(PageFactory):
    """A German contact form (name, e-mail, message) notifying team@example.org."""

    title = "Kontakt"
    slug = "kontakt"
    to_address = "team@example.org"
    form_fields = None

    class Meta:
        model = FormPage

    @classmethod
    def _create(cls, model_class, *args, form_fields=None, **kwargs):
        kwargs["form_fields"] = contact_fields() if form_fields is None else form_fields
        return super()._create(model_class, *args, **kwargs)


class PeerExchangeFormPageFactory(PageFactory):
    """A German peer-to-peer registration notifying team@example.org."""

    title = "Anmeldung zum Peer-to-Peer-Austausch"
    slug = "anmeldung-peer-to-peer"
    to_address = "team@example.org"

    class Meta:
        model = PeerExchangeFormPage
