"""Factories for the pages of the ``home`` app."""

import factory

from home.models import StandardPage

from .base import PageFactory


class StandardPageFactory(PageFactory):
    teaser = factory.Faker("sentence", locale="de_DE")

    class Meta:
        model = StandardPage
