"""Editors attach titled http(s) links; other schemes are refused; readers see the links."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.social.models import Resource


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


def add(client, notebook, title, href):
    return client.post(
        reverse("resource_add", args=[notebook.uuid]), {"title": title, "href": href}
    )


def test_an_editor_adds_a_link_that_readers_see_safely(notebook, alice_client, client):
    response = add(alice_client, notebook, "Docs <b>here</b>", "https://example.org/docs?a=1&b=2")

    assert response.status_code == 302
    page = client.get(notebook.get_absolute_url()).content.decode()
    assert (
        '<a href="https://example.org/docs?a=1&amp;b=2" rel="noopener noreferrer nofollow"' in page
    )
    assert "Docs &lt;b&gt;here&lt;/b&gt;" in page
    assert reverse("resource_delete", args=[Resource.objects.get().pk]) not in page


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/file",
        "example.org/no-scheme",
        "https://",
        "https://exa mple.org/",
        "",
    ],
)
def test_other_addresses_are_refused_with_a_message(notebook, alice_client, href):
    response = add(alice_client, notebook, "Bad", href)

    assert response.status_code == 400
    page = response.content.decode()
    assert "invalid-feedback" in page
    assert not Resource.objects.exists()


def test_readers_cannot_add_or_remove_links(notebook, alice, bob_client):
    resource = Resource.objects.create(
        notebook=notebook, user=alice, title="Docs", href="https://example.org/"
    )

    assert add(bob_client, notebook, "Mine", "https://example.com/").status_code == 403
    assert bob_client.post(reverse("resource_delete", args=[resource.pk])).status_code == 403
    assert list(Resource.objects.all()) == [resource]


def test_an_editor_removes_a_link(notebook, alice, alice_client):
    resource = Resource.objects.create(
        notebook=notebook, user=alice, title="Docs", href="https://example.org/"
    )

    assert alice_client.post(reverse("resource_delete", args=[resource.pk])).status_code == 302
    assert not Resource.objects.exists()
