"""A comment by someone else is emailed to the owners (group: its owners and editors)."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from conftest import make_user
from nbgallery.accounts import services as accounts


def comment(client, notebook, body, capture) -> None:
    with capture(execute=True):
        client.post(reverse("comment_add", args=[notebook.uuid]), {"body": body})


def test_the_owning_user_gets_an_email_with_both_parts(
    publish, alice, bob_client, django_capture_on_commit_callbacks
):
    notebook = publish(alice, public=True)

    comment(
        bob_client,
        notebook,
        "Looks <b>great</b> <script>x</script>",
        django_capture_on_commit_callbacks,
    )

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["alice@example.org"]
    assert notebook.title in email.subject and "Bob Member" in email.body
    assert f"{notebook.get_absolute_url()}#comment-" in email.body
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html" and "<script" not in html


def test_my_own_comment_is_not_emailed_to_me(
    publish, alice, alice_client, django_capture_on_commit_callbacks
):
    notebook = publish(alice, public=True)

    comment(alice_client, notebook, "A note to readers", django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_a_group_notebook_emails_its_owners_and_editors_not_members(
    publish,
    team,
    alice,
    bob,
    charlie,
    charlie_client,
    django_user_model,
    django_capture_on_commit_callbacks,
):
    dave = make_user(django_user_model, "dave")
    accounts.add_member(alice, team, "dave", "editor")
    notebook = publish(team, alice, public=True)

    comment(charlie_client, notebook, "Question", django_capture_on_commit_callbacks)

    assert sorted(email.to[0] for email in mail.outbox) == [alice.email, dave.email]
