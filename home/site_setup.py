"""Builds the bilingual skeleton of the site: both locales, the German home page at the root
of the default site and its English translation. Idempotent, so ``load_demo`` and the tests
can call it on any database state. ``make_room_for_home_pages`` clears Wagtail's own
placeholder page (what ``migrate`` leaves) for home pages that come from elsewhere."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TITLES = {"de": "Startseite", "en": "Home"}


@transaction.atomic
def ensure_site_skeleton(hostname: str = "localhost", port: int = 80) -> dict[str, HomePage]:
    """Return the home page per language code, creating what is missing."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]

    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        make_room_for_home_pages()
        home = Page.get_first_root_node().add_child(
            instance=HomePage(
                title=HOME_TITLES[settings.LANGUAGE_CODE], slug="home", locale=default
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.root_page.depth < 2:  # none yet, or the one migrate made
        site = site or Site(is_default_site=True)
        site.hostname, site.port = hostname, port
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()

    homes = {settings.LANGUAGE_CODE: home}
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
            translation.title = HOME_TITLES.get(code, home.title)
            translation.save_revision().publish()
        homes[code] = translation.specific
    return homes


def make_room_for_home_pages() -> None:
    """Remove the bare "Welcome" page Wagtail's installation leaves at the top of the tree
    (a plain ``Page`` without children), whose slug "home" would clash with a home page;
    sites that showed it point at the tree's root until a home page takes its place."""
    placeholders = Page.objects.filter(
        depth=2, numchild=0, content_type=ContentType.objects.get_for_model(Page)
    )
    if not placeholders.exists():
        return
    Site.objects.filter(root_page__in=placeholders).update(root_page=Page.get_first_root_node())
    placeholders.delete()


def point_sites_at(homes: dict[str, Page]) -> None:
    """The default site shows the home page of the default language; created if missing."""
    home = homes.get(settings.LANGUAGE_CODE) or next(iter(homes.values()), None)
    if home is None:
        return
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk and site.root_page.depth < 2:
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
