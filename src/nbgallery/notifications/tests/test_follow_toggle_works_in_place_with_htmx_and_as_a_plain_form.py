from django.urls import reverse

from nbgallery.notifications.models import Subscription


def follow_url(notebook) -> str:
    return reverse("follow_toggle", args=["notebook", notebook.uuid])


def test_a_plain_form_follows_then_unfollows_and_goes_back_with_a_message(
    db, alice, bob, bob_client, publish
):
    notebook = publish(alice, title="Sales report")
    page = notebook.get_absolute_url()

    response = bob_client.post(
        follow_url(notebook), {"action": "follow", "next": page}, follow=True
    )

    assert response.redirect_chain == [(page, 302)]
    assert "You follow Sales report" in response.content.decode()
    assert Subscription.objects.filter(user=bob, notebook=notebook, kind="notebook").exists()

    bob_client.post(follow_url(notebook), {"action": "unfollow", "next": page})

    assert not Subscription.objects.filter(user=bob).exists()


def test_htmx_gets_the_button_in_its_new_state(db, alice, bob, bob_client, publish):
    notebook = publish(alice)

    response = bob_client.post(
        follow_url(notebook), {"action": "follow"}, headers={"HX-Request": "true"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'aria-pressed="true"' in html
    assert 'name="action" value="unfollow"' in html
    assert f'hx-post="{follow_url(notebook)}"' in html


def test_following_twice_keeps_one_subscription(db, alice, bob, bob_client, publish):
    notebook = publish(alice)

    bob_client.post(follow_url(notebook), {"action": "follow"})
    bob_client.post(follow_url(notebook), {"action": "follow"})

    assert Subscription.objects.filter(user=bob).count() == 1


def test_the_notebook_page_shows_follow_then_following(db, alice, bob_client, publish):
    notebook = publish(alice)

    before = bob_client.get(notebook.get_absolute_url()).content.decode()
    bob_client.post(follow_url(notebook), {"action": "follow"})
    after = bob_client.get(notebook.get_absolute_url()).content.decode()

    assert 'name="action" value="follow"' in before
    assert 'name="action" value="unfollow"' in after


def test_anonymous_visitors_see_no_follow_button(db, alice, client, publish):
    notebook = publish(alice)

    page = client.get(notebook.get_absolute_url()).content.decode()

    assert reverse("follow_toggle", args=["notebook", notebook.uuid]) not in page


def test_a_next_address_on_another_site_is_ignored(db, alice, bob_client, publish):
    notebook = publish(alice)

    response = bob_client.post(
        follow_url(notebook), {"action": "follow", "next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response["Location"] == notebook.get_absolute_url()
