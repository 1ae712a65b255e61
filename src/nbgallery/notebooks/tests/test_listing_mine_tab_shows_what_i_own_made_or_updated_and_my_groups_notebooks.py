"""Home ?tab=mine: notebooks I own, created or last updated, plus my groups' notebooks."""

from .listing_world import make_group, make_notebook, page_text


def test_mine_lists_my_own_and_my_groups_notebooks_but_not_others(alice, bob, charlie, bob_client):
    group = make_group(alice, bob)
    make_notebook(bob, "Bob owns this")
    make_notebook(alice, "Alice owns, Bob updated", public=True, updater=bob)
    make_notebook(alice, "Bob created, Alice owns now", public=True, creator=bob, updater=alice)
    make_notebook(group, "The group's notebook", creator=alice)
    make_notebook(alice, "Alice only", public=True)
    make_notebook(charlie, "Charlie only", public=True)

    html = page_text(bob_client.get("/", {"tab": "mine"}))

    for title in [
        "Bob owns this",
        "Alice owns, Bob updated",
        "Bob created, Alice owns now",
        "The group&#x27;s notebook",
    ]:
        assert title in html
    assert "Alice only" not in html
    assert "Charlie only" not in html


def test_mine_says_so_when_i_have_nothing_yet(alice, charlie_client):
    make_notebook(alice, "Alice only", public=True)

    html = page_text(charlie_client.get("/", {"tab": "mine"}))

    assert "You have no notebooks yet." in html
    assert "Alice only" not in html
