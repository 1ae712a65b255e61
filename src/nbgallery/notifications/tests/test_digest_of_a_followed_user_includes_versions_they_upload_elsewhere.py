from django.core import mail

from nbgallery.notebooks.models import Revision, Share
from nbgallery.notifications import services
from nbgallery.notifications.digest import send_daily_digests
from nbgallery.notifications.tests.conftest import at, backdate, fresh_cells


def test_a_version_bob_uploads_to_alices_notebook_reaches_bobs_followers(
    db, alice, bob, charlie, publish, new_version
):
    notebook = publish(alice, title="Alice's analysis")
    Share.objects.create(notebook=notebook, user=bob, shared_by=alice)
    services.follow(charlie, bob)
    revision = new_version(notebook, bob, cells=fresh_cells(), summary="bob fixed the axis")
    backdate(Revision.objects.filter(pk=revision.pk), at(10, 8))

    assert send_daily_digests(at(10, 9)) == 1

    assert mail.outbox[0].to == ["charlie@example.org"]
    assert "bob fixed the axis" in mail.outbox[0].body
