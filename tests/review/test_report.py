"""The "Needs review" report, as an editor (not a superuser) in the German admin."""

import datetime

from django.utils import timezone

from wagtail.models import Page

import pytest

from home.checks import every_page_type_describes_itself
from news.models import NewsPage
from review.models import LinkProblem
from tests.factories.base import translate_page
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/needs-review/"


@pytest.fixture
def german(client):
    client.cookies["django_language"] = "de"
    return {"HTTP_ACCEPT_LANGUAGE": "de"}


def table(response) -> str:
    """The report's table (the filters name every reason too); empty without rows."""
    tables = [part.split("</table>", 1)[0] for part in response.content.decode().split("<table")]
    return next((part for part in tables[1:] if "listing" in part.split(">", 1)[0]), "")


def make_old(page, *, reviewed=None, published_days_ago=800):
    type(page).objects.filter(pk=page.pk).update(
        last_reviewed=reviewed,
        first_published_at=timezone.now() - datetime.timedelta(days=published_days_ago),
    )


def test_an_editor_sees_due_reviews_and_broken_links_with_owner_and_reason(
    login, editor, homes, referrer, target, german
):
    make_old(target, reviewed=datetime.date(2020, 3, 1))
    StandardPageFactory(parent=homes["de"], title="Frisch", last_reviewed=timezone.localdate())
    target.unpublish()
    editor.first_name, editor.last_name = "Erika", "Muster"
    editor.save()

    response = login(editor).get(REPORT, **german)

    assert response.status_code == 200
    assert "Zu prüfen" in response.content.decode()
    html = table(response)
    assert "Überblick" in html and "Defekter Link" in html  # the referrer, its broken link
    assert "Erika Muster" in html
    assert f"/admin/pages/{referrer.pk}/edit/" in html
    assert "Frisch" not in html
    # The unpublished target is no longer live, so its review is no longer due.
    assert "Prüfung fällig" not in html


def test_a_page_never_reviewed_is_due_once_its_first_publication_is_older_than_the_interval(
    login, editor, homes, german
):
    old = StandardPageFactory(parent=homes["de"], title="Alt")
    make_old(old, reviewed=None, published_days_ago=400)
    young = StandardPageFactory(parent=homes["de"], title="Jung")
    make_old(young, reviewed=None, published_days_ago=100)

    html = table(login(editor).get(REPORT, **german))

    assert "Alt" in html and "Jung" not in html
    assert "Prüfung fällig" in html and "Noch nie geprüft" in html


def test_the_reason_filter_narrows_the_rows(login, editor, homes, referrer, target, german):
    make_old(referrer, reviewed=datetime.date(2020, 3, 1))
    target.unpublish()
    client = login(editor)

    links_only = table(client.get(REPORT, {"reason": "link"}, **german))
    reviews_only = table(client.get(REPORT, {"reason": "review"}, **german))

    assert "Defekter Link" in links_only and "Prüfung fällig" not in links_only
    assert "Prüfung fällig" in reviews_only and "Defekter Link" not in reviews_only
    assert client.get(REPORT, {"reason": "nonsense"}, **german).status_code == 200


def test_the_language_filter_and_pages_the_user_may_not_edit(
    login, editor, moderator, homes, german
):
    english = StandardPageFactory(parent=homes["en"], title="English page")
    LinkProblem.objects.create(
        page=english,
        kind="internal",
        reason="deleted",
        target="Gone",
        target_page_id=999,
        checked_at=timezone.now(),
    )
    # Editors work in the German tree only; Moderators in both.
    assert "English page" not in table(login(editor).get(REPORT, **german))
    client = login(moderator)
    assert "English page" in table(client.get(REPORT, {"locale": "en"}, **german))
    assert "English page" not in table(client.get(REPORT, {"locale": "de"}, **german))


def test_translators_do_not_see_the_report(login, translator):
    assert login(translator).get(REPORT).status_code in (302, 403)


def test_the_editor_names_the_pages_broken_links_when_it_opens(
    login, editor, referrer, target, german
):
    target.unpublish()
    html = login(editor).get(f"/admin/pages/{referrer.pk}/edit/", **german).content.decode()
    assert "Defekter Link auf dieser Seite" in html and "Hitzeschutz" in html


def test_mark_as_reviewed_sets_today_on_the_page_and_its_latest_revision(
    login, editor, homes, german
):
    page = StandardPageFactory(
        parent=homes["de"], title="Alt", last_reviewed=datetime.date(2020, 1, 1)
    )
    client = login(editor)
    url = f"/admin/pages/{page.pk}/mark-reviewed/"

    assert "Heute als geprüft markieren" in client.get(url, **german).content.decode()
    response = client.post(url, {"next": REPORT}, **german)

    assert response.status_code == 302 and response.url == REPORT
    page.refresh_from_db()
    assert page.last_reviewed == timezone.localdate()
    assert page.latest_revision.as_object().last_reviewed == timezone.localdate()
    assert page.get_latest_revision().content["last_reviewed"] == timezone.localdate().isoformat()


def test_mark_as_reviewed_needs_the_right_to_edit_the_page(login, editor, homes):
    english = StandardPageFactory(parent=homes["en"], title="English page")
    response = login(editor).post(f"/admin/pages/{english.pk}/mark-reviewed/")
    # Wagtail's admin answers a refusal by sending the user to the dashboard.
    assert (
        response.status_code in (302, 403)
        and response.get("Location") != f"/admin/pages/{english.pk}/edit/"
    )
    english.refresh_from_db()
    assert english.last_reviewed is None


def test_a_translation_behind_its_source_is_listed_for_its_owner(login, moderator, homes, german):
    source = StandardPageFactory(parent=homes["de"], title="Quelle", owner=moderator)
    translation = translate_page(source, "en", title="Source in English")
    Page.objects.filter(pk=translation.pk).update(owner=moderator)
    source.refresh_from_db()
    source.save_revision().publish()  # changed after the translation

    html = table(login(moderator).get(REPORT, {"reason": "translation"}, **german))

    assert "Source in English" in html and "Übersetzung hinter dem Original" in html
    assert "„Quelle“ wurde seit der letzten Übersetzung geändert." in html


def test_a_page_type_with_a_review_interval_needs_the_field(monkeypatch):
    monkeypatch.setattr(NewsPage, "review_interval", datetime.timedelta(days=30))
    errors = [error for error in every_page_type_describes_itself() if error.obj is NewsPage]
    assert [error.id for error in errors] == ["home.E001"]
    assert "review interval" in errors[0].msg
