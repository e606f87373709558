import pytest

from tests.factories.news import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(login, editor):
    """A member of the Editors role, nothing more."""
    return login(editor)


@pytest.mark.parametrize("model", ["newspage", "eventpage"])
def test_editors_can_open_the_form_for_a_new_page(editor_client, news_index, event_index, model):
    parent = news_index if model == "newspage" else event_index

    response = editor_client.get(f"/admin/pages/add/news/{model}/{parent.pk}/")

    assert response.status_code == 200


def test_editors_can_open_the_forms_of_existing_pages(editor_client, news_index, event_index):
    pages = [
        news_index,
        event_index,
        NewsPageFactory(parent=news_index),
        EventPageFactory(parent=event_index),
    ]

    for page in pages:
        assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
