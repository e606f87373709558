"""Uploads: allow-listed file types and size limits for images and documents; no SVG."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image

import pytest

from tests.factories.base import png_bytes

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def admin(admin_client_de, site):
    return admin_client_de


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content, content_type), "collection": 1},
    )


def upload_document(client, name, content, content_type="application/pdf"):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content, content_type), "collection": 1},
    )


def test_a_png_image_is_accepted(admin):
    upload_image(admin, "bild.png", png_bytes())

    assert Image.objects.filter(title="bild.png").exists()


def test_an_svg_image_is_refused(admin):
    response = upload_image(admin, "logo.svg", SVG, "image/svg+xml")

    assert response.status_code == 200  # the form again, with an error
    assert not Image.objects.exists()


def test_an_oversized_image_is_refused(admin, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100

    upload_image(admin, "gross.png", png_bytes())

    assert not Image.objects.exists()


def test_a_pdf_document_is_accepted(admin):
    upload_document(admin, "bericht.pdf", b"%PDF-1.4\n%test\n")

    assert Document.objects.filter(title="bericht.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("tool.exe", "application/octet-stream"),
        ("seite.html", "text/html"),
        ("grafik.svg", "image/svg+xml"),
        ("makro.docm", "application/vnd.ms-word.document.macroEnabled.12"),
    ],
)
def test_documents_outside_the_allow_list_are_refused(admin, name, content_type):
    upload_document(admin, name, b"MZ-not-allowed", content_type)

    assert not Document.objects.exists()


def test_an_oversized_document_is_refused(admin, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 10

    response = upload_document(admin, "gross.pdf", b"%PDF-1.4\n" + b"x" * 100)

    assert not Document.objects.exists()
    assert "zu groß" in response.content.decode()
