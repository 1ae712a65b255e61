"""SQLite: an FTS5 table over the search documents, ranked by bm25 with field weights.

The whole match (text, access tokens, filters) is one FTS5 expression, so
FTS5 answers it from its own index without a lookup per matching row.
"""

from __future__ import annotations

from django.db import connection

from nbgallery.lib.search_query import Term
from nbgallery.search.backends.base import (
    FIELD_WEIGHTS,
    HEAD_FIELDS,
    SQL,
    Candidates,
    Match,
    SearchBackend,
    notebook_join,
)

TABLE = "search_fts"
# The FTS5 column order, as created in migrations/0003_access_tokens.py.
CONTENT = ["title", "owner", "creator", "updater", "description", "tags", "lang", "body"]
COLUMNS = [*CONTENT, "access"]


def phrase(text: str) -> str:
    """Always a quoted phrase, so no word is ever read as FTS5 syntax (AND, NEAR, *, ^...)."""
    return '"' + text.replace('"', '""') + '"'


def in_columns(columns: list[str] | tuple[str, ...], expression: str) -> str:
    """Column names come from our own lists, never from the user."""
    return "{" + " ".join(columns) + "} : " + expression


def term_expression(term: Term, head_only: bool) -> str:
    columns = term.fields or (HEAD_FIELDS if head_only and not term.negated else CONTENT)
    return in_columns(columns, phrase(term.phrase))


def tokens_expression(tokens: tuple[str, ...]) -> str:
    return in_columns(["access"], "(" + " OR ".join(phrase(token) for token in tokens) + ")")


def match_expression(match: Match, head_only: bool = False) -> str:
    """One FTS5 expression for the whole match. FTS5's NOT needs something on
    its left, so every clause starts from the access tokens."""
    anchor = " AND ".join(
        [tokens_expression(match.any_of), *(tokens_expression((t,)) for t in match.all_of)]
    )
    clauses = []
    for clause in match.clauses or ((),):
        expression = (
            "("
            + " AND ".join(
                [anchor, *(term_expression(t, head_only) for t in clause if not t.negated)]
            )
            + ")"
        )
        for term in clause:
            if term.negated:
                expression = f"({expression} NOT {term_expression(term, head_only)})"
        clauses.append(expression)
    expression = "(" + " OR ".join(clauses) + ")"
    for token in match.none_of:
        expression = f"({expression} NOT {tokens_expression((token,))})"
    return expression


def column_mask(column: str) -> str:
    """bm25() weights that count ``column`` only."""
    return ", ".join("1.0" if other == column else "0.0" for other in COLUMNS)


# One bm25() per column, weighted after bm25 has saturated the term counts:
# a single weighted bm25() lets a word repeated in the people fields catch up
# with the title. bm25() is lower for better matches.
SCORE = " + ".join(
    f"{FIELD_WEIGHTS[column]} * -bm25({TABLE}, {column_mask(column)})" for column in CONTENT
)


def selecting(columns: str, match: Match, head_only: bool = False) -> SQL:
    """SELECT ``columns`` of the matching rows; never ``rowid IN (...)``, which
    FTS5 answers with one full-text query per value."""
    join, condition, params = notebook_join(match, f"{TABLE}.rowid")
    sql = f"SELECT {columns} FROM {TABLE}{join} WHERE {TABLE} MATCH %s{condition}"  # noqa: S608
    return sql, [match_expression(match, head_only), *params]  # our names; text in params


def newest_rows(columns: str, match: Match, limit: int, head_only: bool = False) -> list[tuple]:
    """``columns`` of the ``limit`` newest matches: FTS5 walks its index
    backwards and stops after ``limit`` rows."""
    sql, params = selecting(columns, match, head_only)
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} ORDER BY {TABLE}.rowid DESC LIMIT %s", [*params, limit])
        return cursor.fetchall()


class SqliteFts5Backend(SearchBackend):
    # FTS5 tells SQLite's planner the same small cost for any MATCH.
    walks_sorts_when_many = True

    def ids_sql(self, match: Match) -> SQL:
        return selecting(f"{TABLE}.rowid", match)

    def newest(self, match: Match, limit: int) -> list[int]:
        return [row[0] for row in newest_rows(f"{TABLE}.rowid", match, limit)]

    def candidates(self, match: Match, size: int, up_to: int) -> Candidates:
        newest = self.newest_scored(match, size)
        total = len(newest) if len(newest) < size else self.count(match, up_to)
        scores = {}
        if len(newest) == size and match.narrows_to_heads:  # not every match is in the pool
            scores = dict(self.newest_scored(match, size, head_only=True))
        scores.update(newest)  # the full score wins over the head-only one
        return Candidates([notebook_id for notebook_id, _score in newest], scores, total)

    @staticmethod
    def newest_scored(
        match: Match, limit: int, *, head_only: bool = False
    ) -> list[tuple[int, float]]:
        """(id, score) of the ``limit`` newest matches (bm25() for these rows only)."""
        rows = newest_rows(f"{TABLE}.rowid, {SCORE}", match, limit, head_only)
        return [(notebook_id, float(score)) for notebook_id, score in rows]

    def count(self, match: Match, up_to: int) -> int:
        """How many notebooks match, counting no further than ``up_to``."""
        sql, params = self.ids_sql(match)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT %s) matched", [*params, up_to])  # noqa: S608
            return int(cursor.fetchone()[0])

    def rebuild(self) -> None:
        """Re-read every document into FTS5 and merge its segments."""
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
