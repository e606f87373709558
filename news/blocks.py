"""Body blocks of news and events: the shared library, one StreamBlock per use so each can
grow on its own."""

from home.blocks import BaseStreamBlock


class NewsBodyBlock(BaseStreamBlock):
    """The text of a news article."""


class EventBodyBlock(BaseStreamBlock):
    """Programme and details of an event."""


class EventDocumentationBlock(BaseStreamBlock):
    """Results of an event shown once it is over: slides, photos, recordings, summaries."""
