"""The full-text backend for the database in use (chosen by ``connection.vendor``)."""

from __future__ import annotations

from django.db import connection

from nbgallery.search.backends.base import SearchBackend


def get_backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        from nbgallery.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    if connection.vendor == "sqlite":
        from nbgallery.search.backends.sqlite_fts5 import SqliteFts5Backend

        return SqliteFts5Backend()
    raise NotImplementedError(f"No search backend for {connection.vendor}.")
