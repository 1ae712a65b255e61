"""The banner says why, when and by whom, with links only to alternatives the viewer may read."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse


@pytest.fixture
def world(publish, alice, alice_client):
    old = publish(alice, title="Old report", public=True)
    new_public = publish(alice, title="New public report", public=True)
    new_private = publish(alice, title="New private report", public=False)
    response = alice_client.post(
        reverse("notebook_deprecate", args=[old.uuid]),
        {
            "reason": "Replaced by **better** numbers.",
            "alternatives": f"http://testserver{new_public.get_absolute_url()}\n{new_private.uuid}",
        },
    )
    assert response.status_code == 302
    return old, new_public, new_private


def banner(client, notebook) -> str:
    page = client.get(notebook.get_absolute_url()).content.decode()
    start = page.index('id="deprecation-banner"')
    return page[start : page.index("</section>", start)]


def test_the_banner_shows_the_reason_as_markdown_and_who_did_it(world, charlie_client):
    old, _public, _private = world

    text = banner(charlie_client, old)

    assert "This notebook is deprecated" in text
    assert "Replaced by <strong>better</strong> numbers." in text
    assert "Alice Owner" in text


def test_an_outsider_sees_only_the_public_alternative(world, charlie_client):
    old, public, private = world

    text = banner(charlie_client, old)

    assert public.get_absolute_url() in text and "New public report" in text
    assert private.get_absolute_url() not in text and "New private report" not in text


def test_the_owner_sees_both_alternatives(world, alice_client):
    old, public, private = world

    text = banner(alice_client, old)

    assert public.get_absolute_url() in text and private.get_absolute_url() in text


def test_a_notebook_that_is_not_deprecated_has_no_banner(world, charlie_client):
    _old, public, _private = world

    assert (
        "deprecation-banner" not in charlie_client.get(public.get_absolute_url()).content.decode()
    )


def test_a_hostile_reason_is_inert(publish, alice, alice_client, charlie_client):
    old = publish(alice, title="Old report", public=True)
    alice_client.post(
        reverse("notebook_deprecate", args=[old.uuid]),
        {"reason": "<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[x](javascript:x)"},
    )

    text = banner(charlie_client, old)

    assert "<script>alert(1)" not in text
    assert not re.search(r"<[a-z]+[^>]*\sonerror=", text)
    assert 'href="javascript:' not in text


def test_a_flag_set_in_the_admin_site_alone_still_shows_a_banner(publish, alice, charlie_client):
    from nbgallery.notebooks.models import Notebook

    old = publish(alice, title="Old report", public=True)
    Notebook.objects.filter(pk=old.pk).update(deprecated=True)

    assert "This notebook is deprecated" in banner(charlie_client, old)
