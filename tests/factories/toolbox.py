"""Factories for the toolbox: the index page and toolbox entries."""

import factory

from toolbox.models import ToolboxIndexPage, ToolPage

from .base import PageFactory


class ToolboxIndexPageFactory(PageFactory):
    title = "Toolbox"
    slug = "toolbox"

    class Meta:
        model = ToolboxIndexPage


class ToolPageFactory(PageFactory):
    teaser = factory.Faker("sentence", locale="de_DE")

    class Meta:
        model = ToolPage
