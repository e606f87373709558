import datetime

from django.core.exceptions import ValidationError

import pytest

from projects.models import PartnerRole, ProjectPage, ProjectPartner
from tests.factories.taxonomy import MunicipalityFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def project(start, end):
    return ProjectPage(title="Projekt", slug="projekt", start_date=start, end_date=end)


def test_end_before_start_is_rejected():
    page = project(datetime.date(2023, 1, 1), datetime.date(2022, 12, 31))

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert "end_date" in error.value.message_dict


@pytest.mark.parametrize("end", [None, datetime.date(2023, 1, 1), datetime.date(2024, 1, 1)])
def test_open_ended_and_ordered_dates_are_accepted(end):
    project(datetime.date(2023, 1, 1), end).clean()


def test_partner_with_both_a_municipality_and_an_organisation_is_rejected():
    row = ProjectPartner(
        municipality=MunicipalityFactory(), organisation=OrganisationFactory(), role="partner"
    )

    with pytest.raises(ValidationError) as error:
        row.clean()

    assert set(error.value.message_dict) == {"municipality", "organisation"}


def test_partner_with_neither_a_municipality_nor_an_organisation_is_rejected():
    with pytest.raises(ValidationError):
        ProjectPartner(role=PartnerRole.LEAD).clean()


@pytest.mark.parametrize("member", ["municipality", "organisation"])
def test_partner_with_exactly_one_member_is_accepted(member):
    factory = {"municipality": MunicipalityFactory, "organisation": OrganisationFactory}[member]

    ProjectPartner(**{member: factory()}, role=PartnerRole.PILOT).clean()
