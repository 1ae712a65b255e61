import pytest

from nbgallery.search.tests.conftest import markdown_cell, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebook(alice, publish):
    return publish(alice, title="Seals", cells=[markdown_cell("harbor seals bask on rocks")])


@pytest.mark.parametrize(
    "text",
    [
        'harbor "seals',  # unclosed quote
        "or harbor seals",  # lone operator first
        "harbor seals and",  # ... or last
        "harbor or or seals",  # two in a row
        "harbor seals -",  # a minus alone
        "harbor seals title:",  # a field without a value
        "harbor seals created:>2024-02-30",  # no such day
        "harbor seals updated:last-week",  # not a date
        "harbor seals active:maybe",
    ],
)
def test_unreadable_queries_search_the_words_and_say_so(notebook, charlie, search, text):
    results = search(charlie, text)
    assert "could not be read" in results.notice
    assert results.sort == "relevance"
    # The fallback needs every word, so the odd ones out may find nothing, but it never fails.
    assert titles(results) in (["Seals"], [])


def test_the_fallback_still_finds_by_the_words(notebook, charlie, search):
    assert titles(search(charlie, 'harbor "seals')) == ["Seals"]


@pytest.mark.parametrize(
    "text",
    [
        "seals*",
        "^seals",
        "NEAR(harbor seals)",
        "seals:",
        "harbor & seals | !rocks",
        "seals <-> rocks",
        "{title}: seals",
        "harbor AND NOT seals)",
        "'seals'",
        "seals\x00",
    ],
)
def test_database_syntax_characters_are_only_punctuation(notebook, charlie, search, text):
    results = search(charlie, text)
    assert titles(results) in (["Seals"], [])
