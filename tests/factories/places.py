"""Factories for the municipality overview page."""

from places.models import MunicipalityIndexPage

from .base import PageFactory


class MunicipalityIndexPageFactory(PageFactory):
    title = "Kommunen"
    slug = "kommunen"

    class Meta:
        model = MunicipalityIndexPage
