"""Models of the shared ``home`` app: base page mixins, home and standard pages, site snippets."""

from .base import BasePage, IndexPage, TopicPage
from .mixins import (
    DiscussedPagesMixin,
    ReviewedMixin,
    SocialMixin,
    TeaserMixin,
    TopicsMixin,
)
from .pages import HomePage, StandardPage
from .snippets import Footer, MainMenu

__all__ = [
    "BasePage",
    "DiscussedPagesMixin",
    "Footer",
    "HomePage",
    "IndexPage",
    "MainMenu",
    "ReviewedMixin",
    "SocialMixin",
    "StandardPage",
    "TeaserMixin",
    "TopicPage",
    "TopicsMixin",
]
