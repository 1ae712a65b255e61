"""The tags, languages and groups pages also answer JSON (``{results: [{name, count, url}]}``)
and RSS, counting only the notebooks the requester may read."""

import pytest
from defusedxml import ElementTree as ET

from .listing_world import make_group, make_notebook


@pytest.fixture
def world(alice, bob):
    group = make_group(alice, bob, name="Team")
    make_notebook(alice, "Public", public=True, tags=["pandas"])
    make_notebook(alice, "Private", tags=["pandas", "secret"], lang="julia", lang_version="1.10")
    make_notebook(group, "Team public", public=True, creator=alice)
    make_notebook(group, "Team private", creator=alice)
    return group


def counts(response) -> dict[str, int]:
    assert response.status_code == 200, response.content
    return {row["name"]: row["count"] for row in response.json()["results"]}


def test_tags_count_only_readable_notebooks(world, charlie_client, alice_client):
    assert counts(charlie_client.get("/tags.json")) == {"pandas": 1}
    assert counts(alice_client.get("/tags.json")) == {"pandas": 2, "secret": 1}


def test_languages_count_only_readable_notebooks_with_major_versions(world, client, alice_client):
    assert counts(client.get("/languages.json")) == {"python": 2, "python3": 2}
    assert counts(alice_client.get("/languages.json")) == {
        "julia": 1,
        "julia1": 1,
        "python": 3,
        "python3": 3,
    }


def test_groups_count_only_readable_notebooks(world, charlie_client, bob_client):
    assert counts(charlie_client.get("/groups.json")) == {"Team": 1}
    assert counts(bob_client.get("/groups.json")) == {"Team": 2}


def test_rows_link_to_their_listing_pages(world, client):
    (tag,) = client.get("/tags.json").json()["results"]
    (group,) = client.get("/groups.json").json()["results"]

    assert tag["url"] == "http://testserver/tags/pandas/"
    assert group["url"] == f"http://testserver/groups/{world.gid}/"


def test_the_accept_header_works_on_count_pages_too(world, client):
    accept = {"HTTP_ACCEPT": "application/json"}

    assert counts(client.get("/tags/", **accept)) == {"pandas": 1}
    assert counts(client.get("/groups/", **accept)) == {"Team": 1}


def test_count_pages_have_feeds_listing_each_name_with_its_count(world, client):
    for path, expected in [
        ("/tags.rss", "pandas (1 notebook)"),
        ("/languages.rss", "python (2 notebooks)"),
        ("/groups.rss", "Team (1 notebook)"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        titles = [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]
        assert expected in titles, (path, titles)
        assert "secret" not in " ".join(t or "" for t in titles)
