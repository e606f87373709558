"""Put the terms of stored pages and snippets in their own language (``taxonomy.localize``).

Content translated before terms followed their page's language points at the source's terms;
this fixes it once, in the pages, their latest and live revisions, and the snippets. Running
it again changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction

from ...localize import localize_stored_terms


class Command(BaseCommand):
    help = "Point the terms of every page and snippet at the terms in its own language."

    @transaction.atomic
    def handle(self, *args, **options):
        pages, snippets = localize_stored_terms()
        self.stdout.write(f"Terms put in their language: {pages} pages, {snippets} snippets.")
