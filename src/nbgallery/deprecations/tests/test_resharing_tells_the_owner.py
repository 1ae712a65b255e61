"""When a sharee shares further, the notebook's owner hears of it; an owner sharing does not."""

from __future__ import annotations

from django.core import mail

from nbgallery.notebooks import services


def test_bob_sharing_alices_notebook_with_charlie_tells_alice(
    publish, alice, bob, charlie, committed
):
    notebook = publish(alice, title="Sales report", public=False)
    with committed():
        services.share_notebook(alice, notebook, ["bob"])
    mail.outbox.clear()

    with committed():
        services.share_notebook(bob, notebook, ["charlie"])

    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == [alice.email, charlie.email]
    to_alice = next(message for message in mail.outbox if message.to == [alice.email])
    assert "charlie" in to_alice.body and "Bob Member" in to_alice.subject
    assert to_alice.alternatives[0][1] == "text/html"


def test_the_owner_sharing_gets_no_copy(publish, alice, bob, committed):
    notebook = publish(alice, title="Sales report", public=False)

    with committed():
        services.share_notebook(alice, notebook, ["bob"])

    assert [message.to for message in mail.outbox] == [[bob.email]]
