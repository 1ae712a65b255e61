"""The search answers JSON at /search.json and to Accept: application/json,
in the documented shape."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebook(alice, publish):
    return publish(
        alice, title="Quarterly turnover", description="Turnover by region.", tags="finance,reports"
    )


def test_search_json_has_the_documented_shape(client, notebook):
    response = client.get("/search.json", {"q": "turnover"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = response.json()
    assert set(document) >= {
        "query",
        "total",
        "page",
        "per_page",
        "sort",
        "notice",
        "results",
        "facets",
    }
    assert (document["query"], document["total"], document["page"]) == ("turnover", 1, 1)
    assert document["per_page"] == 20
    assert document["notice"] == ""
    [hit] = document["results"]
    assert hit["uuid"] == str(notebook.uuid)
    assert hit["title"] == "Quarterly turnover"
    assert hit["url"] == f"http://testserver/notebooks/{notebook.uuid}/"
    assert hit["owner"] == "alice"
    assert hit["lang"] == "python"
    assert sorted(hit["tags"]) == ["finance", "reports"]
    assert hit["updated_at"].startswith(str(notebook.updated_at.year))
    assert "<mark>" in hit["snippet_html"]
    assert isinstance(hit["score"], float)
    assert set(document["facets"]) == {"tags", "languages", "owners", "groups"}
    assert {"label": "finance", "term": "tag:finance", "count": 1} in document["facets"]["tags"]


def test_the_page_answers_json_when_asked(client, notebook):
    response = client.get("/search/", {"q": "turnover"}, headers={"Accept": "application/json"})
    assert response["Content-Type"] == "application/json"
    assert response.json()["results"][0]["uuid"] == str(notebook.uuid)
    assert "Accept" in response["Vary"]


def test_a_browser_gets_html(client, notebook):
    response = client.get(
        "/search/", {"q": "turnover"}, headers={"Accept": "text/html,application/json;q=0.9"}
    )
    assert response["Content-Type"].startswith("text/html")
