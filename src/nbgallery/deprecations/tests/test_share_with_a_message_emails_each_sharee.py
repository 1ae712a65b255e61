"""Each new sharee gets one email, with a plain-text and an HTML part, the message and a link."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from nbgallery.notebooks import services


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, title="Sales & costs", public=False)


def test_the_share_form_emails_bob_and_charlie_separately(
    notebook, bob, charlie, alice_client, committed
):
    with committed():
        response = alice_client.post(
            reverse("notebook_shares", args=[notebook.uuid]),
            {"usernames": "bob, charlie", "message": "Have a look at Q3."},
        )

    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == [bob.email, charlie.email]
    link = f"http://testserver{notebook.get_absolute_url()}"
    for message in mail.outbox:
        assert "Alice Owner shared Sales & costs with you" in message.subject
        html, mimetype = message.alternatives[0]
        assert mimetype == "text/html"
        assert "Have a look at Q3." in message.body and "Have a look at Q3." in html
        assert 'shared the notebook "Sales & costs"' in message.body
        assert "Sales &amp; costs" in html
        assert link in message.body and f'href="{link}"' in html


def test_nobody_is_emailed_twice_or_about_a_share_that_already_existed(
    notebook, alice, bob, committed
):
    with committed():
        services.share_notebook(alice, notebook, ["bob"])
    with committed():
        services.share_notebook(alice, notebook, ["bob"], "Again")

    assert len(mail.outbox) == 1


def test_no_message_means_no_message_paragraph(notebook, alice, bob, committed):
    with committed():
        services.share_notebook(alice, notebook, ["bob"])

    assert "Their message" not in mail.outbox[0].body


def test_a_message_that_is_too_long_is_refused_and_nothing_is_shared(
    notebook, bob, alice_client, committed
):
    with committed():
        response = alice_client.post(
            reverse("notebook_shares", args=[notebook.uuid]),
            {"usernames": "bob", "message": "x" * 1_001},
        )

    assert response.status_code == 400
    assert not notebook.shares.exists() and not mail.outbox


def test_a_failing_mail_server_does_not_undo_or_break_the_share(
    notebook, bob, alice_client, committed, monkeypatch
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    with committed():
        response = alice_client.post(
            reverse("notebook_shares", args=[notebook.uuid]), {"usernames": "bob"}
        )

    assert response.status_code == 302
    assert notebook.can_edit(bob)
