"""With more matches than the pool holds, the facets count the newest
matches, whatever the sort, and the page and the JSON say how many; the
total stays exact."""

import pytest

from nbgallery.search import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(alice, publish, monkeypatch):
    monkeypatch.setattr(services, "POOL_SIZE", 3)
    for number in range(5):
        # The two oldest are the only ones tagged "census".
        publish(alice, title=f"Walrus {number}", tags="walrus census" if number < 2 else "walrus")


def test_the_facets_count_the_newest_and_the_total_is_exact(many, charlie, search):
    results = search(charlie, "walrus", per_page=2)

    assert results.total == 5
    assert results.facets_of == 3
    assert [(v.label, v.count) for v in results.facets["tags"]] == [("walrus", 3)]


@pytest.mark.parametrize("sort", ["title", "created", "stars", "trending"])
def test_another_sort_shows_other_notebooks_but_the_same_facets(many, charlie, search, sort):
    by_relevance = search(charlie, "walrus", per_page=2)

    results = search(charlie, "walrus", sort=sort, per_page=2)

    assert results.facets == by_relevance.facets
    assert results.facets_of == 3


def test_the_oldest_notebooks_come_first_in_their_sort_though_not_counted(many, charlie, search):
    results = search(charlie, "walrus", sort="title", per_page=2)

    assert [hit.notebook.title for hit in results.hits] == ["Walrus 0", "Walrus 1"]
    assert "census" not in [v.label for v in results.facets["tags"]]


def test_the_page_and_the_json_say_so(many, client):
    params = {"q": "walrus", "count": 2}  # a page inside the pool
    html = client.get("/search/", params).content.decode()
    assert "Counted over the newest 3 of 5 matches." in html
    assert client.get("/search.json", params).json()["facets_of"] == 3


def test_few_matches_are_all_counted(alice, publish, charlie, search):
    publish(alice, title="Walrus census", tags="walrus")
    results = search(charlie, "walrus")
    assert results.facets_of == 0
    assert [(v.label, v.count) for v in results.facets["tags"]] == [("walrus", 1)]
