from django.core import mail

from nbgallery.notebooks.models import Revision
from nbgallery.notifications import digest, services
from nbgallery.notifications.models import EmailPreference
from nbgallery.notifications.tests.conftest import at, backdate, fresh_cells


def test_a_mail_server_error_leaves_the_day_unsent_for_the_next_run(
    db, monkeypatch, alice, bob, charlie, publish, new_version
):
    notebook = publish(alice)
    services.follow(bob, notebook)
    services.follow(charlie, notebook)
    revision = new_version(notebook, alice, cells=fresh_cells(), summary="news")
    backdate(Revision.objects.filter(pk=revision.pk), at(10, 8))
    real_send = digest.send_notification

    def flaky(recipient, **kwargs):
        if recipient == bob:
            raise ConnectionError("mail server down")
        return real_send(recipient, **kwargs)

    monkeypatch.setattr(digest, "send_notification", flaky)

    assert digest.send_daily_digests(at(10, 9)) == 1, "charlie's digest still goes out"
    assert EmailPreference.objects.get(user=bob).last_digest_at is None

    monkeypatch.setattr(digest, "send_notification", real_send)

    assert digest.send_daily_digests(at(10, 10)) == 1
    assert sorted(message.to[0] for message in mail.outbox) == [
        "bob@example.org",
        "charlie@example.org",
    ]
