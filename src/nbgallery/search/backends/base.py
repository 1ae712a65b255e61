"""The one small interface both full-text backends implement.

A backend turns a ``Match`` (the parsed text and the access tokens of
access.py) into SQL over the index its migrations built; documents are
written through the ordinary SearchDocument model (triggers or generated
columns keep the full-text part in step), and sorting, dates and facets are
the ORM's job in services.py.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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
# Every field but the cells: what the "head" of a document is.
HEAD_FIELDS = [name for name in FIELD_WEIGHTS if name != "body"]


@dataclass(frozen=True)
class Match:
    """What a search matches: the text, and the access tokens a document must carry.

    ``clauses`` is the query's OR of ANDs of terms (may be empty: every
    document the tokens allow). A document matches when it carries one of
    ``any_of``, all of ``all_of`` and none of ``none_of``.
    """

    clauses: tuple[tuple[Term, ...], ...]
    any_of: tuple[str, ...]
    all_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    # A condition on the notebook row (alias ``n``) that the index cannot
    # answer, such as a date filter: ("n.created_at < %s", [value]).
    on_notebook: SQL = ("", [])

    @property
    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause if not term.negated]

    @property
    def narrows_to_heads(self) -> bool:
        """Whether ``head_only`` matches fewer notebooks: only words that
        name no field can be narrowed to the head fields."""
        return any(not term.fields for term in self.positive_terms)


@dataclass(frozen=True)
class Candidates:
    newest: list[int]  # the ids of the newest matches, newest first
    scores: dict[int, float]  # id → score (higher is better) of these and the head matches
    total: int  # how many match in all, as far as counted


def notebook_join(match: Match, id_column: str) -> tuple[str, str, list]:
    """(join, condition, params) for the notebook table, when the match needs it."""
    condition, params = match.on_notebook
    if not condition:
        return "", "", []
    return f" JOIN notebooks_notebook n ON n.id = {id_column}", f" AND ({condition})", list(params)


class SearchBackend(ABC):
    """Full-text matching, counting and scoring for one database vendor.

    ``head_only`` narrows every term that names no field to the head fields
    (everything but the cells). User text only ever goes into parameters.
    """

    # Whether a sort over very many matches should walk the sort's index
    # (see ordering.sorted_ids): for planners that cannot tell a full-text
    # match of most of the gallery from one of a few notebooks.
    walks_sorts_when_many = False

    @abstractmethod
    def ids_sql(self, match: Match) -> SQL:
        """SQL selecting the ids of the matching notebooks."""

    @abstractmethod
    def newest(self, match: Match, limit: int) -> list[int]:
        """The ids of the ``limit`` newest matches, the highest first."""

    @abstractmethod
    def candidates(self, match: Match, size: int, up_to: int) -> Candidates:
        """What relevance ranks: the ``size`` newest matches and, when not
        every match is among them and the query has words that name no
        field, the ``size`` newest whose head fields match too; each scored."""

    @contextmanager
    def planned(self) -> Iterator[None]:
        """Around a search's queries: whatever the planner needs to be told."""
        yield

    def rebuild(self) -> None:  # noqa: B027 (optional: most backends need nothing)
        """Bring vendor structures in step after bulk changes (``nbgallery reindex``)."""
