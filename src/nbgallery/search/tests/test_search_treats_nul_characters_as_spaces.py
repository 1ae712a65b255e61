"""A NUL character in a query (which PostgreSQL refuses in any parameter) is
read as a space, on every kind of term, instead of failing the search."""

import pytest

from nbgallery.search.tests.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text", ["PACKAGE:\x00", "package:pan\x00das", "kelp\x00", "tag:\x00kelp"])
def test_a_nul_never_fails_the_search(alice, charlie, publish, search, text):
    publish(alice, title="Kelp forest", tags="kelp")

    results = search(charlie, text)

    assert set(titles(results)) <= {"Kelp forest"}


def test_the_search_page_answers_too(client, db):
    assert client.get("/search/", {"q": "package:\x00"}).status_code == 200
