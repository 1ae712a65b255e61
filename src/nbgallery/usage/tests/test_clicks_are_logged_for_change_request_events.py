"""Change requests land in the click log (reference §2.3, §3.4): submitting,
accepting (the requester is credited with the edit), declining and canceling,
each with the request id as tracking, and nothing for a refused attempt."""

from __future__ import annotations

import pytest

from nbgallery.changes.tests.conftest import ipynb_file, propose_change
from nbgallery.notebooks.tests.conftest import publish_notebook
from nbgallery.usage.models import Click

pytestmark = pytest.mark.usefixtures("isolated_storage")


def logged(after: int = 0) -> list[tuple[str, int, str, str]]:
    """The click log since click ``after``, oldest first: (user, notebook id, action, tracking)."""
    rows = Click.objects.filter(pk__gt=after).order_by("pk")
    return list(rows.values_list("user__username", "notebook_id", "action", "tracking"))


def last_click() -> int:
    return Click.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


@pytest.fixture
def notebook(alice):
    return publish_notebook(alice, title="Sales report", public=True)


@pytest.fixture
def proposal(notebook, charlie):
    return propose_change(charlie, notebook)


def test_proposing_on_the_web_logs_agreed_to_terms_and_submitted(notebook, charlie_client):
    before = last_click()

    response = charlie_client.post(
        f"/notebooks/{notebook.uuid}/propose/",
        {"file": ipynb_file(), "summary": "Count to twenty", "comment": "", "agree": "on"},
    )

    assert response.status_code == 302
    reqid = notebook.change_requests.get().reqid
    assert logged(before) == [
        ("charlie", notebook.pk, Click.AGREED_TO_TERMS, ""),
        ("charlie", notebook.pk, Click.SUBMITTED_CHANGE_REQUEST, str(reqid)),
    ]


def test_a_refused_proposal_logs_nothing(notebook, charlie_client):
    before = last_click()

    no_summary = charlie_client.post(
        f"/notebooks/{notebook.uuid}/propose/",
        {"file": ipynb_file(), "summary": "", "comment": "", "agree": "on"},
    )

    assert no_summary.status_code == 400
    assert logged(before) == []


def test_accepting_credits_the_requester_with_the_edit_and_logs_the_acceptance(
    notebook, proposal, alice_client
):
    before = last_click()

    response = alice_client.post(f"/change_requests/{proposal.reqid}/accept", {"label": "v2"})

    assert response.status_code == 302
    revision = notebook.revisions.first()
    assert revision.user.username == "charlie"
    assert sorted(logged(before)) == [
        ("alice", notebook.pk, Click.ACCEPTED_CHANGE_REQUEST, str(proposal.reqid)),
        ("charlie", notebook.pk, Click.EDITED, revision.commit_id),
    ]


def test_a_second_accept_logs_nothing_more(notebook, proposal, alice_client):
    alice_client.post(f"/change_requests/{proposal.reqid}/accept", {})
    before = last_click()

    again = alice_client.post(
        f"/change_requests/{proposal.reqid}/accept", {}, HTTP_HX_REQUEST="true"
    )

    assert again.status_code == 409 and "already accepted" in again.text
    assert logged(before) == []


def test_declining_is_logged_for_the_editor(notebook, proposal, alice_client):
    before = last_click()

    response = alice_client.post(
        f"/change_requests/{proposal.reqid}/decline", {"comment": "Not this way."}
    )

    assert response.status_code == 302
    assert logged(before) == [
        ("alice", notebook.pk, Click.DECLINED_CHANGE_REQUEST, str(proposal.reqid))
    ]


def test_canceling_is_logged_for_the_requester(notebook, proposal, charlie_client):
    before = last_click()

    response = charlie_client.post(f"/change_requests/{proposal.reqid}/cancel", {})

    assert response.status_code == 302
    assert logged(before) == [
        ("charlie", notebook.pk, Click.CANCELED_CHANGE_REQUEST, str(proposal.reqid))
    ]


def test_refused_accept_decline_and_cancel_log_nothing(
    notebook, proposal, alice_client, charlie_client
):
    before = last_click()

    statuses = [
        charlie_client.post(f"/change_requests/{proposal.reqid}/accept", {}).status_code,
        charlie_client.post(f"/change_requests/{proposal.reqid}/decline", {}).status_code,
        alice_client.post(f"/change_requests/{proposal.reqid}/cancel", {}).status_code,
    ]

    assert statuses == [403, 403, 403]
    assert logged(before) == []
