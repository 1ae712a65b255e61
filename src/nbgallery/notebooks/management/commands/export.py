"""``nbgallery export DIR``: every notebook, its revisions and metadata, into a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from nbgallery.notebooks import transfer
from nbgallery.notebooks.models import Notebook


class Command(BaseCommand):
    help = "Export every notebook with its revisions, tags and owners into a folder."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("folder", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        folder: Path = options["folder"]
        if folder.exists() and any(folder.iterdir()):
            raise CommandError(f"{folder} is not empty; export into a new folder.")
        notebooks = Notebook.objects.select_related(
            "owner_user", "owner_group", "creator", "updater"
        )
        count = transfer.export_gallery(
            folder, tqdm(notebooks, total=notebooks.count(), desc="Exporting", disable=None)
        )
        self.stdout.write(f"Exported {count} notebook(s) to {folder}.")
