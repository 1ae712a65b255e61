"""PostgreSQL: every vector a search reads, in a narrow table of its own.

Counting the matches of a common word visits each matching row. In
search_searchdocument a row carries the texts and a dozen generated
vectors, so those visits read most of the table. ``search_match`` holds the
access tokens in the row (packages apart, with an index) and every vector
out of line
(``toast_tuple_target``, ``STORAGE EXTERNAL``): a row is a couple of
hundred bytes, the GIN indexes find the words without reading a vector, and
the visits stay cheap. Triggers keep it in step with search_searchdocument,
as FTS5's do on SQLite; the generated columns of 0002 and 0003 go.
"""

from django.db import migrations

FIELDS = ["title", "owner", "creator", "updater", "description", "tags", "lang"]
VECTORS = ["head", "document", *FIELDS]


def _words(column: str) -> str:
    return f"to_tsvector('simple', regexp_replace({column}, '[^[:alnum:]]+', ' ', 'g'))"


def _vectors(row: str) -> dict[str, str]:
    """Each column's expression; ``row`` is "NEW." in a trigger, "" in a SELECT."""
    people = f"{row}owner || ' ' || {row}creator || ' ' || {row}updater"
    about = f"{row}description || ' ' || {row}tags || ' ' || {row}lang"
    head = " || ".join(
        [
            f"setweight({_words(f'{row}title')}, 'A')",
            f"setweight({_words(people)}, 'B')",
            f"setweight({_words(about)}, 'C')",
        ]
    )
    def tokens(keep: str) -> str:
        # The access field's tokens: package tokens (p + 16 hex digits, see
        # search/access.py) in ``packages``, the rest in ``access``.
        words = f"unnest(regexp_split_to_array({row}access, ' '))"
        return (
            f"array_to_tsvector(ARRAY(SELECT t FROM {words} AS t "
            f"WHERE t <> '' AND t {keep} '^p[0-9a-f]{{16}}$'))"
        )

    return {
        "access": tokens("!~"),
        "packages": tokens("~"),
        "head": head,
        "document": f"{head} || setweight({_words(f'{row}body')}, 'D')",
        **{field: _words(f"{row}{field}") for field in FIELDS},
    }


COLUMNS = ["access", "packages", *VECTORS]
_NEW = _vectors("NEW.")
_OLD_DOCUMENT_COLUMNS = ["fts_access", "fts_head", "fts_document", *(f"fts_{f}" for f in FIELDS)]

FORWARD = [
    "CREATE TABLE search_match (notebook_id integer PRIMARY KEY, "
    + ", ".join(f"{column} tsvector NOT NULL" for column in COLUMNS)
    + ") WITH (toast_tuple_target = 128)",
    # The tokens stay in the row (compressed at most): reading them out of
    # line for every match would cost as much as the wide table did.
    "ALTER TABLE search_match ALTER COLUMN access SET STORAGE MAIN",
    *(f"ALTER TABLE search_match ALTER COLUMN {v} SET STORAGE EXTERNAL" for v in VECTORS),
    "CREATE INDEX search_match_packages ON search_match USING GIN (packages)",
    f"""CREATE FUNCTION search_match_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO search_match (notebook_id, {", ".join(COLUMNS)})
        VALUES (NEW.notebook_id, {", ".join(_NEW[c] for c in COLUMNS)})
        ON CONFLICT (notebook_id) DO UPDATE
        SET {", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS)};
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION search_match_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_match WHERE notebook_id = OLD.notebook_id;
        RETURN NULL;
    END $$""",
    # Django's flush (tests) empties tables with TRUNCATE, which fires no row triggers.
    """CREATE FUNCTION search_match_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE search_match;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER search_match_write AFTER INSERT OR UPDATE ON search_searchdocument
        FOR EACH ROW EXECUTE FUNCTION search_match_write()""",
    """CREATE TRIGGER search_match_delete AFTER DELETE ON search_searchdocument
        FOR EACH ROW EXECUTE FUNCTION search_match_delete()""",
    """CREATE TRIGGER search_match_truncate AFTER TRUNCATE ON search_searchdocument
        FOR EACH STATEMENT EXECUTE FUNCTION search_match_truncate()""",
    f"INSERT INTO search_match (notebook_id, {', '.join(COLUMNS)}) "
    f"SELECT notebook_id, {', '.join(_vectors('')[c] for c in COLUMNS)} "
    "FROM search_searchdocument",
    # No index on the tokens: they are read from the row, which the index of
    # the words (or a scan of this narrow table) visits anyway.
    *(f"CREATE INDEX search_match_{v} ON search_match USING GIN ({v})" for v in VECTORS),
    *(f"ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS {c}" for c in _OLD_DOCUMENT_COLUMNS),
]

BACKWARD = [
    *(
        f"DROP TRIGGER IF EXISTS search_match_{name} ON search_searchdocument"
        for name in ("write", "delete", "truncate")
    ),
    *(f"DROP FUNCTION IF EXISTS search_match_{name}()" for name in ("write", "delete", "truncate")),
    "DROP TABLE IF EXISTS search_match",
    "ALTER TABLE search_searchdocument ADD COLUMN fts_access tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', access)) STORED",
    *(
        f"ALTER TABLE search_searchdocument ADD COLUMN fts_{column} tsvector "
        f"GENERATED ALWAYS AS ({_vectors('')[column]}) STORED"
        for column in VECTORS
    ),
    *(
        f"CREATE INDEX search_fts_{column} ON search_searchdocument USING GIN (fts_{column})"
        for column in ["access", "document", *FIELDS]
    ),
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_access_tokens")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
