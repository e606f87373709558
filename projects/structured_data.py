"""The schema.org description of a project profile (``Project`` with its partners as
``Organization``s), for the page's ``structured_data`` hook."""

from home.structured_data import described, organisation, publisher


def project_description(page, request) -> dict:
    data = described(page, request, "Project")
    partners = [organisation(member) for member, _role in page.localized_partners]
    funders = page.localized_commissioned_by
    data.update(name=page.title, member=partners, publisher=publisher(page, request))
    if page.start_date:
        data["foundingDate"] = page.start_date.isoformat()
    if page.end_date:
        data["dissolutionDate"] = page.end_date.isoformat()
    if funders:
        data["funder"] = [organisation(term) for term in funders]
    return data
