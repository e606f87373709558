"""Factories for project profiles and their index."""

import datetime

import factory

from projects.models import PartnerRole, ProjectIndexPage, ProjectPage, ProjectPartner, ProjectScope
from taxonomy.models import Municipality

from .base import PageFactory


class ProjectIndexPageFactory(PageFactory):
    title = "Projekte"
    slug = "projekte"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(PageFactory):
    """A nationwide project that ran through 2022 and 2023 unless told otherwise."""

    title = factory.Sequence(lambda n: f"Projekt {n}")
    teaser = factory.Faker("sentence", locale="de_DE")
    scope = ProjectScope.NATIONWIDE
    start_date = datetime.date(2022, 1, 1)
    end_date = datetime.date(2023, 12, 31)

    class Meta:
        model = ProjectPage


def partner(member, role=PartnerRole.PARTNER) -> ProjectPartner:
    """An unsaved partner row for ``partners=[...]``: a municipality or an organisation."""
    if isinstance(member, Municipality):
        return ProjectPartner(municipality=member, role=role)
    return ProjectPartner(organisation=member, role=role)
