import pytest

from nbgallery.search.tests.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text", ["", "common"])
def test_pages_cover_every_match_once(alice, charlie, publish, search, text):
    for number in range(7):
        publish(alice, title=f"Notebook {number}", description="common words")
    seen = []
    for page in (1, 2, 3):
        results = search(charlie, text, page=page, per_page=3)
        assert results.total == 7
        assert results.page == page
        seen += titles(results)
    assert sorted(seen) == sorted(f"Notebook {n}" for n in range(7))
    assert titles(search(charlie, text, page=4, per_page=3)) == []


def test_an_absurd_page_number_is_an_empty_page_not_an_error(alice, charlie, publish, search):
    publish(alice, title="Only one")
    for text in ["", "only"]:
        results = search(charlie, text, page=10**30, per_page=10**9)
        assert results.hits == []
        assert results.total == 1
