from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from nbgallery.notebooks.models import Revision
from nbgallery.notifications import services
from nbgallery.notifications.digest import send_daily_digests
from nbgallery.notifications.models import EmailPreference
from nbgallery.notifications.tests.conftest import at, backdate, fresh_cells


def followed_change(alice, bob, publish, new_version, when):
    notebook = publish(alice)
    services.follow(bob, notebook)
    revision = new_version(notebook, alice, cells=fresh_cells(), summary="first change")
    backdate(Revision.objects.filter(pk=revision.pk), when)
    return notebook


def test_a_second_run_the_same_day_sends_nothing(db, alice, bob, publish, new_version):
    followed_change(alice, bob, publish, new_version, at(10, 8))

    first = send_daily_digests(at(10, 9))
    again = send_daily_digests(at(10, 23, 59))

    assert (first, again) == (1, 0)
    assert len(mail.outbox) == 1


def test_the_next_day_covers_only_what_came_after_the_last_digest(
    db, alice, bob, publish, new_version
):
    notebook = followed_change(alice, bob, publish, new_version, at(10, 8))
    send_daily_digests(at(10, 9))
    later = new_version(notebook, alice, cells=fresh_cells(), summary="second change")
    backdate(Revision.objects.filter(pk=later.pk), at(10, 15))

    assert send_daily_digests(at(11, 9)) == 1

    second = mail.outbox[1].body
    assert "second change" in second
    assert "first change" not in second


def test_nothing_is_sent_before_the_digest_hour(db, settings, alice, bob, publish, new_version):
    settings.NBGALLERY_DIGEST_HOUR = 6
    followed_change(alice, bob, publish, new_version, at(10, 1))

    assert send_daily_digests(at(10, 5, 59)) == 0
    assert send_daily_digests(at(10, 6)) == 1


def test_the_send_now_command_ignores_the_hour(db, settings, alice, bob, publish, new_version):
    settings.NBGALLERY_DIGEST_HOUR = 24  # never reached: only the command sends
    followed_change(alice, bob, publish, new_version, timezone.now() - timedelta(minutes=5))
    out = StringIO()

    call_command("send_digests", stdout=out)
    call_command("send_digests", stdout=out)

    assert out.getvalue().splitlines() == ["Sent 1 digest.", "Sent 0 digests."]
    assert len(mail.outbox) == 1
    assert "first change" in mail.outbox[0].body
    assert EmailPreference.objects.get(user=bob).last_digest_at is not None


def test_digest_off_or_email_off_means_no_digest(db, alice, bob, charlie, publish, new_version):
    notebook = followed_change(alice, bob, publish, new_version, at(10, 8))
    services.follow(charlie, notebook)
    services.set_preferences(bob, email_me=True, digest=False)
    services.set_preferences(charlie, email_me=False, digest=True)

    assert send_daily_digests(at(10, 9)) == 0
    assert mail.outbox == []
