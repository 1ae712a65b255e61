"""With htmx, an action answers the review block (status and what is left to do), not a redirect."""

from django.utils.html import strip_tags

from nbgallery.changes.models import ChangeRequest
from nbgallery.changes.tests.conftest import HTMX


def test_declining_by_htmx_answers_the_block(proposal, alice_client):
    response = alice_client.post(
        f"/change_requests/{proposal.reqid}/decline", {"comment": "Nope"}, **HTMX
    )

    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="change-request-review"')
    assert "Declined" in response.text and "Nope" in response.text
    assert "Decline the change" not in response.text
    proposal.refresh_from_db()
    assert proposal.status == ChangeRequest.DECLINED


def test_the_diff_tabs_answer_a_fragment(proposal, alice_client):
    page = alice_client.get(proposal.get_absolute_url())
    inline = alice_client.get(f"/change_requests/{proposal.reqid}/diff?view=inline", **HTMX)
    compare = alice_client.get(f"/change_requests/{proposal.reqid}/diff?view=compare", **HTMX)
    bad = alice_client.get(f"/change_requests/{proposal.reqid}/diff?view=nonsense")

    assert f'hx-get="/change_requests/{proposal.reqid}/diff?view=inline"' in page.text
    assert inline.status_code == 200 and "<html" not in inline.text
    text = strip_tags(inline.text)
    assert "range(20)" in text and "range(10)" in text
    assert "Proposed version" in compare.text and "Current version" in compare.text
    assert bad.status_code == 400
