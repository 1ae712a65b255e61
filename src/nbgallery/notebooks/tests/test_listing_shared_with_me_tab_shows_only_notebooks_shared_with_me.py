"""Home ?tab=shared: the notebooks someone shared with me, and nothing else."""

from .listing_world import make_notebook, page_text, share


def test_shared_with_me_lists_the_shares_including_private_ones(alice, charlie, charlie_client):
    share(make_notebook(alice, "Private but shared"), charlie)
    share(make_notebook(alice, "Public and shared", public=True), charlie)
    make_notebook(alice, "Public, not shared", public=True)
    make_notebook(charlie, "Charlie's own")

    html = page_text(charlie_client.get("/", {"tab": "shared"}))

    assert "Private but shared" in html
    assert "Public and shared" in html
    assert "Public, not shared" not in html
    assert "Charlie&#x27;s own" not in html


def test_the_active_tab_is_marked(charlie_client):
    html = page_text(charlie_client.get("/", {"tab": "shared"}))

    assert 'class="nav-link active" aria-current="page" href="?tab=shared">Shared with me' in html
    assert "Nobody has shared a notebook with you yet." in html
