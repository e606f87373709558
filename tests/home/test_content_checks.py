"""The portal's content checks join Wagtail's checker: in the userbar an editor sees on a page,
in the page editor's "Checks" panel, in the editor's language, and never for visitors."""

import json
import re

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from home.content_checks import RULES
from tests.factories.base import ImageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

CONFIGURATION = re.compile(
    r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', re.S
)


def axe_configuration(html: str) -> dict:
    found = CONFIGURATION.search(html)
    assert found, "no content checker in the page"
    return json.loads(found.group(1))


def check_options(configuration: dict) -> dict:
    return {check["id"]: check.get("options", {}) for check in configuration["spec"]["checks"]}


@pytest.fixture
def news_index(site):
    return NewsIndexPageFactory(parent=site["de"])


@pytest.fixture
def bare_article(news_index):
    """A news article as an editor leaves it when in a hurry: no image, no teaser."""
    return NewsPageFactory(parent=news_index, title="Hitzeschutz in Ulm", teaser="")


@pytest.fixture
def complete_article(news_index):
    return NewsPageFactory(
        parent=news_index,
        title="Hitzeschutz in Ulm",
        teaser="Ulm schützt ältere Menschen mit einem Hitzeaktionsplan.",
        image=ImageFactory(),
        image_alt="Schattiger Platz mit Trinkbrunnen",
        search_description="Wie Ulm ältere Menschen vor Hitze schützt.",
    )


def userbar_of(client, user, page) -> dict:
    client.force_login(user)
    response = client.get(page.url)
    assert response.status_code == 200
    return axe_configuration(response.content.decode())


def test_the_userbar_runs_every_portal_rule_with_its_check(client, editor, bare_article):
    configuration = userbar_of(client, editor, bare_article)
    rules = {rule["id"]: rule for rule in configuration["spec"]["rules"]}
    for rule, (selector, check, _impact) in RULES.items():
        assert rules[rule]["any"] == [check]
        assert rules[rule]["selector"] == selector
        assert rule in configuration["options"]["runOnly"]
    assert {check for _, check, _ in RULES.values()} <= set(check_options(configuration))


def test_wagtails_own_checks_stay_except_the_heading_order_the_portal_replaces(
    client, editor, bare_article
):
    run_only = userbar_of(client, editor, bare_article)["options"]["runOnly"]
    assert {"alt-text-quality", "link-name", "empty-heading"} <= set(run_only)
    assert "heading-order" not in run_only
    assert "portal-heading-levels" in run_only


def test_a_german_editor_reads_what_to_do_in_german(client, editor, bare_article):
    messages = userbar_of(client, editor, bare_article)["messages"]
    assert messages["portal-main-image"]["error_name"] == "Die Seite hat kein Hauptbild"
    assert "Hauptbild" in messages["portal-main-image"]["help_text"]
    assert messages["portal-teaser-too-long"]["help_text"].startswith(
        "Karten schneiden ihn nach 30 Wörtern ab"
    )
    for rule in RULES:
        assert messages[rule]["error_name"] and messages[rule]["help_text"]


def test_an_editor_preferring_english_reads_them_in_english(client, editor, bare_article):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    messages = userbar_of(client, editor, bare_article)["messages"]
    assert messages["portal-main-image"]["error_name"] == "The page has no main image"
    assert messages["portal-link-text"]["error_name"] == (
        "The link text does not say where it leads"
    )


def test_a_page_without_image_and_teaser_hands_the_checks_what_is_missing(
    client, editor, bare_article
):
    options = check_options(userbar_of(client, editor, bare_article))
    assert options["portal-check-main-image"] == {"missing": True}
    assert options["portal-check-teaser-missing"] == {"missing": True}
    assert options["portal-check-search-description"] == {"missing": True}
    assert options["portal-check-main-image-alt"] == {"missing": False}


def test_a_complete_page_hands_the_checks_nothing_to_report(client, editor, complete_article):
    options = check_options(userbar_of(client, editor, complete_article))
    assert options["portal-check-main-image"] == {"missing": False}
    assert options["portal-check-main-image-alt"] == {"missing": False}
    assert options["portal-check-teaser-missing"] == {"missing": False}
    assert options["portal-check-teaser-too-long"]["words"] <= 30
    assert options["portal-check-search-description"] == {"missing": False}


def test_a_main_image_without_alternative_text_is_reported(client, editor, news_index):
    article = NewsPageFactory(parent=news_index, image=ImageFactory(), image_alt=" ")
    options = check_options(userbar_of(client, editor, article))
    assert options["portal-check-main-image-alt"] == {"missing": True}


def test_a_teaser_longer_than_a_card_shows_is_counted(client, editor, news_index):
    article = NewsPageFactory(parent=news_index, teaser=" ".join(["Wort"] * 31))
    options = check_options(userbar_of(client, editor, article))
    assert options["portal-check-teaser-too-long"] == {"words": 31, "limit": 30}


def test_navigational_pages_need_no_card_image_or_teaser(client, editor, news_index):
    options = check_options(userbar_of(client, editor, news_index))
    assert options["portal-check-main-image"] == {"missing": False}
    assert options["portal-check-teaser-missing"] == {"missing": False}


def test_the_userbar_loads_the_portals_check_functions(client, editor, bare_article):
    client.force_login(editor)
    assert "/static/js/content_checks.js" in client.get(bare_article.url).content.decode()


def test_the_page_editors_checks_panel_runs_the_portal_rules(client, editor, bare_article):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{bare_article.pk}/edit/")
    configuration = axe_configuration(response.content.decode())
    assert "portal-teaser-missing" in configuration["options"]["runOnly"]
    assert configuration["messages"]["portal-teaser-missing"]["error_name"] == ("Der Teaser fehlt")


def test_visitors_never_get_the_checks(client, bare_article):
    html = client.get(bare_article.url).content.decode()
    assert "content_checks.js" not in html
    assert "portal-check" not in html
    assert "checker-axe-configuration" not in html


def test_the_english_translation_is_checked_like_the_german_page(client, editor, bare_article):
    english = bare_article.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.save_revision().publish()
    options = check_options(userbar_of(client, editor, english))
    assert options["portal-check-main-image"] == {"missing": True}


def test_only_pages_that_listings_show_as_cards_need_a_main_image(client, editor, site):
    about = StandardPageFactory(parent=site["de"], title="Über uns", teaser="")
    options = check_options(userbar_of(client, editor, about))
    assert options["portal-check-main-image"] == {"missing": False}
    assert options["portal-check-teaser-missing"] == {"missing": True}


def test_a_translation_under_the_german_slug_is_reported(client, editor, bare_article):
    english = bare_article.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.title = "Heat protection in Ulm"
    english.save_revision().publish()
    assert english.slug == bare_article.slug
    options = check_options(userbar_of(client, editor, english))
    assert options["portal-check-source-slug"] == {"missing": True}


def test_a_translation_with_its_own_slug_is_not(client, editor, bare_article):
    english = bare_article.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.slug = "heat-protection-in-ulm"
    english.save_revision().publish()
    english.refresh_from_db()
    options = check_options(userbar_of(client, editor, english))
    assert options["portal-check-source-slug"] == {"missing": False}
    german = check_options(userbar_of(client, editor, bare_article))
    assert german["portal-check-source-slug"] == {"missing": False}
