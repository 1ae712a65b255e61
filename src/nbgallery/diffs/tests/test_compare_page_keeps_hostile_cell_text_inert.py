"""Notebook text in a diff is shown as text: no tag from a cell reaches the page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

HOSTILE = [
    "<script>window.__pwned='diff'</script>",
    '<img src=x onerror="window.__pwned=1">',
    "</td></tr></table><script>alert(1)</script>",
    "{{ request.user }} {% now 'Y' %}",
]


@pytest.mark.django_db
@pytest.mark.parametrize("layout", ["split", "inline"])
def test_script_and_markup_in_cells_are_escaped(publish, new_version, alice, alice_client, layout):
    notebook = publish(alice, cells=[markdown_cell("harmless"), code_cell("x = 1")])
    first = notebook.revisions.get()
    cells = [markdown_cell(f"harmless {HOSTILE[0]}"), code_cell("x = 1\n" + "\n".join(HOSTILE))]
    second = new_version(notebook, alice, cells=[*cells, markdown_cell(HOSTILE[1])])

    url = reverse("revision_compare", args=[notebook.uuid])
    params = {"from": first.commit_id, "to": second.commit_id, "layout": layout}
    page = alice_client.get(url, params).content.decode()

    assert "<script>window.__pwned" not in page
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=&#x27;diff&#x27;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "{{ request.user }}" in page  # template syntax in a cell is not evaluated


def test_a_tag_split_by_change_marks_is_still_escaped():
    from django.template.loader import render_to_string

    from nbgallery.diffs.services import notebook_diff
    from nbgallery.diffs.tests.helpers import nb

    old = nb(("markdown", "<b onclick=x>bold</b>"))
    new = nb(("markdown", "<script onclick=x>bold</script>"))

    for layout in ("split", "inline"):
        html = render_to_string(
            "diffs/notebook_diff.html", {"diff": notebook_diff(old, new), "layout": layout}
        )
        assert "<script" not in html and "<b " not in html
        assert "&lt;<mark>script</mark> onclick=x&gt;" in html
