"""Every notebook listing answers JSON, at ``.json`` or with ``Accept: application/json``,
listing only what the requester may read, with the same page size as the page."""

import pytest

from .listing_world import make_group, make_notebook

PUBLIC, PRIVATE, GROUPS = "Alice public", "Alice private", "Team private"


@pytest.fixture
def world(alice, bob):
    group = make_group(alice, bob, name="Team")
    make_notebook(alice, PUBLIC, public=True, tags=["shared-tag"])
    make_notebook(alice, PRIVATE, tags=["shared-tag"])
    make_notebook(group, GROUPS, creator=alice, tags=["shared-tag"])
    return group


def listing_paths(group):
    return [
        "/notebooks.json?tab=all",
        "/notebooks.json?tab=recent",
        "/tags/shared-tag.json",
        "/languages/python.json",
        "/languages/python3.json",
        "/users/alice.json",
        f"/groups/{group.gid}.json",
    ]


def titles(response) -> set[str]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return {row["title"] for row in response.json()["results"]}


def test_an_outsider_and_an_anonymous_visitor_see_only_the_public_notebook(
    world, charlie_client, client
):
    for path in listing_paths(world):
        expected = set() if "/groups/" in path else {PUBLIC}
        assert titles(charlie_client.get(path)) == expected, path
        assert titles(client.get(path)) == expected, path


def test_the_owner_sees_her_private_notebooks_too(world, alice_client):
    assert titles(alice_client.get("/tags/shared-tag.json")) == {PUBLIC, PRIVATE, GROUPS}
    assert titles(alice_client.get(f"/groups/{world.gid}.json")) == {GROUPS}


def test_a_group_member_sees_the_groups_notebook_but_not_alices_private_one(world, bob_client):
    assert titles(bob_client.get("/users/alice.json")) == {PUBLIC, GROUPS}


def test_the_accept_header_gets_json_from_the_pages_own_urls(world, charlie_client):
    accept = {"HTTP_ACCEPT": "application/json"}
    for path in ["/?tab=all", "/tags/shared-tag/", "/languages/python/", "/users/alice/"]:
        assert titles(charlie_client.get(path, **accept)) == {PUBLIC}, path
    assert titles(charlie_client.get(f"/groups/{world.gid}/", **accept)) == set()


def test_a_browser_accept_header_still_gets_the_page(world, client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/tags/shared-tag/", HTTP_ACCEPT=browser)

    assert response["Content-Type"].startswith("text/html")


def test_a_row_carries_what_a_program_needs(world, client):
    body = client.get("/tags/shared-tag.json").json()

    assert (body["total"], body["page"]) == (1, 1)
    assert body["per_page"] == 20
    (row,) = body["results"]
    assert row["title"] == PUBLIC
    assert row["url"].startswith("http://testserver/notebooks/")
    assert row["url"].endswith(f"/notebooks/{row['uuid']}/")
    assert (row["owner"], row["owner_type"], row["lang"]) == ("alice", "User", "python")
    assert row["tags"] == ["shared-tag"]
    assert row["created_at"] and row["updated_at"]


def test_json_pages_follow_the_page_number(alice, client, settings):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 2
    for n in range(5):
        make_notebook(alice, f"Notebook {n}", public=True)

    body = client.get("/notebooks.json", {"tab": "recent", "page": 3}).json()

    assert (body["total"], body["page"], body["per_page"]) == (5, 3, 2)
    assert [row["title"] for row in body["results"]] == ["Notebook 0"]


def test_a_group_notebook_names_the_group_as_owner(world, alice_client):
    (row,) = alice_client.get(f"/groups/{world.gid}.json").json()["results"]

    assert (row["owner"], row["owner_type"]) == ("Team", "Group")
