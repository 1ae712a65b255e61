import re


def navigation(response) -> str:
    """The main navigation bar of a rendered page."""
    match = re.search(r'<nav[^>]*aria-label="Main".*?</nav>', response.content.decode(), re.S)
    assert match, "the page has no main navigation"
    return match.group(0)


def test_the_plugins_link_is_in_the_navigation_of_every_visitor(example_plugin, client, db):
    response = client.get("/")

    assert response.status_code == 200
    assert re.search(r'href="/example/bookmarks/"[^>]*>Bookmarks</a>', navigation(response))


def test_the_link_is_marked_current_on_the_plugins_own_page(example_plugin, client, db):
    response = client.get("/example/bookmarks/")

    links = {link["label"]: link for link in response.context["nav_links"]}
    assert links["Bookmarks"] == {
        "label": "Bookmarks",
        "url": "/example/bookmarks/",
        "active": True,
    }
