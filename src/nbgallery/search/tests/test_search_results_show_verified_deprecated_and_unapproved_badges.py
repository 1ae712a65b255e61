"""Result rows carry "Verified", "Deprecated" and "Unapproved" badges, and the
JSON results carry the three flags."""

from __future__ import annotations

import re

import pytest

from nbgallery.search.tests.conftest import flag

pytestmark = pytest.mark.django_db


def row_of(html: str, title: str) -> str:
    rows = re.findall(
        r'<li class="card mb-2 search-hit">.*?</li>\s*(?=<li class="card|</ol>)', html, re.S
    )
    [row] = [row for row in rows if f">{title}</a>" in row]
    return row


@pytest.fixture
def notebooks(alice, publish):
    for title, flags in [
        ("Plain kelp", {}),
        ("Verified kelp", {"verified": True}),
        ("Old kelp", {"deprecated": True}),
        ("Failed kelp", {"unapproved": True}),
    ]:
        flag(publish(alice, title=title), **flags)


def test_each_row_shows_the_badges_of_its_flags(notebooks, client):
    params = {"q": "kelp", "show_deprecated": "1", "show_unapproved": "1"}
    html = client.get("/search/", params).content.decode()

    def badges(title):
        row = row_of(html, title)
        return {
            name for name in ("Verified", "Deprecated", "Unapproved") if f">{name}</span>" in row
        }

    assert badges("Plain kelp") == set()
    assert badges("Verified kelp") == {"Verified"}
    assert badges("Old kelp") == {"Deprecated"}
    assert badges("Failed kelp") == {"Unapproved"}


def test_json_results_carry_the_flags(notebooks, client):
    document = client.get(
        "/search.json", {"q": "kelp", "show_deprecated": "1", "show_unapproved": "1"}
    ).json()
    flags = {
        hit["title"]: (hit["deprecated"], hit["verified"], hit["unapproved"])
        for hit in document["results"]
    }

    assert flags == {
        "Plain kelp": (False, False, False),
        "Verified kelp": (False, True, False),
        "Old kelp": (True, False, False),
        "Failed kelp": (False, False, True),
    }
    assert (document["show_deprecated"], document["show_unapproved"]) == (True, True)


def test_json_leaves_flagged_notebooks_out_by_default(notebooks, client):
    document = client.get("/search.json", {"q": "kelp"}).json()

    assert sorted(hit["title"] for hit in document["results"]) == ["Plain kelp", "Verified kelp"]
    assert document["total"] == 2
