"""Every notebook listing has an RSS feed at ``.rss``: valid RSS 2.0, the most recently
updated first, and only what the requester may read (anonymous feed readers: public only)."""

from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree as ET

from .listing_world import make_group, make_notebook

DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture
def world(alice, bob):
    group = make_group(alice, bob, name="Team")
    older = make_notebook(alice, "Older public", public=True, tags=["shared-tag"])
    make_notebook(alice, "Newer public", public=True, tags=["shared-tag"], description="About it")
    make_notebook(alice, "Alice private", tags=["shared-tag"])
    make_notebook(group, "Team public", public=True, creator=alice, tags=["shared-tag"])
    make_notebook(group, "Team private", creator=alice, tags=["shared-tag"])
    older.save()  # now the most recently updated
    return group


def feed_items(response) -> list[Element]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None and channel.findtext("link", "").startswith("http://testserver/")
    return channel.findall("item")


def feed_titles(response) -> list[str]:
    return [item.findtext("title", "") for item in feed_items(response)]


def feed_paths(group):
    return [
        "/notebooks.rss?tab=all",
        "/notebooks.rss?tab=recent",
        "/tags/shared-tag.rss",
        "/languages/python.rss",
        "/users/alice.rss",
        f"/groups/{group.gid}.rss",
    ]


def test_an_anonymous_feed_reader_gets_only_public_notebooks(world, client):
    for path in feed_paths(world):
        titles = feed_titles(client.get(path))
        assert "Alice private" not in titles and "Team private" not in titles, path
        assert titles, path


def test_an_outsiders_session_sees_no_more_than_anonymous(world, charlie_client):
    for path in feed_paths(world):
        titles = feed_titles(charlie_client.get(path))
        assert "Alice private" not in titles and "Team private" not in titles, path


def test_a_feed_requested_with_a_session_shows_what_that_user_may_read(world, bob_client):
    titles = feed_titles(bob_client.get("/tags/shared-tag.rss"))

    assert "Team private" in titles
    assert "Alice private" not in titles


def test_items_are_the_most_recently_updated_first(world, client):
    titles = feed_titles(client.get("/users/alice.rss"))

    assert titles == ["Older public", "Team public", "Newer public"]


def test_an_item_has_link_description_date_author_and_tags(world, client):
    items = feed_items(client.get("/tags/shared-tag.rss"))
    item = next(item for item in items if item.findtext("title") == "Newer public")

    assert item.findtext("link", "").startswith("http://testserver/notebooks/")
    assert item.findtext("description") == "About it"
    assert item.findtext("pubDate")
    assert item.findtext(f"{DC}creator") == "Alice Owner"
    assert [category.text for category in item.findall("category")] == ["shared-tag"]
