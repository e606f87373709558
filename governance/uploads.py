"""Upload rules Wagtail does not enforce itself: a size limit for documents.

File types are allow-listed in settings (``WAGTAILDOCS_EXTENSIONS``, ``WAGTAILIMAGES_EXTENSIONS``);
SVG is deliberately not an image type, because an SVG can carry scripts and Wagtail serves the
original file unsanitised.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

DEFAULT_MAX_SIZE = 20 * 1024 * 1024


def max_document_size() -> int:
    return getattr(settings, "DOCUMENT_MAX_UPLOAD_SIZE", DEFAULT_MAX_SIZE)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with a maximum file size."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = max_document_size()
        if file and "file" in self.changed_data and file.size > limit:
            raise ValidationError(
                _("This file is too big (%(size)s). The maximum is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            )
        return file
