from django.urls import reverse

from nbgallery.notifications.models import Subscription


def test_user_group_and_tag_pages_can_be_followed(db, alice, bob, charlie_client, team, publish):
    publish(alice, tags="sales")
    pages = {
        "user": (reverse("user_detail", args=["alice"]), "alice"),
        "group": (team.get_absolute_url(), str(team.gid)),
        "tag": (reverse("tag_detail", args=["sales"]), "sales"),
    }

    for kind, (page, key) in pages.items():
        url = reverse("follow_toggle", args=[kind, key])
        assert url in charlie_client.get(page).content.decode(), kind

        response = charlie_client.post(url, {"action": "follow", "next": page})

        assert response.status_code == 302
        assert response["Location"] == page
        assert 'value="unfollow"' in charlie_client.get(page).content.decode(), kind

    kinds = set(Subscription.objects.values_list("kind", flat=True))
    assert kinds == {"user", "group", "tag"}


def test_your_own_page_has_no_follow_button(db, alice, alice_client):
    page = alice_client.get(reverse("user_detail", args=["alice"])).content.decode()

    assert reverse("follow_toggle", args=["user", "alice"]) not in page
