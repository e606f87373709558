"""'War diese Seite hilfreich?': every content page asks, the answer is stored anonymously,
bad input gets a clear 4xx, editors read the answers per page under Reports."""

import datetime

from django.core.management import call_command
from django.test import Client

from wagtail.models import PageViewRestriction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enquiries.models import PageFeedback
from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db
URL = "/page-feedback/"


@pytest.fixture
def article(homes):
    german = StandardPageFactory(parent=homes["de"], title="Gründächer", slug="gruendaecher")
    english = translate_page(german, title="Green roofs", slug="green-roofs")
    return german, english


def test_content_pages_ask_and_navigational_pages_do_not(client, article):
    german, english = article
    html = client.get(german.url).text
    assert "War diese Seite hilfreich?" in html
    assert f'<input type="hidden" name="page" value="{german.pk}">' in html
    assert "Was this page useful?" in client.get(english.url).text
    assert "War diese Seite hilfreich?" not in client.get("/").text


def test_an_answer_is_stored_without_anything_about_the_visitor(client, article):
    english = article[1]
    response = client.post(URL, {"page": english.pk, "useful": "no", "comment": "  Too  short. "})
    assert response.status_code == 200
    assert "Thank you for your feedback." in response.text  # in the page's language
    assert f'href="{english.url}"' in response.text
    (answer,) = PageFeedback.objects.all()
    assert (answer.page_id, answer.useful, answer.comment) == (english.pk, False, "Too short.")
    assert {field.name for field in PageFeedback._meta.fields} == {
        "id",
        "page",
        "useful",
        "comment",
        "day",
    }


def test_the_form_works_from_a_cached_page_without_a_csrf_token(article):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(URL, {"page": article[0].pk, "useful": "yes"})
    assert response.status_code == 200
    assert "Vielen Dank für Ihre Rückmeldung." in response.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"useful": "maybe"}, "Bitte wählen Sie „Ja“ oder „Nein“."),
        ({"useful": "yes", "comment": "x" * 1001}, "Ihr Kommentar ist zu lang"),
    ],
)
def test_bad_answers_get_a_message_and_nothing_is_stored(client, article, data, message):
    response = client.post(URL, {"page": article[0].pk, **data})
    assert response.status_code == 400
    assert message in response.text
    assert not PageFeedback.objects.exists()


def test_only_live_public_pages_take_feedback(client, article, homes):
    draft = StandardPageFactory(parent=homes["de"], title="Entwurf", live=False)
    private = StandardPageFactory(parent=homes["de"], title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page_id in [draft.pk, private.pk, 999999, "x", ""]:
        assert client.post(URL, {"page": page_id, "useful": "yes"}).status_code == 400
    assert client.get(URL).status_code == 405
    assert not PageFeedback.objects.exists()


def test_bots_that_fill_the_hidden_field_are_thanked_but_not_counted(client, article):
    response = client.post(URL, {"page": article[0].pk, "useful": "yes", "website": "spam"})
    assert response.status_code == 200
    assert not PageFeedback.objects.exists()


def test_answers_are_rate_limited_per_client(client, article, settings):
    settings.ENQUIRY_RATE_LIMIT = 2
    codes = [
        client.post(URL, {"page": article[0].pk, "useful": "yes"}).status_code for _ in range(3)
    ]
    assert codes == [200, 200, 429]
    assert PageFeedback.objects.count() == 2


def test_editors_read_the_answers_per_page(client, admin_client_de, article):
    german = article[0]
    PageFeedback.objects.create(page=german, useful=False, comment="Mehr Beispiele, bitte.")
    PageFeedback.objects.create(page=german, useful=True)
    html = admin_client_de.get("/admin/reports/page-feedback/").text
    assert "Gründächer" in html and "Mehr Beispiele, bitte." in html
    assert "<td>1</td>" in html
    assert Client().get("/admin/reports/page-feedback/").status_code == 302  # login first


def test_old_answers_are_purged_with_the_form_submissions(article):
    old = PageFeedback.objects.create(page=article[0], useful=True, comment="alt")
    PageFeedback.objects.filter(pk=old.pk).update(day=datetime.date(2020, 1, 1))
    PageFeedback.objects.create(page=article[0], useful=True, comment="neu")
    call_command("purge_form_submissions", "--days", "30", verbosity=0)
    assert list(PageFeedback.objects.values_list("comment", flat=True)) == ["neu"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(["page", "useful", "comment", "website"]), st.text(max_size=1200)
    )
)
def test_hostile_posts_never_crash(article, data):
    response = Client().post(URL, data)
    assert response.status_code in (200, 400, 429)
