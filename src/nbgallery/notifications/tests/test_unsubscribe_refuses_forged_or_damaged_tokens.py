import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from nbgallery.notifications import services

UNREADABLE = "This unsubscribe link is not valid"


def forged_for(user) -> str:
    # Right shape, wrong key: what someone without the site's secret could make.
    return signing.dumps(user.pk, key="not the site's secret", salt=services.UNSUBSCRIBE_SALT)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_bad_token_is_a_400_with_a_message_and_changes_nothing(db, alice, method):
    good = services.unsubscribe_token(alice)
    bad_tokens = [forged_for(alice), good[:-3] + "abc", "nonsense", good.replace(":", "", 1)]
    client = Client()

    for token in bad_tokens:
        response = getattr(client, method)(reverse("notifications_unsubscribe", args=[token]))

        assert response.status_code == 400, token
        assert UNREADABLE in response.content.decode()
    assert services.wants_email(alice)


def test_a_token_signed_for_another_purpose_is_refused(db, alice):
    other = signing.dumps(alice.pk, salt="something else")

    response = Client().post(reverse("notifications_unsubscribe", args=[other]))

    assert response.status_code == 400
    assert services.wants_email(alice)


def test_a_token_of_a_deleted_account_is_refused(db, alice, bob):
    token = services.unsubscribe_token(bob)
    bob.delete()

    response = Client().get(reverse("notifications_unsubscribe", args=[token]))

    assert response.status_code == 400
