"""No mixing: an English page shows English interface strings and English content only."""

import re

from django.conf import settings

from wagtail.models import Page

import pytest
from babel.messages.pofile import read_po

from taxonomy.models import Topic

pytestmark = pytest.mark.django_db


def german_interface_strings() -> set[str]:
    """Translated interface strings long enough not to occur by chance in English text."""
    with open(settings.BASE_DIR / "locale/de/LC_MESSAGES/django.po", "rb") as handle:
        catalogue = read_po(handle, locale="de")
    strings = set()
    for message in catalogue:
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in translations:
            if (
                text
                and " " in text
                and len(text) >= 12
                and "%(" not in text
                and text not in str(message.id)
            ):
                strings.add(text)
    return strings


def visible_text(html: str) -> str:
    """The page without the language switcher, whose German link names itself in German."""
    return re.sub(r'<nav class="language-switcher".*?</nav>', "", html, flags=re.S)


def english_pages():
    return Page.objects.live().filter(locale__language_code="en", depth__gt=1).specific()


def german_titles_and_terms() -> set[str]:
    """German page titles and topic names that differ from every English one."""
    english = set(english_pages().values_list("title", flat=True)) | set(
        Topic.objects.filter(locale__language_code="en").values_list("name", flat=True)
    )
    german = set(
        Page.objects.live()
        .filter(locale__language_code="de", depth__gt=2)
        .values_list("title", flat=True)
    ) | set(Topic.objects.filter(locale__language_code="de").values_list("name", flat=True))
    return {text for text in german - english if len(text) >= 8}


def test_english_pages_show_only_english(client, demo):
    """Every English page of the demo: declared English, no German interface string, and no
    German page title or topic in its listings, teasers, navigation or related content."""
    interface = german_interface_strings()
    content = german_titles_and_terms()
    not_english, leaks = [], {}
    for page in english_pages():
        html = client.get(page.url).content.decode()
        if '<html lang="en">' not in html:
            not_english.append(page.url)
        text = visible_text(html)
        found = sorted(s for s in interface if s in text)
        found += sorted(s for s in content if f">{s}<" in text or f"{s}</" in text)
        if found:
            leaks[page.url] = found

    assert len(interface) > 100 and len(content) > 10
    assert not_english == []
    assert leaks == {}


def test_server_error_page_speaks_the_visitors_language(client, homes, monkeypatch):
    from home.models import HomePage

    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", fail)
    client.raise_request_exception = False

    german = client.get("/")
    english = client.get("/en/")

    assert german.status_code == english.status_code == 500
    assert '<html lang="de">' in german.content.decode()
    assert "Serverfehler" in german.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert "Server error" in english.content.decode()


@pytest.mark.parametrize(("preference", "expected"), [("de", "Seiten"), ("en", "Pages")])
def test_admin_speaks_each_editors_preferred_language(client, superuser, preference, expected):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = preference
    profile.save()
    client.force_login(superuser)

    html = client.get("/admin/").content.decode()

    assert f'<html lang="{preference}"' in html
    assert expected in html
