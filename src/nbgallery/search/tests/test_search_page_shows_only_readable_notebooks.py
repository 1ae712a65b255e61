"""Charlie never learns of alice's private notebook from search: not in the
results, the total, the facet counts, the HTML or the JSON."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    public = publish(alice, title="Zebra migration public", tags="zoology")
    private = publish(
        alice, title="Zebra migration secret", public=False, tags="classified", language="julia"
    )
    return public, private


def test_charlie_sees_the_public_notebook_only(charlie_client, notebooks):
    public, private = notebooks
    response = charlie_client.get("/search/", {"q": "zebra"})
    html = response.content.decode()
    assert response.status_code == 200
    assert public.title in html
    assert private.title not in html
    assert str(private.uuid) not in html
    assert "classified" not in html
    assert "julia" not in html.lower()


def test_charlie_gets_the_same_answer_in_json(charlie_client, notebooks):
    public, private = notebooks
    document = charlie_client.get("/search.json", {"q": "zebra"}).json()
    assert [hit["uuid"] for hit in document["results"]] == [str(public.uuid)]
    assert document["total"] == 1
    tags = {value["label"]: value["count"] for value in document["facets"]["tags"]}
    assert tags == {"zoology": 1}
    assert [value["term"] for value in document["facets"]["languages"]] == ["lang:python"]


def test_an_anonymous_visitor_sees_the_public_notebook_only(client, notebooks):
    public, private = notebooks
    document = client.get("/search.json", {"q": "zebra"}).json()
    assert [hit["uuid"] for hit in document["results"]] == [str(public.uuid)]


def test_alice_finds_both_of_her_notebooks(alice_client, notebooks):
    document = alice_client.get("/search.json", {"q": "zebra"}).json()
    assert document["total"] == 2
    assert {value["label"] for value in document["facets"]["tags"]} == {"zoology", "classified"}
