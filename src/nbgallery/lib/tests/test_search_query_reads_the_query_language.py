from datetime import date

import pytest

from nbgallery.lib.search_query import DateFilter, PackageFilter, Term, parse_query


def test_words_phrases_negation_and_fields():
    query = parse_query('sales "monthly report" -draft title:pandas -user:"Bob Member"')
    assert query.notice == ""
    assert query.clauses == (
        (
            Term(("sales",)),
            Term(("monthly", "report")),
            Term(("draft",), negated=True),
            Term(("pandas",), ("title",)),
            Term(("Bob", "Member"), ("owner", "creator", "updater"), negated=True),
        ),
    )


def test_or_splits_clauses_and_and_is_optional():
    query = parse_query("a AND b or c")
    assert query.clauses == ((Term(("a",)), Term(("b",))), (Term(("c",)),))


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("tag", ("tags",)),
        ("tags", ("tags",)),
        ("lang", ("lang",)),
        ("language", ("lang",)),
        ("Description", ("description",)),
        ("creator", ("creator",)),
        ("updater", ("updater",)),
        ("owner", ("owner",)),
    ],
)
def test_field_aliases(name, fields):
    assert parse_query(f"{name}:x").clauses == ((Term(("x",), fields),),)


def test_filters_apply_to_the_whole_query():
    query = parse_query(
        "package:NumPy -package:scipy created:>=2024-01-02 updated:<2024-02-01 "
        "created:2023-05-06 active:false x"
    )
    assert query.packages == (PackageFilter("numpy"), PackageFilter("scipy", negated=True))
    assert query.dates == (
        DateFilter("created", ">=", date(2024, 1, 2)),
        DateFilter("updated", "<", date(2024, 2, 1)),
        DateFilter("created", "=", date(2023, 5, 6)),
    )
    assert query.active is False
    assert query.clauses == ((Term(("x",)),),)


def test_unknown_fields_and_syntax_characters_are_text():
    query = parse_query("http://example.org NEAR(a* ^b) c&d|!e")
    assert query.notice == ""
    assert query.clauses == (
        (
            Term(("http", "example", "org")),
            Term(("NEAR", "a")),
            Term(("b",)),
            Term(("c", "d", "e")),
        ),
    )


@pytest.mark.parametrize(
    "text", ['a "b', "or a", "a and", "a or or b", "-", "title:", "created:>2024-13-01", "active:x"]
)
def test_unreadable_text_becomes_plain_words_with_a_notice(text):
    query = parse_query(text)
    assert "could not be read" in query.notice
    assert all(len(term.words) == 1 and not term.fields for term in query.positive_terms)
    assert not (query.packages or query.dates)


def test_very_long_queries_are_cut_down():
    query = parse_query("word " * 5000)
    assert sum(len(clause) for clause in query.clauses) <= 30
    assert "first" in query.notice
