"""Listings of notebooks (home tabs All and Recent, tag, language, user and
group pages) and the counts beside them leave deprecated and unapproved
notebooks out; the Mine tab keeps them, with a badge saying which is which."""

import re

import pytest

from nbgallery.notebooks.models import Notebook

from .listing_world import make_group, make_notebook, page_text

IN_USE = "Kept kelp"
FLAGGED = ["Old kelp", "Failed kelp"]


def row_titles(html: str) -> list[str]:
    return re.findall(r'<h\d class="h6 mb-1"><a href="[^"]+">([^<]+)</a></h\d>', html)


@pytest.fixture
def group(alice, bob):
    group = make_group(alice, bob, name="Team")
    for owner in (alice, group):
        suffix = "" if owner is alice else " (team)"
        make_notebook(owner, IN_USE + suffix, public=True, tags=["kelp"], creator=alice)
        old = make_notebook(owner, "Old kelp" + suffix, public=True, tags=["kelp"], creator=alice)
        failed = make_notebook(
            owner, "Failed kelp" + suffix, public=True, tags=["kelp"], lang="r", creator=alice
        )
        Notebook.objects.filter(pk=old.pk).update(deprecated=True)
        Notebook.objects.filter(pk=failed.pk).update(unapproved=True)
    return group


def assert_only_in_use(html: str) -> None:
    titles = row_titles(html)
    assert IN_USE in titles, titles
    assert not [title for title in titles if title.split(" (")[0] in FLAGGED], titles


@pytest.mark.parametrize("tab", ["all", "recent"])
def test_home_tabs_leave_them_out(group, charlie_client, tab):
    assert_only_in_use(page_text(charlie_client.get("/", {"tab": tab})))


def test_tag_language_user_and_group_pages_leave_them_out(group, charlie_client):
    for url in ["/tags/kelp/", "/languages/python/", "/users/alice/", f"/groups/{group.gid}/"]:
        html = page_text(charlie_client.get(url))
        titles = row_titles(html)
        assert titles, url
        assert not [title for title in titles if title.split(" (")[0] in FLAGGED], url
    assert "Failed kelp" not in page_text(charlie_client.get("/languages/r/"))


def test_counts_leave_them_out(group, charlie_client):
    def counts(url):
        return {row["name"]: row["count"] for row in charlie_client.get(url).json()["results"]}

    assert counts("/tags.json") == {"kelp": 2}
    assert counts("/languages.json") == {"python": 2, "python3": 2}
    assert counts("/groups.json") == {"Team": 1}


def test_mine_keeps_them_with_their_badges(group, alice_client):
    html = page_text(alice_client.get("/", {"tab": "mine"}))

    assert {"Kept kelp", "Old kelp", "Failed kelp"} <= set(row_titles(html))
    assert ">Deprecated</span>" in html
    assert ">Unapproved</span>" in html
