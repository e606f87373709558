"""Load the bilingual demo content. Idempotent: running it again changes nothing."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from governance.roles import ensure_roles
from home.site_setup import ensure_site_skeleton
from home.translation_records import record_all_translations
from taxonomy.localize import localize_stored_terms

from ...content import ORDER
from ...context import DemoContext


class Command(BaseCommand):
    help = "Load the bilingual demo content. Running it again changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        ctx = DemoContext(homes=ensure_site_skeleton())
        ensure_roles()  # page permissions need the home pages just created
        for name in ORDER:
            module = import_module(f"demo.content.{name}")
            module.load(ctx)
            if options["verbosity"] > 1:
                self.stdout.write(f"  {name}")
        # The English pages are translations in wagtail-localize's sense too: they sync from
        # their German source and open in its translation editor.
        record_all_translations()
        # Demo content loaded before terms followed their page's language (idempotent).
        localize_stored_terms()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
