"""PostgreSQL: weighted tsvector columns with GIN indexes, ranked by ts_rank.

The ``simple`` text-search configuration, not ``english``: notebooks are
code as much as prose, and stemming would change identifiers and package
names (``pandas`` → ``panda``) and drop words like ``all`` or ``it`` as stop
words; ``simple`` only lower-cases, which also matches what FTS5 does on
SQLite, so that the same query finds the same notebooks on both databases.

Everything is read from the narrow ``search_match`` table (see migration
0004), kept in step with the documents by triggers. Matches are ranked by
their head (title, people, description, tags, language), not by the cells:
ranking by the cells would read the whole, often large, text of every
match. A match in the cells alone scores a small constant, so that it
still ranks after every head match.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction

from nbgallery.lib.search_query import Term
from nbgallery.search.access import is_package_token
from nbgallery.search.backends.base import SQL, Candidates, Match, SearchBackend, notebook_join

# ts_rank weights for the labels {D, C, B, A}: (cells), description/tags/language,
# people, title; the same order of importance as FIELD_WEIGHTS.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
MATCH_FLOOR = 0.001  # what any match scores, on top of its head's rank
# The newest matches are first looked for among this many times as many of
# the newest ids as are needed, then in a window up to MAX_WINDOW times as
# wide, and only then everywhere (see newest_ids).
WINDOW = 4
MAX_WINDOW = 32
# Words are rarer in the head fields than anywhere: their first window is wider.
HEAD_WINDOW = 16

# The same clean-up the generated columns apply to the documents (see the
# migrations); phraseto_tsquery then builds the query, so no user text is ever
# read as tsquery syntax (& | ! <-> : *).
TSQUERY = "phraseto_tsquery('simple', regexp_replace(%s, '[^[:alnum:]]+', ' ', 'g'))"


def field_condition(term: Term) -> SQL:
    """A term limited to fields (``title:`` ...). A negated one is an anti-join
    on the index: testing each row would read its vector out of line, while
    the rows carrying a tag or a name are usually few."""
    params = [term.phrase] * len(term.fields)
    if not term.negated:
        return "(" + " OR ".join(f"m.{field} @@ {TSQUERY}" for field in term.fields) + ")", params
    carrying = " OR ".join(f"{field} @@ {TSQUERY}" for field in term.fields)
    matching = f"SELECT notebook_id FROM search_match WHERE {carrying}"  # noqa: S608
    return f"m.notebook_id NOT IN ({matching})", params


def joined(operator: str, phrases: list[str], negated: Sequence[str] = ()) -> SQL:
    """One tsquery of several phrases (``&&`` or ``||``), ``!!`` before the negated."""
    parts = [TSQUERY] * len(phrases) + [f"!!{TSQUERY}"] * len(negated)
    return "(" + f" {operator} ".join(parts) + ")", [*phrases, *negated]


def clause_condition(clause: tuple[Term, ...], head_only: bool) -> SQL:
    """The AND of a clause's terms. The words every field may hold go into
    one tsquery of the document, negated words included, so that the GIN
    index answers them at once and a row's vector is read at most once (for
    a phrase or a negation, which the index hands back to be checked); with
    ``head_only``, the words must also be in the head."""
    parts, params = [], []
    for term in clause:
        if term.fields:
            sql, term_params = field_condition(term)
            parts.append(sql)
            params += term_params
    wanted = [term.phrase for term in clause if not term.fields and not term.negated]
    unwanted = [term.phrase for term in clause if not term.fields and term.negated]
    if wanted and head_only:
        query, query_params = joined("&&", wanted)
        parts.append(f"m.head @@ {query}")
        params += query_params
    if wanted and (unwanted or not head_only):
        query, query_params = joined("&&", wanted, unwanted)
        parts.append(f"m.document @@ {query}")
        params += query_params
    elif unwanted:
        query, query_params = joined("||", unwanted)
        parts.append(f"NOT m.document @@ {query}")
        params += query_params
    return "(" + " AND ".join(parts) + ")", params


def token_query(required: list[str], excluded: list[str], any_of: tuple[str, ...] = ()) -> str:
    """A tsquery over our tokens (letters and digits only, never user text)."""
    parts = ["(" + " | ".join(any_of) + ")"] if any_of else []
    return " & ".join([*parts, *required, *(f"!{token}" for token in excluded)])


def condition(match: Match, head_only: bool = False) -> SQL:
    """Packages are apart from the other tokens, with an index of their own."""
    required = [t for t in match.all_of if not is_package_token(t)]
    excluded = [t for t in match.none_of if not is_package_token(t)]
    sql = "m.access @@ to_tsquery('simple', %s)"
    params = [token_query(required, excluded, match.any_of)]
    packages = [t for t in match.all_of if is_package_token(t)]
    not_packages = [t for t in match.none_of if is_package_token(t)]
    if packages:
        sql += " AND m.packages @@ to_tsquery('simple', %s)"
        params.append(token_query(packages, not_packages))
    elif not_packages:
        sql += " AND NOT m.packages @@ to_tsquery('simple', %s)"
        params.append(" | ".join(not_packages))
    clauses, clause_params = [], []
    for clause in match.clauses:
        sql_part, part_params = clause_condition(clause, head_only)
        clauses.append(sql_part)
        clause_params += part_params
    if clauses:
        sql += " AND (" + " OR ".join(clauses) + ")"
    return sql, params + clause_params


def score(match: Match) -> SQL:
    terms = match.positive_terms
    if not terms:
        return str(MATCH_FLOOR), []
    query = "(" + " || ".join([TSQUERY] * len(terms)) + ")"
    return (
        f"{MATCH_FLOOR} + ts_rank('{RANK_WEIGHTS}', head, {query})",
        [term.phrase for term in terms],
    )


def selecting(columns: str, match: Match, head_only: bool = False) -> SQL:
    """SELECT ``columns`` of the matching rows of search_match (``m``)."""
    where, params = condition(match, head_only)
    join, on_notebook, notebook_params = notebook_join(match, "m.notebook_id")
    sql = f"SELECT {columns} FROM search_match m{join} WHERE {where}{on_notebook}"  # noqa: S608
    return sql, params + notebook_params  # our names; user text in params


class PostgresBackend(SearchBackend):
    @contextmanager
    def planned(self) -> Iterator[None]:
        """Sequential scans discouraged, no JIT and no parallel workers, for the
        length of one search.

        The planner cannot see that testing a row's vector means reading it
        out of line, so for a common word it prefers reading every row
        (300 ms at 100,000 notebooks) to the GIN index, which answers
        without reading any vector (20 ms). Discouraging a plan adds a huge
        cost to it, and a huge cost turns JIT compilation on, which alone
        took 40 to 240 ms of a search; starting workers costs more than
        these short queries take. The page and facet queries run in it
        too: without sequential scans, the page's few notebooks join their
        people by index rather than by hashing every user. SET LOCAL ends
        with the transaction; inside an outer one, the RESET ends it.
        """
        nested = connection.in_atomic_block
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SET LOCAL enable_seqscan = off; SET LOCAL jit = off; "
                "SET LOCAL max_parallel_workers_per_gather = 0"
            )
            yield
            if nested:
                cursor.execute(
                    "RESET enable_seqscan; RESET jit; RESET max_parallel_workers_per_gather"
                )

    def rebuild(self) -> None:
        """After rewriting every row: VACUUM, so that searches do not meet the
        dead versions and unset hint bits of the old rows (or an autovacuum
        busy with them), and fresh statistics for the planner. VACUUM cannot
        run inside a transaction; there, ANALYZE alone."""
        statement = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            cursor.execute(f"{statement} search_match")

    def ids_sql(self, match: Match) -> SQL:
        return selecting("m.notebook_id", match)

    def newest(self, match: Match, limit: int) -> list[int]:
        with self.windows() as (cursor, highest):
            return self.newest_ids(cursor, match, limit, highest, head_only=False)

    def candidates(self, match: Match, size: int, up_to: int) -> Candidates:
        # The newest ``up_to`` ids give the count as well: a count of its own
        # would read the same rows again. Every candidate is scored in one query.
        with self.windows() as (cursor, highest):
            ids = self.newest_ids(cursor, match, max(size, up_to), highest, head_only=False)
            newest = pool = ids[:size]
            if len(newest) == size and match.narrows_to_heads:  # not every match is in the pool
                heads = self.newest_ids(cursor, match, size, highest, head_only=True)
                in_newest = set(newest)
                pool = newest + [
                    notebook_id for notebook_id in heads if notebook_id not in in_newest
                ]
        return Candidates(newest, self.scored(match, pool), len(ids))

    @staticmethod
    @contextmanager
    def windows() -> Iterator[tuple[Any, int]]:
        """(cursor, the highest id) to read windows of the newest ids with:
        a value, not a subquery, so that the planner sees how narrow a window
        is; bitmaps only, for the windows and for the GIN index over every row."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT MAX(notebook_id) FROM search_match; SET LOCAL enable_indexscan = off"
            )
            yield cursor, cursor.fetchone()[0] or 0
            cursor.execute("SET LOCAL enable_indexscan = on")

    def newest_ids(
        self, cursor, match: Match, limit: int, highest: int, *, head_only: bool
    ) -> list[int]:
        """The ids of the ``limit`` newest matches, newest first (``highest``: the highest id).

        First among the newest ``WINDOW * limit`` ids (``HEAD_WINDOW`` for
        the head fields). When fewer match there, the share that did tells
        how wide a window should hold ``limit`` of them; past ``MAX_WINDOW *
        limit`` ids (a rare word), the GIN index finds all of its rows, to
        be sorted. Each window is read through the indexes' bitmaps: walking
        the primary key, which the planner prefers for words it thinks
        common, tests each row's vector, and reading the vector out of line
        costs more than the planner counts (up to 90 ms for a word in one
        head out of fifty).
        """
        kept, params = selecting("m.notebook_id", match, head_only)
        width = (HEAD_WINDOW if head_only else WINDOW) * limit
        ids = self.window_ids(cursor, kept, params, highest - width, limit)
        if 0 < len(ids) < limit and width * limit / len(ids) < MAX_WINDOW * limit:
            width = int(width * limit / len(ids) * 1.3)  # a little more, to be sure
            ids = self.window_ids(cursor, kept, params, highest - width, limit)
        if len(ids) < limit:
            ids = self.window_ids(cursor, kept, params, 0, limit)  # every match
        return ids

    @staticmethod
    def window_ids(cursor, kept: str, params: list, above: int, limit: int) -> list[int]:
        """The newest ``limit`` matches with an id above ``above``."""
        cursor.execute(
            f"{kept} AND m.notebook_id > %s ORDER BY m.notebook_id DESC LIMIT %s",
            [*params, above, limit],
        )
        return [row[0] for row in cursor.fetchall()]

    def scored(self, match: Match, ids: list[int]) -> dict[int, float]:
        """id → score of these ids: ts_rank for these rows only."""
        if not ids:
            return {}
        rank, rank_params = score(match)
        sql = f"SELECT notebook_id, {rank} FROM search_match WHERE notebook_id = ANY(%s)"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(sql, [*rank_params, ids])
            return {notebook_id: float(value) for notebook_id, value in cursor.fetchall()}
