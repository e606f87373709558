"""Checks that hold for every page type: tree rules, preview, and that nothing is left out."""

from django.apps import apps

from wagtail.models import Page

import pytest

from tests.factories.accessibility import (
    AccessibilityStatementPageFactory,
    EasyReadPageFactory,
    SignLanguagePageFactory,
)
from tests.factories.enquiries import FormPageFactory, PeerExchangeFormPageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories.places import MunicipalityIndexPageFactory
from tests.factories.privacy import PrivacyStatementPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db

# detail factory: its index factory (None: directly below the home page)
PAGE_FACTORIES = {
    StandardPageFactory: None,
    FormPageFactory: None,
    PeerExchangeFormPageFactory: None,
    NewsIndexPageFactory: None,
    NewsPageFactory: NewsIndexPageFactory,
    EventIndexPageFactory: None,
    EventPageFactory: EventIndexPageFactory,
    ProjectIndexPageFactory: None,
    ProjectPageFactory: ProjectIndexPageFactory,
    ToolboxIndexPageFactory: None,
    ToolPageFactory: ToolboxIndexPageFactory,
    MunicipalityIndexPageFactory: None,
    AccessibilityStatementPageFactory: None,
    EasyReadPageFactory: None,
    SignLanguagePageFactory: None,
    PrivacyStatementPageFactory: None,
}


def concrete_page_models() -> set[type[Page]]:
    return {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label != "wagtailcore"
    }


def build(factory, homes):
    index_factory = PAGE_FACTORIES[factory]
    parent = index_factory(parent=homes["de"]) if index_factory else homes["de"]
    return factory(parent=parent)


def test_every_page_type_has_a_factory_here():
    from home.models import HomePage

    covered = {factory._meta.model for factory in PAGE_FACTORIES} | {HomePage}

    assert concrete_page_models() == covered


@pytest.mark.parametrize("model", sorted(concrete_page_models(), key=str), ids=lambda m: m.__name__)
def test_every_page_type_states_its_tree_rules(model):
    assert "parent_page_types" in vars(model) or any(
        "parent_page_types" in vars(b) for b in model.__mro__[1:-1] if b is not Page
    )
    assert model.clean_parent_page_models(), f"{model.__name__} can be created nowhere"


@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_every_page_type_renders_and_previews(client, homes, factory):
    page = build(factory, homes)

    assert client.get(page.url).status_code == 200
    preview = page.make_preview_request()
    assert preview.status_code == 200
    assert page.title in preview.content.decode()


@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_no_page_type_can_be_created_at_the_tree_root(homes, factory):
    model = factory._meta.model

    assert not model.can_create_at(Page.get_first_root_node())
