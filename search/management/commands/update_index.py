"""``manage.py update_index``: Wagtail's indexes, then the portal's search documents (and the
Elasticsearch page index when configured), with a progress display."""

from wagtail.search.management.commands.update_index import Command as WagtailCommand

from search.documents import rebuild
from search.engine import elastic_index


class Command(WagtailCommand):
    help = "Rebuild Wagtail's search indexes and the portal's language-aware search index."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--portal-only",
            action="store_true",
            help="Rebuild only the portal's search documents, not Wagtail's own indexes.",
        )

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        if not options.pop("portal_only", False):
            super().handle(**options)
        elastic = elastic_index()
        if elastic is not None:
            self.write("Recreating the Elasticsearch page index")
            elastic.recreate()
        self.write("Rebuilding the portal search documents")
        total = rebuild(progress=self.progress)
        self.write(f"\nIndexed {total} pages.")

    def progress(self, done: int, total: int):
        if self.verbosity == 0:
            return
        width = 30
        filled = width * done // total if total else width
        self.stdout.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
