"""The notebook page shows its editors the pending requests; readers see none of them."""


def test_editors_see_pending_requests_and_readers_do_not(
    notebook, proposal, alice_client, bob_client
):
    owner_page = alice_client.get(notebook.get_absolute_url()).text
    reader_page = bob_client.get(notebook.get_absolute_url()).text

    assert proposal.get_absolute_url() in owner_page and "1 pending" in owner_page
    assert proposal.get_absolute_url() not in reader_page


def test_closed_requests_leave_the_list(notebook, proposal, alice, alice_client):
    from nbgallery.changes.services import decline_change_request

    decline_change_request(alice, proposal)

    assert proposal.get_absolute_url() not in alice_client.get(notebook.get_absolute_url()).text
