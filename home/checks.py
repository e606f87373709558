"""A system check of the page-type protocol (``home.protocol``): it names every page type that
takes part in a cross-type feature without the hook that feature calls."""

from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from wagtail.models import Page, get_page_models

from taxonomy.models import Municipality

from .models import BasePage, IndexPage, ReviewedMixin


def _overrides(model, name: str, base) -> bool:
    """Whether ``model`` (or a class between it and ``base``) defines ``name`` itself."""
    return getattr(model, name) is not getattr(base, name)


def _leads_to_municipality(model, lookup: str) -> bool:
    current = model
    for part in lookup.split("__"):
        try:
            field = current._meta.get_field(part)
        except FieldDoesNotExist:
            return False
        current = field.related_model
        if current is None:
            return False
    return current is Municipality


def _template_exists(name: str) -> bool:
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return False
    return True


def _problems(model) -> list[str]:
    if not issubclass(model, BasePage):
        return ["is not a home.models.BasePage, so it has none of the protocol's hooks"]
    problems = []
    if model.open_data is not None and not _overrides(model, "open_data_row", BasePage):
        problems.append("declares an open dataset (open_data) but no open_data_row()")
    if model.profile_section is not None:
        problems += [
            f"profile_section lookup {lookup!r} does not lead to taxonomy.Municipality"
            for lookup in model.profile_section.lookups
            if not _leads_to_municipality(model, lookup)
        ]
    if model.header_shortcut is not None and not _template_exists(
        model.header_shortcut.icon_template
    ):
        problems.append(
            f"declares a header shortcut whose pictogram {model.header_shortcut.icon_template!r} "
            "is no template"
        )
    if model.review_interval is not None and not issubclass(model, ReviewedMixin):
        problems.append("declares a review interval but has no last_reviewed (ReviewedMixin)")
    if issubclass(model, IndexPage) and not _overrides(model, "listed_items", IndexPage):
        problems.append("is an index page but does not say which pages it lists (listed_items)")
    listed_by = [
        parent for parent in model.allowed_parent_page_models() if issubclass(parent, IndexPage)
    ]
    card_hooks = ("card", "listing_meta", "listing_kicker")
    if listed_by and not any(_overrides(model, hook, BasePage) for hook in card_hooks):
        problems.append(
            f"is listed by {listed_by[0].__name__} but fills no card "
            "(card, listing_meta or listing_kicker)"
        )
    return problems


@checks.register()
def every_page_type_describes_itself(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"{model._meta.label} {problem}.",
            hint="See home.protocol for the hooks a page type implements.",
            obj=model,
            id="home.E001",
        )
        for model in get_page_models()
        if model is not Page and not model._meta.abstract
        for problem in _problems(model)
    ]
