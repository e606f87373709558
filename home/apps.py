from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from wagtail.models import get_page_models

        from ops.page_cache import register_parameters

        from . import (
            checks,  # noqa: F401  (registers the page-type protocol check)
            translation_slugs,  # noqa: F401  (translated slugs follow their titles)
        )
        from .models import IndexPage

        # What pages read: every listing's facets and page number; the home pages' notice.
        register_parameters("page", "untranslated")
        for model in get_page_models():
            if issubclass(model, IndexPage):
                register_parameters(*(facet.param for facet in model.listing_facets))
