"""Turn DATABASE_URL into a Django DATABASES entry, with errors a person can act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url

SUPPORTED_ENGINES = {
    "django.db.backends.sqlite3": "SQLite",
    "django.db.backends.postgresql": "PostgreSQL",
}
EXAMPLE = (
    "postgresql://USER:PASSWORD@HOST:5432/DBNAME or sqlite:////absolute/path/nbgallery.sqlite3"
)


class DatabaseUrlError(ValueError):
    """DATABASE_URL cannot be used; the message says what to fix."""


def sqlite_database(path: Path) -> dict[str, Any]:
    """The embedded default: SQLite in WAL mode, tuned for several processes."""
    return tune_sqlite({"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)})


def tune_sqlite(database: dict[str, Any]) -> dict[str, Any]:
    # WAL lets readers work while one writer writes; IMMEDIATE transactions take
    # the write lock up front, so two writers queue (busy timeout) instead of
    # failing with "database is locked" half-way through a transaction.
    database["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    return database


def parse_database_url(url: str) -> dict[str, Any]:
    """A DATABASES entry for ``url``; raises DatabaseUrlError with a clear message."""
    try:
        database: dict[str, Any] = dict(
            dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        )
    except Exception as error:  # the library raises several unrelated types
        raise DatabaseUrlError(
            f"DATABASE_URL is not a database URL nbgallery can use ({error}). "
            f"Write it as {EXAMPLE}."
        ) from None
    engine = database.get("ENGINE")
    if engine not in SUPPORTED_ENGINES:
        raise DatabaseUrlError(
            f"DATABASE_URL names a database nbgallery does not support ({engine}). "
            f"Use PostgreSQL or SQLite: {EXAMPLE}."
        )
    if not database.get("NAME"):
        raise DatabaseUrlError(f"DATABASE_URL has no database name. Write it as {EXAMPLE}.")
    if engine == "django.db.backends.sqlite3":
        database["CONN_MAX_AGE"] = 0
        tune_sqlite(database)
    return database
