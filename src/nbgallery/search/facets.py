"""Counts beside the results: tags, languages, owners and groups.

They are counted over the newest matches (services.best_matches and
every_match): every match when there are at most ``POOL_SIZE``, else the
newest ``POOL_SIZE``, and the page says so. Whatever the sort, the same
matches: re-sorting never changes the counts, as in any faceted search.
The pool's rows are already in memory, so languages, owners and groups are
counted here; tags take one more query, with their names, and the names of
owners and groups one small query each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection

from nbgallery.accounts.models import Group, User
from nbgallery.notebooks.models import Notebook, NotebookTag, Star, Tag

FACET_SIZE = 10
LANGUAGE_LABELS = {"python": "Python", "r": "R", "julia": "Julia", "javascript": "JavaScript"}


@dataclass
class FacetValue:
    label: str  # what to show, e.g. "pandas", "Python", "Alice Smith"
    term: str  # what to add to the query to narrow it, e.g. 'tag:pandas'
    count: int


@dataclass(frozen=True)
class PoolRow:
    """What ranking and facets need of a matching notebook."""

    notebook_id: int
    verified: bool
    stars: int
    updated_at: object  # only sorts: ISO text or seconds (see updated_at_column)
    lang: str
    owner_user_id: int | None
    owner_group_id: int | None


def id_list(ids: Sequence[int]) -> str:
    """Ids written into the SQL, each forced to an int: a thousand parameters
    cost the driver more to bind than the database takes to answer."""
    return ", ".join(str(int(pk)) for pk in ids) or "NULL"


def updated_at_column() -> str:
    """``updated_at`` as the database gives it fastest; it only has to sort
    (SQLite's ISO text does; on PostgreSQL seconds, not a datetime each)."""
    if connection.vendor == "postgresql":
        return "EXTRACT(EPOCH FROM n.updated_at)::float8"
    return "n.updated_at"


def pool_rows(ids: Sequence[int]) -> list[PoolRow]:
    """The rows of these notebooks, in one query (raw SQL: the ORM takes longer
    to build an IN list of a thousand ids than the database takes to answer)."""
    if not ids:
        return []
    notebooks, stars = Notebook._meta.db_table, Star._meta.db_table
    sql = (
        "SELECT n.id, n.verified, "  # noqa: S608 (our names and ints only)
        f"(SELECT COUNT(*) FROM {stars} s WHERE s.notebook_id = n.id), "
        f"{updated_at_column()}, n.lang, n.owner_user_id, n.owner_group_id "
        f"FROM {notebooks} n WHERE n.id IN ({id_list(ids)})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [PoolRow(*row) for row in cursor.fetchall()]


def tag_counts(ids: Sequence[int]) -> Counter:
    """How many of these notebooks carry each tag (by name)."""
    if not ids:
        return Counter()
    sql = (
        f"SELECT t.name, COUNT(*) FROM {NotebookTag._meta.db_table} nt "  # noqa: S608
        f"JOIN {Tag._meta.db_table} t ON t.id = nt.tag_id "
        f"WHERE nt.notebook_id IN ({id_list(ids)}) GROUP BY t.name"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return Counter(dict(cursor.fetchall()))


def biggest(counts: Counter, names: dict) -> list[tuple[Any, int]]:
    """(key, count) biggest first, then by name; keys without a name left out."""
    named = [(key, count) for key, count in counts.items() if key in names]
    named.sort(key=lambda item: (-item[1], str(names[item[0]])))
    return named[:FACET_SIZE]


def quoted(value: str) -> str:
    """A query-language value: bare if it is one word, else in quotes (which it may not contain)."""
    value = " ".join(value.replace('"', " ").split())
    return value if re.fullmatch(r"[\w.@-]+", value) else f'"{value}"'


def language_label(lang: str) -> str:
    return LANGUAGE_LABELS.get(lang.lower(), lang[:1].upper() + lang[1:])


def facet_counts(rows: Sequence[PoolRow]) -> dict[str, list[FacetValue]]:
    """Tags, languages, owners (users) and groups of ``rows``, biggest first, ten each."""
    ids = [row.notebook_id for row in rows]
    tags = tag_counts(ids)
    languages = Counter(row.lang for row in rows if row.lang)
    owners = Counter(row.owner_user_id for row in rows if row.owner_user_id)
    groups = Counter(row.owner_group_id for row in rows if row.owner_group_id)
    top_owners = owners.most_common(FACET_SIZE * 3)
    top_groups = groups.most_common(FACET_SIZE * 3)
    users = {
        user.pk: user
        for user in User.objects.filter(pk__in=[u for u, _ in top_owners]).only(
            "username", "first_name", "last_name"
        )
    }
    group_names = dict(
        Group.objects.filter(pk__in=[g for g, _ in top_groups]).values_list("pk", "name")
    )
    user_names = {pk: user.get_full_name() or user.username for pk, user in users.items()}
    usernames = {pk: user.username for pk, user in users.items()}
    return {
        "tags": [
            FacetValue(name, f"tag:{name}", n)
            for name, n in biggest(tags, {name: name for name in tags})
        ],
        "languages": [
            FacetValue(language_label(lang), f"lang:{quoted(lang)}", n)
            for lang, n in biggest(languages, {lang: lang for lang in languages})
        ],
        "owners": [
            FacetValue(user_names[u], f"owner:{users[u].username}", n)
            for u, n in biggest(Counter(dict(top_owners)), usernames)
        ],
        "groups": [
            FacetValue(group_names[g], f"owner:{quoted(group_names[g])}", n)
            for g, n in biggest(Counter(dict(top_groups)), group_names)
        ],
    }
