"""PostgreSQL: weighted tsvector columns with GIN indexes, ranked by ts_rank.

The ``simple`` text-search configuration, not ``english``: notebooks are
code as much as prose, and stemming would change identifiers and package
names (``pandas`` → ``panda``) and drop words like ``all`` or ``it`` as stop
words; ``simple`` only lower-cases, which also matches what FTS5 does on
SQLite, so that the same query finds the same notebooks on both databases.
"""

from __future__ import annotations

from nbgallery.lib.search_query import Term
from nbgallery.search.backends.base import SQL, SearchBackend

TABLE = "search_searchdocument"
# ts_rank weights for the labels {D, C, B, A}: body, description/tags/language,
# people, title; the same order of importance as FIELD_WEIGHTS.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"

# The same clean-up the generated columns apply to the documents (see the
# migration); phraseto_tsquery then builds the query, so no user text is ever
# read as tsquery syntax (& | ! <-> : *).
TSQUERY = "phraseto_tsquery('simple', regexp_replace(%s, '[^[:alnum:]]+', ' ', 'g'))"


def matches(term: Term) -> SQL:
    if not term.fields:
        return f"fts_document @@ {TSQUERY}", [term.phrase]
    conditions = [f"fts_{field} @@ {TSQUERY}" for field in term.fields]
    return "(" + " OR ".join(conditions) + ")", [term.phrase] * len(term.fields)


class PostgresBackend(SearchBackend):
    def term_sql(self, term: Term) -> SQL:
        condition, params = matches(term)
        return f"SELECT notebook_id FROM {TABLE} WHERE {condition}", params  # noqa: S608 (our names; text in params)

    def score_sql(self, terms: list[Term]) -> SQL:
        query = "(" + " || ".join([TSQUERY] * len(terms)) + ")"
        params = [term.phrase for term in terms]
        return (
            f"SELECT notebook_id, ts_rank('{RANK_WEIGHTS}', fts_document, {query}) AS score "  # noqa: S608
            f"FROM {TABLE} WHERE fts_document @@ {query}",
            params + params,
        )
