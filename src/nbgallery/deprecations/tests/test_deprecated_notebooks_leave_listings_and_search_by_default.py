"""A deprecated notebook leaves the listings and search unless asked for; undoing brings it back."""

from __future__ import annotations

import re

import pytest

from nbgallery.deprecations import services
from nbgallery.search.services import search_notebooks


@pytest.fixture
def old(publish, alice):
    publish(alice, title="Kelp forecast", public=True, tags="kelp")
    return publish(alice, title="Kelp census", public=True, tags="kelp")


def search_titles(viewer, **kwargs) -> list[str]:
    return [hit.notebook.title for hit in search_notebooks(viewer, "kelp", **kwargs).hits]


def listed_titles(client, url: str) -> list[str]:
    return re.findall(
        r'<h\d class="h6 mb-1"><a href="[^"]+">([^<]+)</a></h\d>', client.get(url).content.decode()
    )


def test_deprecating_takes_it_out_of_search_and_listings(
    old, alice, charlie, charlie_client, committed
):
    assert "Kelp census" in search_titles(charlie)

    with committed():
        services.deprecate_notebook(alice, old, reason="Counted wrong.")

    assert search_titles(charlie) == ["Kelp forecast"]
    assert "Kelp census" in search_titles(charlie, include_deprecated=True)
    for url in ["/?tab=all", "/tags/kelp/"]:
        titles = listed_titles(charlie_client, url)
        assert "Kelp forecast" in titles and "Kelp census" not in titles, url


def test_undoing_brings_it_back(old, alice, charlie, charlie_client, committed):
    with committed():
        services.deprecate_notebook(alice, old, reason="Counted wrong.")
    with committed():
        assert services.undeprecate_notebook(alice, old) is True

    assert sorted(search_titles(charlie)) == ["Kelp census", "Kelp forecast"]
    assert "Kelp census" in listed_titles(charlie_client, "/tags/kelp/")


def test_deprecating_does_not_count_as_an_update(old, alice):
    before = type(old).objects.get(pk=old.pk).updated_at

    services.deprecate_notebook(alice, old, reason="Counted wrong.")

    assert type(old).objects.get(pk=old.pk).updated_at == before
