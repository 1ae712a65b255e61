"""G7: POST /notebooks/<id>/diff compares the posted sources with the gallery's current version."""

import json

from nbgallery.jupyter.tests.jupyter_client import assert_json, post_text
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell, notebook_bytes

CELLS = [markdown_cell("# Sales\n\nBy month."), code_cell("total = 1\nprint(total)")]


def as_jupyter_sends_it(cells, **gallery) -> bytes:
    """Outputs stripped, the local metadata.gallery kept, as the clients post it."""
    document = json.loads(notebook_bytes(cells))
    document["metadata"]["gallery"] = {"uuid": "x", "link": "x", "commit": "c1", **gallery}
    return json.dumps(document).encode()


def test_identical_sources_are_not_different_whatever_the_outputs(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)
    with_outputs = [
        CELLS[0],
        code_cell(
            "total = 1\nprint(total)",
            outputs=[{"output_type": "stream", "name": "stdout", "text": "1\n"}],
        ),
    ]

    body = assert_json(
        post_text(
            alice_client, f"/notebooks/{notebook.uuid}/diff", as_jupyter_sends_it(with_outputs)
        ),
        200,
    )

    assert body["different"] is False
    assert set(body) == {"different", "css", "inline", "split"}
    assert body["css"].startswith("<style") and body["css"].endswith("</style>")


def test_a_changed_line_shows_as_deleted_and_inserted(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)
    changed = [CELLS[0], code_cell("total = 2\nprint(total)")]

    body = assert_json(
        post_text(alice_client, f"/notebooks/{notebook.uuid}/diff", as_jupyter_sends_it(changed)),
        200,
    )

    assert body["different"] is True
    assert body["inline"].startswith('<div class="diff">')
    assert '<li class="del"><del>  total = 1</del></li>' in body["inline"]
    assert '<li class="ins"><ins>  total = 2</ins></li>' in body["inline"]
    assert '<li class="unchanged"><span>code:</span></li>' in body["inline"]
    left, right = body["split"]
    assert "total = 1" in left and "total = 2" not in left
    assert "total = 2" in right and "total = 1" not in right
    assert left.count("<li") == right.count("<li")


def test_every_identifier_form_works(alice, alice_client, publish):
    notebook = publish(alice, title="Sales report", cells=CELLS)

    for identifier in (str(notebook.uuid)[:8], f"{notebook.pk}-sales-report"):
        response = post_text(
            alice_client, f"/notebooks/{identifier}/diff", as_jupyter_sends_it(CELLS)
        )
        assert assert_json(response, 200)["different"] is False


def test_a_reader_who_cannot_edit_may_diff(alice, charlie_client, publish):
    notebook = publish(alice, cells=CELLS, public=True)

    response = post_text(
        charlie_client, f"/notebooks/{notebook.uuid}/diff", as_jupyter_sends_it([])
    )

    assert assert_json(response, 200)["different"] is True
