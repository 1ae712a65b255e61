"""The compare page shows two revisions' cell-aware diff, side by side or inline."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

OLD = [
    markdown_cell("# Sales report"),
    code_cell("total = sum(range(10))\nprint(total)"),
    code_cell("obsolete_step()"),
    markdown_cell("Appendix: where the data comes from"),
]
NEW = [
    markdown_cell("Appendix: where the data comes from"),
    markdown_cell("# Sales report"),
    code_cell("total = sum(range(20))\nprint(total)"),
    code_cell("brand_new_step()"),
]


@pytest.fixture
def versions(publish, new_version, alice):
    notebook = publish(alice, cells=OLD)
    first = notebook.revisions.get()
    second = new_version(notebook, alice, cells=NEW, summary="Twenty, not ten")
    return notebook, first, second


def compare(client, notebook, old, new, layout="split"):
    url = reverse("revision_compare", args=[notebook.uuid])
    return client.get(url, {"from": old.commit_id, "to": new.commit_id, "layout": layout})


@pytest.mark.django_db
@pytest.mark.parametrize("layout", ["split", "inline"])
def test_every_kind_of_change_is_on_the_page(versions, alice_client, layout):
    notebook, first, second = versions

    response = compare(alice_client, notebook, first, second, layout)

    assert response.status_code == 200
    page = response.content.decode()
    for badge in ("1 added", "1 removed", "1 changed", "1 moved", "1 unchanged"):
        assert badge in page
    assert "from cell 4 to cell 1" in page  # the moved appendix
    assert "brand_new_step()" in page and "obsolete_step()" in page
    # The line that changed, with the changed characters marked on each side.
    assert "<del>total = sum(range(<mark>1</mark>0))</del>" in page
    assert "<ins>total = sum(range(<mark>2</mark>0))</ins>" in page
    assert "Twenty, not ten" in page


@pytest.mark.django_db
def test_a_reader_compares_too_and_the_layout_links_keep_the_versions(versions, bob_client):
    notebook, first, second = versions

    page = compare(bob_client, notebook, first, second, "inline").content.decode()

    assert f"from={first.commit_id}&amp;to={second.commit_id}&amp;layout=split" in page


@pytest.mark.django_db
def test_comparing_a_version_with_itself_says_nothing_differs(versions, alice_client):
    notebook, first, _second = versions

    page = compare(alice_client, notebook, first, first).content.decode()

    assert "No differences in the cells" in page
