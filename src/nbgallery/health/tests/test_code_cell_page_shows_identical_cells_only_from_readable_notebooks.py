"""The code cell page lists the same cell elsewhere, but only where the viewer may read."""

from .conftest import TWO_CODE_CELLS


def test_identical_cells_leave_out_notebooks_the_viewer_cannot_read(
    publish, alice, bob, bob_client
):
    mine = publish(alice, title="Original", cells=TWO_CODE_CELLS)
    publish(alice, title="Public copy", cells=TWO_CODE_CELLS)
    publish(alice, title="Private copy", cells=TWO_CODE_CELLS, public=False)

    response = bob_client.get(f"/notebooks/{mine.uuid}/cells/2/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Public copy, cell 2" in page
    assert "Private copy" not in page
    assert "Original, cell 2" not in page  # not the cell itself


def test_the_owner_sees_her_private_copy(publish, alice, alice_client):
    mine = publish(alice, title="Original", cells=TWO_CODE_CELLS)
    publish(alice, title="Private copy", cells=TWO_CODE_CELLS, public=False)

    page = alice_client.get(f"/notebooks/{mine.uuid}/cells/2/").content.decode()

    assert "Private copy, cell 2" in page


def test_a_position_without_a_code_cell_is_a_404(
    two_step, bob_client, publish, alice, charlie_client
):
    assert bob_client.get(f"/notebooks/{two_step.uuid}/cells/0/").status_code == 404  # markdown
    assert bob_client.get(f"/notebooks/{two_step.uuid}/cells/99/").status_code == 404
    assert bob_client.get(f"/notebooks/{two_step.uuid}/cells/{10**30}/").status_code == 404
    private = publish(alice, title="Secret", public=False, cells=TWO_CODE_CELLS)
    assert charlie_client.get(f"/notebooks/{private.uuid}/cells/1/").status_code == 404
