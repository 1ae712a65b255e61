"""A cell's source is shown as text: markup in it never becomes HTML."""

from nbgallery.health.compute import compute_health

from .conftest import code_cell, current_cells, run

HOSTILE = "print('</pre><script>window.__pwned=1</script><img src=x onerror=alert(1)>')"


def test_script_in_a_cell_source_is_escaped(publish, alice, bob_client):
    notebook = publish(alice, title="Hostile <b>title", cells=[code_cell(HOSTILE)])
    run(alice, notebook, current_cells(notebook)[0])
    compute_health()

    page = bob_client.get(f"/notebooks/{notebook.uuid}/cells/0/").content.decode()
    metrics = bob_client.get(f"/notebooks/{notebook.uuid}/metrics/").content.decode()

    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert "<b>title" not in page + metrics
    assert "&lt;b&gt;title" in metrics
