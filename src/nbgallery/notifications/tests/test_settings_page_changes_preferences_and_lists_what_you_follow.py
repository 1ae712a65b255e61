from django.urls import reverse

from nbgallery.notifications import services
from nbgallery.notifications.models import EmailPreference, Subscription


def test_signing_in_is_needed(db, client):
    response = client.get(reverse("notification_settings"))

    assert response.status_code == 302


def test_the_switches_start_on_and_can_be_turned_off(db, alice, alice_client):
    page = alice_client.get(reverse("notification_settings")).content.decode()
    assert 'name="email_me"' in page and "checked" in page

    response = alice_client.post(reverse("notification_settings"), {"digest": "on"}, follow=True)

    assert "Email settings saved." in response.content.decode()
    preference = EmailPreference.objects.get(user=alice)
    assert (preference.email_me, preference.digest) == (False, True)


def test_followed_things_are_listed_and_can_be_removed(db, alice, bob, bob_client, publish):
    notebook = publish(alice, title="Quarterly numbers")
    services.follow(bob, notebook)
    services.follow(bob, alice)

    page = bob_client.get(reverse("notification_settings")).content.decode()

    assert "Quarterly numbers" in page
    assert alice.get_absolute_url() in page
    subscription = Subscription.objects.get(user=bob, notebook=notebook)
    bob_client.post(reverse("subscription_delete", args=[subscription.pk]))
    assert list(Subscription.objects.filter(user=bob).values_list("kind", flat=True)) == ["user"]


def test_a_notebook_that_became_unreadable_is_listed_without_its_title(
    db, alice, charlie, charlie_client, publish
):
    notebook = publish(alice, title="Going private")
    services.follow(charlie, notebook)
    notebook.public = False
    notebook.save()

    page = charlie_client.get(reverse("notification_settings")).content.decode()

    assert "Going private" not in page
    assert "A notebook you can no longer read" in page


def test_someone_elses_subscription_cannot_be_removed(db, alice, bob, charlie_client, publish):
    subscription = services.follow(bob, publish(alice))

    response = charlie_client.post(reverse("subscription_delete", args=[subscription.pk]))

    assert response.status_code == 404
    assert Subscription.objects.filter(pk=subscription.pk).exists()
