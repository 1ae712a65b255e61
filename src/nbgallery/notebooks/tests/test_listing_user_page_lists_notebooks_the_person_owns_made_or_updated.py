"""/users/<name>/ lists the readable notebooks the person owns, created or last updated."""

from .listing_world import make_group, make_notebook, page_text


def test_the_user_page_lists_the_persons_notebooks(alice, bob, charlie_client):
    group = make_group(alice, bob)
    make_notebook(alice, "Owned by Alice", public=True)
    make_notebook(group, "Created by Alice for the group", public=True, creator=alice)
    make_notebook(bob, "Bob's, updated by Alice", public=True, updater=alice)
    make_notebook(bob, "Only Bob's", public=True)

    html = page_text(charlie_client.get("/users/alice/"))

    assert "Owned by Alice" in html
    assert "Created by Alice for the group" in html
    assert "Bob&#x27;s, updated by Alice" in html
    assert "Only Bob&#x27;s" not in html


def test_my_own_page_shows_my_private_notebooks(alice, alice_client):
    make_notebook(alice, "My secret")

    html = page_text(alice_client.get("/users/me/"))

    assert "My secret" in html
    assert "Private" in html


def test_a_user_without_notebooks_has_an_empty_section(charlie, client):
    html = page_text(client.get("/users/charlie/"))

    assert "No notebooks you can see." in html
