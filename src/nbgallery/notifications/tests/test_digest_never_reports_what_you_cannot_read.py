from django.core import mail

from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.notebooks.services import change_details
from nbgallery.notifications import services
from nbgallery.notifications.digest import send_daily_digests
from nbgallery.notifications.tests.conftest import at, backdate, comment_model, fresh_cells, parts


def test_private_notebooks_in_a_followed_tag_or_user_are_left_out(db, alice, bob, charlie, publish):
    visible = publish(alice, title="Open sales", tags="sales")
    services.follow(charlie, visible.tags.get())
    services.follow(charlie, alice)
    secret = publish(alice, title="Secret sales", public=False, tags="sales")
    backdate(Notebook.objects.filter(pk__in=[visible.pk, secret.pk]), at(10, 8))

    send_daily_digests(at(10, 9))

    [message] = mail.outbox
    text, html = parts(message)
    assert "Open sales" in text
    assert "Secret sales" not in text + html
    assert str(secret.uuid) not in text + html


def test_a_followed_notebook_that_became_private_reports_nothing(
    db, alice, charlie, publish, new_version
):
    notebook = publish(alice, title="Hush")
    services.follow(charlie, notebook)
    change_details(alice, notebook, title="Hush", description="x", tags=[], public=False)
    revision = new_version(notebook, alice, cells=fresh_cells(), summary="secret work")
    backdate(Revision.objects.filter(pk=revision.pk), at(10, 8))
    comments = comment_model()
    comment = comments.objects.create(notebook=notebook, user=alice, body="private chat")
    backdate(comments.objects.filter(pk=comment.pk), at(10, 8))

    assert send_daily_digests(at(10, 9)) == 0
    assert mail.outbox == []


def test_versions_from_a_private_period_stay_hidden_from_outsiders(
    db, alice, bob, charlie, publish, new_version
):
    notebook = publish(alice, title="Back and forth")
    services.follow(charlie, notebook)
    services.follow(bob, notebook)
    change_details(alice, notebook, title="Back and forth", description="x", tags=[], public=False)
    hidden = new_version(notebook, alice, cells=fresh_cells(), summary="made while private")
    change_details(alice, notebook, title="Back and forth", description="x", tags=[], public=True)
    backdate(Revision.objects.filter(notebook=notebook), at(10, 8))

    send_daily_digests(at(10, 9))

    # bob is not in alice's group here: he reads it only because it is public too.
    assert hidden.summary not in "".join(m.body for m in mail.outbox)
    assert mail.outbox == []
