from django.core import mail

from nbgallery.notifications import services
from nbgallery.notifications.digest import send_daily_digests
from nbgallery.notifications.tests.conftest import at


def test_followers_of_quiet_things_get_no_email(db, alice, bob, team, publish):
    notebook = publish(alice)  # made now, long before the period of the digest
    services.follow(bob, notebook)
    services.follow(bob, alice)
    services.follow(bob, team)

    assert send_daily_digests(at(10, 9)) == 0
    assert mail.outbox == []


def test_people_who_follow_nothing_get_no_email(db, alice, bob, publish):
    publish(alice)

    assert send_daily_digests(at(10, 9)) == 0
    assert mail.outbox == []
