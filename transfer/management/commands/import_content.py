"""``manage.py import_content``: reads a file written by ``export_content``."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from transfer.importer import ERROR, Importer, InvalidFile


class Command(BaseCommand):
    help = (
        "Import pages, snippets, images and documents from an export_content file. Items are "
        "matched by translation key and locale; each is imported whole or not at all."
    )

    def add_arguments(self, parser):
        parser.add_argument("input", help="The JSON file written by export_content.")
        parser.add_argument(
            "--media-dir", type=Path, help="Directory with the image and document files."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; write nothing."
        )

    def handle(self, input, media_dir=None, dry_run=False, **options):
        try:
            data = json.loads(Path(input).read_text(encoding="utf-8"))
            importer = Importer(data, media_dir=media_dir, dry_run=dry_run, progress=self.progress)
        except (OSError, ValueError, InvalidFile) as error:
            raise CommandError(f"Cannot import {input}: {error}") from error
        self.verbosity = options.get("verbosity", 1)
        report = importer.run()
        for outcome in report.outcomes:
            if outcome.status == ERROR:
                self.stdout.write(self.style.ERROR(str(outcome)))
            elif self.verbosity >= 2 or dry_run:
                self.stdout.write(str(outcome))
        counts = report.counts
        summary = ", ".join(
            f"{counts[status]} {status}" for status in ("created", "updated", "unchanged", ERROR)
        )
        prefix = "Dry run, nothing written: would have " if dry_run else "Imported: "
        self.stdout.write(prefix + summary)
        if report.errors:
            raise CommandError(f"{len(report.errors)} item(s) could not be imported (see above)")

    def progress(self, done, total, outcome):
        self.stderr.write(f"{done}/{total} {outcome.status} {outcome.label}")
