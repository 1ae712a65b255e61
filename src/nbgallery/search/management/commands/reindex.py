"""``nbgallery reindex``: rebuild the search index from the notebooks."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from tqdm import tqdm

from nbgallery.search.indexing import count_to_index, reindex_all


class Command(BaseCommand):
    help = "Rebuild the full-text search index of every notebook."

    def handle(self, *args, **options) -> None:
        total = count_to_index()
        with tqdm(total=total, unit="notebook", file=self.stderr._out, disable=None) as bar:
            for _notebook_id in reindex_all():
                bar.update(1)
        self.stdout.write(self.style.SUCCESS(f"Indexed {total} notebook(s)."))
