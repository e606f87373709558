"""The open datasets: one per page type that declares one (``open_data``, see
``home.protocol``), of one language, as flat rows that serialise to JSON and CSV alike. Only
visible pages are exported; each page type writes its own row (``open_data_row``)."""

from dataclasses import dataclass
from functools import cache

from wagtail.models import Locale, get_page_models

from core.visibility import visible
from home.protocol import OpenDataset


@dataclass(frozen=True)
class Dataset:
    """One exported page type: its declaration and its pages."""

    model: type
    spec: OpenDataset

    @property
    def slug(self) -> str:
        return self.spec.slug

    @property
    def title(self):
        return self.spec.title

    @property
    def description(self):
        return self.spec.description

    @property
    def columns(self) -> tuple[str, ...]:
        return self.spec.all_columns

    def pages(self, locale: Locale):
        return (
            visible(self.model.objects.all(), locale)
            .select_related("locale")
            .prefetch_related("topics")
            .order_by(*self.spec.order)
        )

    def rows(self, locale: Locale, request) -> list[dict]:
        return [page.open_data_row(request) for page in self.pages(locale)]


@cache
def datasets() -> dict[str, Dataset]:
    """Every declared dataset by its slug, in the order of the slugs."""
    found = [
        Dataset(model, model.open_data)
        for model in get_page_models()
        if getattr(model, "open_data", None) is not None
    ]
    return {dataset.slug: dataset for dataset in sorted(found, key=lambda d: d.slug)}
