"""The schema.org description of a project profile (``Project`` with its partners as
``Organization``s), for the page's ``structured_data`` hook."""

from home.structured_data import described, organisation, publisher


def project_description(page, request) -> dict:
    data = described(page, request, "Project")
    partners = [organisation(member) for member, _role in page.partner_roles]
    funders = list(page.commissioned_by.all())
    data.update(name=page.title, member=partners, publisher=publisher(page, request))
    if page.start_date:
        data["foundingDate"] = _as_known(page, page.start_date)
    if page.end_date:
        data["dissolutionDate"] = _as_known(page, page.end_date)
    if funders:
        data["funder"] = [organisation(term) for term in funders]
    return data


def _as_known(page, day) -> str:
    """The day, or only its year when the project's duration is known to the year only (ISO
    8601 allows "2022")."""
    return str(day.year) if page.years_only else day.isoformat()
