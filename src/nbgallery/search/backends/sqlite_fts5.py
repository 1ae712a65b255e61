"""SQLite: an FTS5 table over the search documents, ranked by bm25 with field weights."""

from __future__ import annotations

from django.db import connection

from nbgallery.lib.search_query import Term
from nbgallery.search.backends.base import FIELD_WEIGHTS, SQL, SearchBackend

TABLE = "search_fts"
# The FTS5 column order, as created in migrations/0002_fulltext.py.
COLUMNS = ["title", "owner", "creator", "updater", "description", "tags", "lang", "body"]


def match_expression(term: Term) -> str:
    """An FTS5 expression for one term: always a quoted phrase, so no word is
    ever read as FTS5 syntax (AND, NEAR, *, ^, column:...). Column names come
    from our own list, never from the user."""
    phrase = '"' + term.phrase.replace('"', '""') + '"'
    if term.fields:
        return "{" + " ".join(term.fields) + "} : " + phrase
    return phrase


def column_mask(column: str) -> str:
    """bm25() weights that count ``column`` only."""
    return ", ".join("1.0" if other == column else "0.0" for other in COLUMNS)


class SqliteFts5Backend(SearchBackend):
    def term_sql(self, term: Term) -> SQL:
        sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s"  # noqa: S608 (text in params)
        return sql, [match_expression(term)]

    def score_sql(self, terms: list[Term]) -> SQL:
        expression = " OR ".join(f"({match_expression(term)})" for term in terms)
        # One bm25() per column, weighted after bm25 has saturated the term
        # counts: a single weighted bm25() lets a word repeated in the people
        # fields catch up with the title. bm25() is lower for better matches.
        score = " + ".join(
            f"{FIELD_WEIGHTS[column]} * -bm25({TABLE}, {column_mask(column)})" for column in COLUMNS
        )
        sql = f"SELECT rowid AS notebook_id, {score} AS score FROM {TABLE} WHERE {TABLE} MATCH %s"  # noqa: S608
        return sql, [expression]  # our names only; user text is in the parameter

    def rebuild(self) -> None:
        """Re-read every document into FTS5 and merge its segments."""
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
