"""The full-text structure over search_searchdocument, for the database in use.

SQLite: an external-content FTS5 table, ``search_fts``, kept in step with the
documents by triggers. PostgreSQL: generated tsvector columns (one weighted
document vector, one per searchable field) with GIN indexes. Each vendor's SQL
runs only on that vendor.

The SQL is written out here rather than imported, so that this migration
keeps meaning what it meant. Beware: on SQLite, a later migration that alters
search_searchdocument rebuilds the table and drops its triggers; such a
migration must create them again (and run ``nbgallery reindex``).
"""

from django.db import migrations

COLUMNS = ["title", "owner", "creator", "updater", "description", "tags", "lang", "body"]


def _list(prefix: str) -> str:
    return ", ".join(f"{prefix}{column}" for column in COLUMNS)


SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        {", ".join(COLUMNS)},
        content='search_searchdocument', content_rowid='notebook_id',
        tokenize='unicode61 remove_diacritics 0')""",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {_list("")}) VALUES (new.notebook_id, {_list("new.")});
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {_list("")})
        VALUES ('delete', old.notebook_id, {_list("old.")});
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {_list("")})
        VALUES ('delete', old.notebook_id, {_list("old.")});
        INSERT INTO search_fts(rowid, {_list("")}) VALUES (new.notebook_id, {_list("new.")});
    END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]


def _words(column: str) -> str:
    # Punctuation becomes space before the parser sees the text, so that
    # ``pd.read_csv`` gives the words pd, read, csv (as FTS5 does) and not a
    # "host" token; queries go through the same expression.
    return f"to_tsvector('simple', regexp_replace({column}, '[^[:alnum:]]+', ' ', 'g'))"


_PEOPLE = "owner || ' ' || creator || ' ' || updater"
_ABOUT = "description || ' ' || tags || ' ' || lang"
_DOCUMENT = " || ".join(
    [
        f"setweight({_words('title')}, 'A')",
        f"setweight({_words(_PEOPLE)}, 'B')",
        f"setweight({_words(_ABOUT)}, 'C')",
        f"setweight({_words('body')}, 'D')",
    ]
)
_FIELDS = ["title", "owner", "creator", "updater", "description", "tags", "lang"]

POSTGRES_CREATE = [
    "ALTER TABLE search_searchdocument ADD COLUMN fts_document tsvector "
    f"GENERATED ALWAYS AS ({_DOCUMENT}) STORED",
    *(
        f"ALTER TABLE search_searchdocument ADD COLUMN fts_{field} tsvector "
        f"GENERATED ALWAYS AS ({_words(field)}) STORED"
        for field in _FIELDS
    ),
    *(
        f"CREATE INDEX search_fts_{name} ON search_searchdocument USING GIN (fts_{name})"
        for name in ["document", *_FIELDS]
    ),
]
POSTGRES_DROP = [
    f"ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS fts_{name}"
    for name in ["document", *_FIELDS]
]

BY_VENDOR = {"sqlite": (SQLITE_CREATE, SQLITE_DROP), "postgresql": (POSTGRES_CREATE, POSTGRES_DROP)}


def create(apps, schema_editor):
    statements = BY_VENDOR.get(schema_editor.connection.vendor, ([], []))[0]
    for statement in statements:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    statements = BY_VENDOR.get(schema_editor.connection.vendor, ([], []))[1]
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
