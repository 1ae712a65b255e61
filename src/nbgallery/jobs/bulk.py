"""Writing many computed rows quickly: COPY on PostgreSQL, executemany on SQLite.

The nightly jobs write hundreds of thousands or millions of rows of plain
values. Building a model instance per row and letting ``bulk_create``
prepare each value costs far more than the database's own work, so these
helpers take tuples and adapt only the columns that need it (dates, times,
JSON), as Django would. Call them inside the job's transaction; nothing
here commits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any

from django.db import connection, models

BATCH = 20_000
CACHE_KIB = 256 * 1024


def adapter(field: Any) -> Callable[[Any], Any] | None:
    """How Django turns a value of ``field`` into what the driver is given (None: as it is)."""
    ops = connection.ops
    if isinstance(field, models.DateTimeField):
        return ops.adapt_datetimefield_value
    if isinstance(field, models.DateField):
        return ops.adapt_datefield_value
    if isinstance(field, models.JSONField):
        return lambda value: json.dumps(value, cls=field.encoder)
    return None


def prepared(model: type[models.Model], fields: Sequence[str], rows: Iterable[tuple]) -> Iterator:
    adapters = [adapter(model._meta.get_field(name)) for name in fields]
    if not any(adapters):
        return iter(rows)
    return (
        tuple(
            value if adapt is None else adapt(value)
            for adapt, value in zip(adapters, row, strict=True)
        )
        for row in rows
    )


def column_names(model: type[models.Model], fields: Sequence[str]) -> list[str]:
    quote = connection.ops.quote_name
    return [quote(str(model._meta.get_field(name).column)) for name in fields]  # type: ignore[union-attr]


def insert_rows(model: type[models.Model], fields: Sequence[str], rows: Iterable[tuple]) -> None:
    """Insert ``rows``, tuples of values in the order of ``fields``, into the model's table."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(column_names(model, fields))
    values = prepared(model, fields, rows)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:  # psycopg 3
                for row in values:
                    copy.write_row(row)
            return
        marks = ", ".join("%s" for _ in fields)
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 (our names)
        with sqlite_cache(cursor):
            while batch := list(islice(values, BATCH)):
                cursor.executemany(sql, batch)


@contextmanager
def sqlite_cache(cursor: Any) -> Iterator[None]:
    """A larger SQLite page cache while writing: with the default 2 MB, the
    indexes of a table of millions of rows are read and written again and
    again, many times slower."""
    cursor.execute("PRAGMA cache_size")
    (before,) = cursor.fetchone()
    cursor.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    try:
        yield
    finally:
        cursor.execute(f"PRAGMA cache_size = {int(before)}")


def upsert_rows(
    model: type[models.Model],
    fields: Sequence[str],
    unique: Sequence[str],
    update: Sequence[str],
    rows: Iterable[tuple],
) -> None:
    """Insert ``rows``, or where a row with the same ``unique`` fields exists,
    set its ``update`` fields only (INSERT ... ON CONFLICT, on both databases)."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = column_names(model, fields)
    keys = column_names(model, unique)
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in column_names(model, update))
    marks = ", ".join("%s" for _ in fields)
    sql = (
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks}) "  # noqa: S608 (our names)
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
    )
    values = prepared(model, fields, rows)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            with sqlite_cache(cursor):
                while batch := list(islice(values, BATCH)):
                    cursor.executemany(sql, batch)
            return
        while batch := list(islice(values, BATCH)):
            cursor.executemany(sql, batch)
