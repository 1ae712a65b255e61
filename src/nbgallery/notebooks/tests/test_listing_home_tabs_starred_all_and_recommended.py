"""The home page: a search box, and the tabs Recommended, All (the most
trending first), Recent, Mine, Starred (my stars, newest first) and Shared with me.
Anonymous visitors get All and Recent only."""

import re

from nbgallery.notebooks.models import Star
from nbgallery.usage.models import NotebookSummary

from .listing_world import make_notebook, page_text


def row_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="h6 mb-1"><a href="[^"]+">([^<]+)</a></h3>', html)


def star(user, notebook) -> Star:
    return Star.objects.create(user=user, notebook=notebook)


def test_starred_lists_my_stars_the_newest_first_and_nothing_unreadable(
    alice, bob, charlie, charlie_client
):
    first = make_notebook(alice, "Starred first", public=True)
    second = make_notebook(alice, "Starred second", public=True)
    make_notebook(alice, "Not starred", public=True)
    no_longer_readable = make_notebook(alice, "Made private later", public=True)
    star(bob, make_notebook(alice, "Bob's star", public=True))
    star(charlie, first)
    star(charlie, second)
    star(charlie, no_longer_readable)
    no_longer_readable.public = False
    no_longer_readable.save()

    html = page_text(charlie_client.get("/", {"tab": "starred"}))

    assert row_titles(html) == ["Starred second", "Starred first"]


def test_starred_says_so_when_there_are_no_stars(alice_client):
    html = page_text(alice_client.get("/", {"tab": "starred"}))

    assert "You have not starred a notebook yet." in html


def test_all_puts_the_most_trending_first_and_the_never_used_last_newest_first(alice, client):
    made = {
        title: make_notebook(alice, title, public=True)
        for title in ("Cooling", "Hot", "Never used, older", "Never used, newer")
    }
    # Trendiness as the nightly jobs store it (usage/dailies.py computes it).
    NotebookSummary.objects.create(notebook=made["Cooling"], trendiness=0.3)
    NotebookSummary.objects.create(notebook=made["Hot"], trendiness=0.9)

    html = page_text(client.get("/", {"tab": "all"}))

    assert row_titles(html) == ["Hot", "Cooling", "Never used, newer", "Never used, older"]


def test_anonymous_visitors_get_all_and_recent_but_not_mine_starred_or_recommended(alice, client):
    make_notebook(alice, "Public one", public=True)
    make_notebook(alice, "Private one")

    html = page_text(client.get("/"))
    tabs = re.findall(r'class="nav-link[^"]*"[^>]*href="\?tab=(\w+)"', html)

    assert tabs == ["all", "recent"]
    for tab in ("mine", "starred", "recommended", "shared"):
        assert row_titles(page_text(client.get("/", {"tab": tab}))) == ["Public one"], tab


def test_signed_in_users_get_every_tab(alice_client):
    html = page_text(alice_client.get("/"))
    tabs = re.findall(r'class="nav-link[^"]*"[^>]*href="\?tab=(\w+)"', html)

    assert tabs == ["recommended", "all", "recent", "mine", "starred", "shared"]


def test_recommended_without_data_says_so_and_points_to_search(alice, alice_client):
    make_notebook(alice, "Some notebook", public=True)

    html = page_text(alice_client.get("/", {"tab": "recommended"}))

    assert "Not enough data yet" in html
    assert row_titles(html) == []
    assert re.search(r'<a href="/search/?">search the gallery</a>', html)


def test_the_home_page_has_a_big_search_box_sending_q_to_the_search_page(db, client):
    html = page_text(client.get("/"))
    form = re.search(r'<form role="search" action="([^"]+)" method="get".*?</form>', html, re.S)

    assert form and form.group(1).rstrip("/") == "/search"
    assert 'name="q"' in form.group(0)


def test_each_tab_links_its_own_feed(alice_client):
    html = page_text(alice_client.get("/", {"tab": "mine"}))

    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/notebooks.rss?tab=mine"' in html
