"""Models of the ``enquiries`` app: the form pages and their fields, the outbox of e-mails, and
the visitors' page feedback."""

from .feedback import PageFeedback
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
    "PageFeedback",
    "PeerExchangeFormField",
    "PeerExchangeFormPage",
]
