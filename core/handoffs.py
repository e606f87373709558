"""Signals through which feature apps hand work to each other without importing each other.

Feature apps sit side by side (README: Layers); where one needs another's work, the need is
declared here, one layer below both, and the app that can do it connects a receiver:

- ``registration_received``: a peer-to-peer registration was stored (sent by ``enquiries`` in
  the submission's transaction with ``page``, ``submission`` and the form's ``data``, its
  cleaned data); the peer exchange opens a case from it.
- ``email_requested``: put an e-mail into the outbox and send it after commit (``recipient``,
  ``subject``, ``body``, ``language``); ``enquiries`` owns the outbox and answers with the
  stored e-mail. ``queue_email`` sends it and insists that someone answered.
- ``personal_data_requested`` / ``personal_data_erased``: what the portal holds on one e-mail
  address (``email``), for the admin's export and erasure; every app holding personal data
  answers with ``PersonalData`` (export) or the number of records it deleted (erasure).
- ``retention_due``: the daily purge (``purge_form_submissions``) asks every app to delete
  what has outlived its retention period (``now``, ``dry_run``); each answers with a list of
  ``(what, count)``.
- ``profile_panels_requested`` / ``map_marks_requested``: what the municipality profiles and
  their map show beyond pages (``municipality`` or ``locale``); receivers answer with
  ``ProfilePanel`` or a ``{municipality slug: label}`` mapping.
"""

from dataclasses import dataclass, field

from django.dispatch import Signal

registration_received = Signal()
email_requested = Signal()
personal_data_requested = Signal()
personal_data_erased = Signal()
retention_due = Signal()
profile_panels_requested = Signal()
map_marks_requested = Signal()


@dataclass(frozen=True)
class PersonalData:
    """One app's records on an e-mail address: a heading and one dict per record."""

    title: str
    records: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class ProfilePanel:
    """A part of a municipality profile that is not a list of pages: a template and its
    context, placed among the page sections by ``order``."""

    template: str
    context: dict
    order: int


def answers(signal: Signal, **kwargs) -> list:
    """Every receiver's answer, in the order they were connected, ``None`` left out."""
    return [
        response
        for _receiver, response in signal.send(sender=None, **kwargs)
        if response is not None
    ]


def queue_email(*, recipient: str, subject: str, body: str, language: str):
    """Put an e-mail into the outbox (sent after commit); raises if no app keeps an outbox."""
    stored = answers(
        email_requested, recipient=recipient, subject=subject, body=body, language=language
    )
    if not stored:
        raise RuntimeError("No outbox is connected to core.handoffs.email_requested")
    return stored[0]
