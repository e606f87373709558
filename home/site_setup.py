"""Builds the bilingual skeleton of the site: both locales, the German home page at the root
of the default site and its English translation. Idempotent, so ``load_demo`` and the tests
can call it on any database state."""

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
        # Wagtail's installation leaves a bare "Welcome" page (plain Page type) in the way.
        Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
        home = Page.get_first_root_node().add_child(
            instance=HomePage(
                title=HOME_TITLES[settings.LANGUAGE_CODE], slug="home", locale=default
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname=hostname, port=port, is_default_site=True)
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
