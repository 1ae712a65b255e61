"""The revisions list offers a form to compare any two versions and, on each
version that changed the content, a link to its changes from the previous one."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import markdown_cell


@pytest.mark.django_db
def test_each_content_change_links_to_its_diff_with_the_previous(
    publish, new_version, alice, alice_client
):
    notebook = publish(alice, cells=[markdown_cell("one")])
    second = new_version(notebook, alice, cells=[markdown_cell("two")])
    services.change_details(alice, notebook, title="Renamed", description="", tags=[], public=True)
    third = new_version(notebook, alice, cells=[markdown_cell("three")])
    first = notebook.revisions.get(revtype="create")
    compare = reverse("revision_compare", args=[notebook.uuid])

    page = alice_client.get(reverse("revision_list", args=[notebook.uuid])).content.decode()

    assert f"{compare}?from={first.commit_id}&amp;to={second.commit_id}" in page
    # The details-only change shares the second version's content: the third
    # version's changes are from there, and the details change has no link.
    assert f"{compare}?from={second.commit_id}&amp;to={third.commit_id}" in page
    assert page.count(f"{compare}?from=") == 2
    assert f'action="{compare}"' in page and 'name="layout"' in page

    followed = alice_client.get(f"{compare}?from={second.commit_id}&to={third.commit_id}")
    assert followed.status_code == 200 and followed.context["diff"].changed == 1


@pytest.mark.django_db
def test_a_single_version_offers_nothing_to_compare(publish, alice, alice_client):
    notebook = publish(alice)

    page = alice_client.get(reverse("revision_list", args=[notebook.uuid])).content.decode()

    assert reverse("revision_compare", args=[notebook.uuid]) not in page
