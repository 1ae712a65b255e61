from django.urls import reverse

from nbgallery.notifications.models import Subscription


def test_a_notebook_you_cannot_read_is_a_404(db, alice, charlie_client, publish):
    secret = publish(alice, public=False)

    response = charlie_client.post(
        reverse("follow_toggle", args=["notebook", secret.uuid]), {"action": "follow"}
    )

    assert response.status_code == 404
    assert not Subscription.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(db, alice, client, publish):
    notebook = publish(alice)

    response = client.post(
        reverse("follow_toggle", args=["notebook", notebook.uuid]), {"action": "follow"}
    )

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"] or "login" in response["Location"]
    assert not Subscription.objects.exists()


def test_a_tag_only_on_notebooks_you_cannot_read_is_a_404(db, alice, charlie_client, publish):
    publish(alice, public=False, tags="secret-project")

    response = charlie_client.post(
        reverse("follow_toggle", args=["tag", "secret-project"]), {"action": "follow"}
    )

    assert response.status_code == 404


def test_unknown_things_and_kinds_are_404s(db, bob_client):
    for kind, key in [
        ("notebook", "not-a-uuid"),
        ("notebook", "6f1c2b1e-0000-4000-8000-000000000000"),
        ("user", "nobody"),
        ("group", "zzz"),
        ("tag", "nope"),
        ("planet", "mars"),
        ("user", "al\x00ice"),
        ("tag", "sa\x00les"),
    ]:
        response = bob_client.post(reverse("follow_toggle", args=[kind, key]), {"action": "follow"})
        assert response.status_code == 404, (kind, key)


def test_a_missing_action_is_a_400_that_says_what_to_send(db, alice, bob_client, publish):
    notebook = publish(alice)

    response = bob_client.post(reverse("follow_toggle", args=["notebook", notebook.uuid]))

    assert response.status_code == 400
    assert b"action=follow" in response.content


def test_following_yourself_is_a_400(db, alice, alice_client):
    response = alice_client.post(
        reverse("follow_toggle", args=["user", "alice"]), {"action": "follow"}
    )

    assert response.status_code == 400
    assert b"cannot follow yourself" in response.content


def test_get_changes_nothing(db, alice, bob_client, publish):
    notebook = publish(alice)

    response = bob_client.get(reverse("follow_toggle", args=["notebook", notebook.uuid]))

    assert response.status_code == 405
    assert not Subscription.objects.exists()
