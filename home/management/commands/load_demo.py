"""Load the demo content: both home pages now; the content model adds its pages. Idempotent."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.site_setup import ensure_site_skeleton

HOME_INTROS = {
    "de": (
        "<p>Das Portal für smarte, klimaresiliente Städte: Neuigkeiten, Veranstaltungen, "
        "Projektsteckbriefe und eine Toolbox mit Methoden, von Kommunen für Kommunen.</p>"
    ),
    "en": (
        "<p>The portal for smart, climate-resilient cities: news, events, project profiles "
        "and a toolbox of methods, by municipalities for municipalities.</p>"
    ),
}


class Command(BaseCommand):
    help = "Load the bilingual demo content. Running it again changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        homes = ensure_site_skeleton()
        for code, home in homes.items():
            if home.intro != HOME_INTROS[code]:
                home.intro = HOME_INTROS[code]
                home.save_revision().publish()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {len(homes)} home pages."))
