"""The one small interface both full-text backends implement.

A backend only turns parsed query terms into SQL over the index its
migration built; documents are written through the ordinary SearchDocument
model (triggers or generated columns keep the full-text part in step), and
permissions, filters, sorting and facets are the ORM's job in services.py.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from nbgallery.lib.search_query import Term

SQL = tuple[str, list]

# How much a match counts in each field: title above owner above description
# above cell text (the original's Solr boosts were title 50, owner 15,
# description 10, everything else 1). Creator and updater are usually the
# owner again, so they add little.
FIELD_WEIGHTS = {
    "title": 50.0,
    "owner": 15.0,
    "creator": 2.0,
    "updater": 2.0,
    "description": 10.0,
    "tags": 10.0,
    "lang": 2.0,
    "body": 1.0,
}


class SearchBackend(ABC):
    """Full-text matching and scoring for one database vendor."""

    @abstractmethod
    def term_sql(self, term: Term) -> SQL:
        """SQL selecting the ids of the notebooks ``term`` matches (its negation
        is the caller's business); user text goes only into parameters."""

    @abstractmethod
    def score_sql(self, terms: list[Term]) -> SQL:
        """SQL selecting ``(notebook_id, score)`` for the notebooks matching any of
        ``terms``, a higher score for a better match."""

    def rebuild(self) -> None:  # noqa: B027 (optional: most backends need nothing)
        """Bring vendor structures in step after bulk changes (``nbgallery reindex``)."""
