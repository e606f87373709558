"""Models of the ``enquiries`` app: the form pages and their fields, and the outbox of e-mails."""

from .outbox import OutgoingEmail
from .pages import (
    EnquiryPage,
    FormField,
    FormPage,
    PeerExchangeFormField,
    PeerExchangeFormPage,
)

__all__ = [
    "EnquiryPage",
    "FormField",
    "FormPage",
    "OutgoingEmail",
    "PeerExchangeFormField",
    "PeerExchangeFormPage",
]
