"""Every listing that leaves deprecated and unapproved notebooks out has the
search page's two switches (``show_deprecated``, ``show_unapproved``), which
put them back in the page, its JSON and its next pages."""

import re

import pytest

from nbgallery.notebooks.models import Notebook

from .listing_world import make_group, make_notebook, page_text

pytestmark = pytest.mark.django_db


def row_titles(html: str) -> set[str]:
    """The titles in the listing, without the group's " (team)" suffix."""
    titles = re.findall(r'<h\d class="h6 mb-1"><a href="[^"]+">([^<]+)</a></h\d>', html)
    return {title.removesuffix(" (team)") for title in titles}


@pytest.fixture
def group(alice, bob):
    group = make_group(alice, bob, name="Team")
    for owner, suffix in [(alice, ""), (group, " (team)")]:
        make_notebook(owner, "Kept kelp" + suffix, public=True, tags=["kelp"], creator=alice)
        old = make_notebook(owner, "Old kelp" + suffix, public=True, tags=["kelp"], creator=alice)
        failed = make_notebook(
            owner, "Failed kelp" + suffix, public=True, tags=["kelp"], creator=alice
        )
        Notebook.objects.filter(pk=old.pk).update(deprecated=True)
        Notebook.objects.filter(pk=failed.pk).update(unapproved=True)
    return group


def listing_urls(group) -> list[tuple[str, dict]]:
    return [
        ("/", {"tab": "all"}),
        ("/", {"tab": "recent"}),
        ("/tags/kelp/", {}),
        ("/languages/python/", {}),
        ("/users/alice/", {}),
        (f"/groups/{group.gid}/", {}),
    ]


def test_each_switch_puts_its_kind_back(group, charlie_client):
    for url, params in listing_urls(group):
        plain = row_titles(page_text(charlie_client.get(url, params)))
        old = row_titles(page_text(charlie_client.get(url, {**params, "show_deprecated": "1"})))
        failed = row_titles(page_text(charlie_client.get(url, {**params, "show_unapproved": "1"})))

        assert "Kept kelp" in plain and not {"Old kelp", "Failed kelp"} & plain, url
        assert {"Kept kelp", "Old kelp"} <= old and "Failed kelp" not in old, url
        assert {"Kept kelp", "Failed kelp"} <= failed and "Old kelp" not in failed, url


def test_the_switches_show_ticked_and_keep_the_tab(group, charlie_client):
    html = page_text(charlie_client.get("/", {"tab": "all", "show_deprecated": "1"}))

    form = re.search(r'<form method="get"[^>]*listing-switches.*?</form>', html, re.S).group(0)
    assert '<input type="hidden" name="tab" value="all">' in form
    assert re.search(r'name="show_deprecated" value="1" checked', form)
    assert not re.search(r'name="show_unapproved" value="1" checked', form)


def test_json_and_next_pages_follow_the_switches(group, charlie_client, settings):
    document = charlie_client.get(
        "/tags/kelp.json", {"show_deprecated": "1", "show_unapproved": "1"}
    ).json()
    assert {row["title"] for row in document["results"]} >= {"Old kelp", "Failed kelp"}

    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 1
    html = page_text(charlie_client.get("/tags/kelp/", {"show_deprecated": "1"}))
    assert "show_deprecated=1" in re.search(r'href="(\?[^"]*page=2[^"]*)"', html).group(1)


def test_odd_switch_values_count_as_off(group, charlie_client):
    titles = row_titles(page_text(charlie_client.get("/tags/kelp/", {"show_deprecated": "maybe"})))
    assert "Old kelp" not in titles


def test_own_lists_have_no_switches(group, alice_client):
    assert "listing-switches" not in page_text(alice_client.get("/", {"tab": "mine"}))
