"""/tags/<tag>/ lists readable notebooks carrying the tag, and only those."""

from .listing_world import make_notebook, page_text


def test_the_tag_page_lists_tagged_notebooks(alice, client):
    make_notebook(alice, "About pandas", public=True, tags=["pandas", "data"])
    make_notebook(alice, "About numpy", public=True, tags=["numpy"])

    html = page_text(client.get("/tags/pandas/"))

    assert "About pandas" in html
    assert "About numpy" not in html
    assert 'href="/tags/data/"' in html  # the row links its other tags


def test_an_unknown_tag_is_an_empty_listing(client, db):
    html = page_text(client.get("/tags/nothing-here/"))

    assert "No notebook you can read has this tag." in html


def test_the_tag_list_links_to_each_tag(alice, client):
    make_notebook(alice, "About pandas", public=True, tags=["pandas"])

    html = page_text(client.get("/tags/"))

    assert 'href="/tags/pandas/"' in html
