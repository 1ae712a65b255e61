"""An older revision's page links to its changes and to a comparison with the current version."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks.tests.conftest import markdown_cell


@pytest.mark.django_db
def test_links_compare_with_the_previous_and_the_current_version(
    publish, new_version, alice, bob_client
):
    notebook = publish(alice, cells=[markdown_cell("one")])
    second = new_version(notebook, alice, cells=[markdown_cell("two")])
    third = new_version(notebook, alice, cells=[markdown_cell("three")])
    first = notebook.revisions.get(revtype="create")
    compare = reverse("revision_compare", args=[notebook.uuid])

    page = bob_client.get(reverse("revision_detail", args=[notebook.uuid, second.commit_id]))

    html = page.content.decode()
    assert f"{compare}?from={first.commit_id}&amp;to={second.commit_id}" in html
    assert f"{compare}?from={second.commit_id}&amp;to={third.commit_id}" in html

    current = bob_client.get(reverse("revision_detail", args=[notebook.uuid, third.commit_id]))
    assert "Compare with current" not in current.content.decode()
