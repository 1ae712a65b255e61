"""The ``access`` field (see search/access.py) and the full-text structures that use it.

SQLite: the FTS5 table gains an ``access`` column; adding the field rebuilds
search_searchdocument and drops its triggers, so the FTS5 table and its
triggers are made again here, after the field is filled, and rebuilt from
the documents. PostgreSQL: ``fts_access`` (the tokens, with a GIN index) and
``fts_head`` (the weighted vector without the cells, small enough to rank
many matches quickly) are added as generated columns.

As in 0002, the SQL is written out here so that this migration keeps
meaning what it meant.
"""

import hashlib

from django.db import migrations, models

COLUMNS = ["title", "owner", "creator", "updater", "description", "tags", "lang", "body", "access"]


def _list(prefix: str) -> str:
    return ", ".join(f"{prefix}{column}" for column in COLUMNS)


SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]
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
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]


def _words(column: str) -> str:
    return f"to_tsvector('simple', regexp_replace({column}, '[^[:alnum:]]+', ' ', 'g'))"


_PEOPLE = "owner || ' ' || creator || ' ' || updater"
_ABOUT = "description || ' ' || tags || ' ' || lang"
_HEAD = " || ".join(
    [
        f"setweight({_words('title')}, 'A')",
        f"setweight({_words(_PEOPLE)}, 'B')",
        f"setweight({_words(_ABOUT)}, 'C')",
    ]
)
POSTGRES_CREATE = [
    "ALTER TABLE search_searchdocument ADD COLUMN fts_access tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', access)) STORED",
    f"ALTER TABLE search_searchdocument ADD COLUMN fts_head tsvector GENERATED ALWAYS AS ({_HEAD}) STORED",
    "CREATE INDEX search_fts_access ON search_searchdocument USING GIN (fts_access)",
]
POSTGRES_DROP = [
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS fts_access",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS fts_head",
]


def _package_token(name: str) -> str:
    return "p" + hashlib.sha256(name.lower().encode()).hexdigest()[:16]


def fill_access(apps, schema_editor):
    """The tokens of search/access.py for every existing document, as of this migration."""
    Document = apps.get_model("search", "SearchDocument")
    Share = apps.get_model("notebooks", "Share")
    Package = apps.get_model("search", "SearchPackage")
    sharees: dict[int, list[int]] = {}
    for notebook_id, user_id in Share.objects.values_list("notebook_id", "user_id"):
        sharees.setdefault(notebook_id, []).append(user_id)
    packages: dict[int, set[str]] = {}
    for notebook_id, name in Package.objects.values_list("notebook_id", "name"):
        packages.setdefault(notebook_id, set()).add(_package_token(name))
    batch = []
    documents = Document.objects.select_related("notebook").only(
        "notebook__public",
        "notebook__owner_user_id",
        "notebook__owner_group_id",
        "notebook__deprecated",
        "notebook__unapproved",
    )
    for document in documents.iterator(chunk_size=2000):
        notebook = document.notebook
        tokens = ["all"] + (["public"] if notebook.public else [])
        if notebook.owner_user_id is not None:
            tokens.append(f"u{notebook.owner_user_id}")
        if notebook.owner_group_id is not None:
            tokens.append(f"g{notebook.owner_group_id}")
        tokens += [f"s{user}" for user in sorted(set(sharees.get(notebook.pk, [])))]
        tokens += ["deprecated"] if notebook.deprecated else []
        tokens += ["unapproved"] if notebook.unapproved else []
        tokens += sorted(packages.get(notebook.pk, set()))
        document.access = " ".join(tokens)
        batch.append(document)
        if len(batch) >= 2000:
            Document.objects.bulk_update(batch, ["access"])
            batch = []
    Document.objects.bulk_update(batch, ["access"])


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)
        fill_access(apps, schema_editor)
        for statement in SQLITE_CREATE:
            schema_editor.execute(statement)
    elif vendor == "postgresql":
        fill_access(apps, schema_editor)
        for statement in POSTGRES_CREATE:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext"), ("notebooks", "0003_notebook_flags")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="access",
            field=models.TextField(
                blank=True, help_text="Who may find it and which filters it passes (see access.py)."
            ),
        ),
        migrations.RunPython(forward, backward),
    ]
