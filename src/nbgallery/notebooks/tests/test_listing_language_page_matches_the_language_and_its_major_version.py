"""/languages/<lang>/ lists notebooks in that language; python3 means python 3.x."""

from .listing_world import make_notebook, page_text


def test_the_language_page_lists_notebooks_in_the_language(alice, client):
    make_notebook(alice, "In python", public=True, lang="python", lang_version="3.12.1")
    make_notebook(alice, "In R", public=True, lang="r", lang_version="4.3.0")

    html = page_text(client.get("/languages/python/"))

    assert "In python" in html
    assert "In R" not in html


def test_a_version_suffix_picks_the_major_version(alice, client):
    make_notebook(alice, "Python three", public=True, lang="python", lang_version="3.12.1")
    make_notebook(alice, "Python two", public=True, lang="python", lang_version="2.7.18")

    html = page_text(client.get("/languages/python3/"))

    assert "Python three" in html
    assert "Python two" not in html


def test_a_row_links_its_language(alice, client):
    make_notebook(alice, "In R", public=True, lang="r", lang_version="4.3.0")

    html = page_text(client.get("/"))

    assert 'href="/languages/r/"' in html
