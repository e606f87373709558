"""``manage.py export_content``: every page, snippet, image and document as one JSON file."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

from transfer.exporter import export_content


class Command(BaseCommand):
    help = "Export all pages, snippets, images and documents (with translations) as JSON."

    def add_arguments(self, parser):
        parser.add_argument("output", nargs="?", default="-", help="File to write; - for stdout.")
        parser.add_argument(
            "--media-dir",
            type=Path,
            help="Copy image and document files into this directory (paths as in the JSON).",
        )

    def handle(self, output, media_dir=None, **options):
        data = export_content(media_dir=media_dir)
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        if output == "-":
            self.stdout.write(text)
        else:
            Path(output).write_text(text + "\n", encoding="utf-8")
            counts = ", ".join(
                f"{len(data[section])} {section}"
                for section in ("pages", "snippets", "images", "documents")
            )
            sys.stderr.write(f"Exported {counts} to {output}\n")
