"""Feedback goes to the owners (and a copy to the sender); only editors read the history."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from nbgallery.social.models import Feedback


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


ANSWERS = {"ran": "yes", "worked": "no", "broken": "Cell 3 <b>fails</b>", "general": "Thanks"}


def test_feedback_is_stored_and_emailed_to_owner_and_sender(
    notebook, alice, bob, bob_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = bob_client.post(reverse("feedback_new", args=[notebook.uuid]), ANSWERS)

    assert response.status_code == 302 and response["Location"] == notebook.get_absolute_url()
    feedback = Feedback.objects.get()
    assert (feedback.user, feedback.ran, feedback.worked) == (bob, True, False)
    assert feedback.broken == "Cell 3 <b>fails</b>"
    assert sorted(email.to[0] for email in mail.outbox) == [alice.email, bob.email]
    to_alice = next(email for email in mail.outbox if email.to == [alice.email])
    assert "Did it work? No" in to_alice.body and "Cell 3 <b>fails</b>" in to_alice.body
    html = to_alice.alternatives[0][0]
    assert "Cell 3 &lt;b&gt;fails&lt;/b&gt;" in html


def test_unanswered_questions_are_refused(notebook, bob_client):
    response = bob_client.post(reverse("feedback_new", args=[notebook.uuid]), {"broken": "x"})

    assert response.status_code == 400
    assert "Say whether you ran the notebook." in response.content.decode()
    assert not Feedback.objects.exists()


def test_the_history_is_for_editors_only(notebook, alice, bob, alice_client, bob_client):
    Feedback.objects.create(notebook=notebook, user=bob, ran=True, worked=True, general="<i>ok</i>")
    url = reverse("feedback_list", args=[notebook.uuid])

    owner_view = alice_client.get(url)

    assert owner_view.status_code == 200
    assert "&lt;i&gt;ok&lt;/i&gt;" in owner_view.content.decode()
    assert bob_client.get(url).status_code == 403
    # The notebook page links to it for editors only.
    assert f'href="{url}"' in alice_client.get(notebook.get_absolute_url()).content.decode()
    assert f'href="{url}"' not in bob_client.get(notebook.get_absolute_url()).content.decode()


def test_an_outsider_gets_404_on_a_private_notebook(publish, alice, charlie_client):
    private = publish(alice, title="Secret", public=False)

    assert charlie_client.get(reverse("feedback_list", args=[private.uuid])).status_code == 404
    response = charlie_client.post(reverse("feedback_new", args=[private.uuid]), ANSWERS)
    assert response.status_code == 404
    assert not Feedback.objects.exists()
