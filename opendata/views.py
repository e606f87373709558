"""The open-data page and the dataset downloads (JSON and CSV) of the visitor's language."""

import csv
import io

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Site

from core.origin import absolute
from core.spreadsheets import spreadsheet_text

from .datasets import datasets
from .licences import current_licence

FORMATS = ("json", "csv")


def _site_name(request) -> str:
    site = Site.find_for_request(request)
    return site.site_name if site else ""


def _dataset(slug: str):
    try:
        return datasets()[slug]
    except KeyError:
        raise Http404(f"No dataset {slug!r}") from None


@require_safe
def open_data_page(request):
    """Describes the datasets, their fields, formats and licence, and the API."""
    described = [
        {
            "dataset": dataset,
            "links": [
                (fmt.upper(), reverse("opendata:dataset", args=[dataset.slug, fmt]))
                for fmt in FORMATS
            ],
        }
        for dataset in datasets().values()
    ]
    context = {
        "datasets": described,
        "licence": current_licence(),
        "api_url": absolute("/api/v2/pages/"),
        "language": Locale.get_active().language_code,
    }
    return render(request, "opendata/open_data_page.html", context)


@require_safe
def dataset_view(request, slug: str, fmt: str):
    dataset = _dataset(slug)
    if fmt not in FORMATS:
        raise Http404(f"No format {fmt!r}")
    locale = Locale.get_active()
    rows = dataset.rows(locale, request)
    licence = current_licence()
    if fmt == "json":
        response = JsonResponse(
            {
                "dataset": dataset.slug,
                "title": str(dataset.title),
                "description": str(dataset.description),
                "language": locale.language_code,
                "publisher": _site_name(request),
                "licence": {"id": licence.key, "name": licence.name, "url": licence.url},
                "source": absolute(request.get_full_path()),
                "generated_at": timezone.now().isoformat(timespec="seconds"),
                "count": len(rows),
                "items": rows,
            },
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
    else:
        response = HttpResponse(
            _csv(dataset, rows, licence), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{dataset.slug}-{locale.language_code}.csv"'
        )
    response["Link"] = f'<{licence.url}>; rel="license"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _csv(dataset, rows: list[dict], licence) -> str:
    """One row per page; lists joined with "; "; the licence in its own column so that the
    file stays plain CSV that every spreadsheet reads."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*dataset.columns, "licence"])
    for row in rows:
        cells = [row[column] for column in dataset.columns]
        writer.writerow([*(_cell(value) for value in cells), licence.url])
    return buffer.getvalue()


def _cell(value) -> str:
    if isinstance(value, list):
        text = "; ".join(str(item) for item in value)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    return spreadsheet_text(text)
