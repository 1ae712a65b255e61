"""With more matches than the ranked pool holds, the facets count the pool's
(the best) matches, and the page and the JSON say how many; the total stays
exact."""

import pytest

from nbgallery.search import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(alice, publish, monkeypatch):
    monkeypatch.setattr(services, "POOL_SIZE", 3)
    for number in range(5):
        publish(alice, title=f"Walrus {number}", tags="walrus")


def test_the_facets_count_the_pool_and_the_total_is_exact(many, charlie, search):
    results = search(charlie, "walrus", per_page=2)

    assert results.total == 5
    assert results.facets_of == 3
    assert [(v.label, v.count) for v in results.facets["tags"]] == [("walrus", 3)]


def test_the_page_and_the_json_say_so(many, client):
    params = {"q": "walrus", "count": 2}  # a page inside the pool
    html = client.get("/search/", params).content.decode()
    assert "Counted over the best 3 of 5 matches." in html
    assert client.get("/search.json", params).json()["facets_of"] == 3


def test_few_matches_are_all_counted(alice, publish, charlie, search):
    publish(alice, title="Walrus census", tags="walrus")
    results = search(charlie, "walrus")
    assert results.facets_of == 0
    assert [(v.label, v.count) for v in results.facets["tags"]] == [("walrus", 1)]
