"""The search index's own rows: one document per notebook, and its imported packages.

The text lives here, in an ordinary table on both databases; each backend
adds its full-text structure on top of it in a vendor-only migration (an
FTS5 table kept in step by triggers on SQLite, generated weighted tsvector
columns with GIN indexes on PostgreSQL). Deleting a notebook deletes its
document, and with it the full-text entry.
"""

from __future__ import annotations

from django.db import models

from nbgallery.notebooks.models import Notebook


class SearchDocument(models.Model):
    """What search knows about a notebook, rebuilt by ``indexing.index_notebook``.

    The field names are also the FTS5 column names (see backends/sqlite_fts5.py).
    """

    notebook = models.OneToOneField(
        Notebook, primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    title = models.TextField(blank=True)
    owner = models.TextField(blank=True, help_text="User name and full name, or the group's name.")
    creator = models.TextField(blank=True)
    updater = models.TextField(blank=True)
    description = models.TextField(blank=True)
    tags = models.TextField(blank=True)
    lang = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="The source of every cell.")
    access = models.TextField(
        blank=True, help_text="Who may find it and which filters it passes (see access.py)."
    )
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"search document of notebook {self.notebook_id}"


class SearchPackage(models.Model):
    """A package the notebook's code imports (lower case), for ``package:``."""

    notebook = models.ForeignKey(Notebook, on_delete=models.CASCADE, related_name="packages")
    name = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["notebook", "name"], name="package_once_per_notebook")
        ]

    def __str__(self) -> str:
        return self.name
