"""Factories for the taxonomy snippets; every term is created in German unless told."""

import factory

from taxonomy import models

from .base import locale


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    locale = factory.LazyFunction(locale)

    class Meta:
        abstract = True


class TopicFactory(TermFactory):
    class Meta:
        model = models.Topic


class ServiceFactory(TermFactory):
    class Meta:
        model = models.Service


class HazardFactory(TermFactory):
    class Meta:
        model = models.Hazard


class ToolTypeFactory(TermFactory):
    class Meta:
        model = models.ToolType


class TargetGroupFactory(TermFactory):
    class Meta:
        model = models.TargetGroup


class ProcessPhaseFactory(TermFactory):
    sort_order = factory.Sequence(int)

    class Meta:
        model = models.ProcessPhase


class OrganisationFactory(TermFactory):
    kind = models.Organisation.Kind.INSTITUTE
    url = "https://example.org/"

    class Meta:
        model = models.Organisation


class FundingProgrammeFactory(TermFactory):
    class Meta:
        model = models.FundingProgramme


class MunicipalityFactory(TermFactory):
    federal_state = models.Municipality.FederalState.BW
    size_class = models.Municipality.SizeClass.LARGE_CITY
    latitude = "48.39841"
    longitude = "9.99155"

    class Meta:
        model = models.Municipality


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Projektleitung"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    locale = factory.LazyFunction(locale)

    class Meta:
        model = models.Person


def translate(term, language_code: str = "en", **changes):
    """An English (or other) translation of a snippet, saved, with the given field changes: the
    copy a translated page made of the term (``taxonomy.localize``) if there is one, as a
    translator would edit it, else a new one."""
    target = locale(language_code)
    translation = term.get_translation_or_none(target) or term.copy_for_translation(target)
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save()
    return translation
