from django.core import mail

from nbgallery.notebooks.models import Notebook
from nbgallery.notifications import services
from nbgallery.notifications.digest import send_daily_digests
from nbgallery.notifications.tests.conftest import at, backdate, comment_model, fresh_cells, parts


def test_a_new_version_of_a_followed_notebook(db, alice, bob, publish, new_version):
    notebook = publish(alice, title="Sales report")
    services.follow(bob, notebook)
    revision = new_version(notebook, alice, cells=fresh_cells(), summary="Added March")
    backdate(type(revision).objects.filter(pk=revision.pk), at(10, 8))

    assert send_daily_digests(at(10, 9)) == 1

    [message] = mail.outbox
    assert message.to == ["bob@example.org"]
    text, html = parts(message)
    for part in (text, html):
        assert "New versions" in part
        assert "Sales report" in part
        assert "Added March" in part
        assert revision.get_absolute_url() in part


def test_new_notebooks_of_a_followed_user_group_and_tag(db, alice, bob, charlie, team, publish):
    services.follow(charlie, alice)
    services.follow(charlie, team)
    services.follow(charlie, publish(bob, title="Old tagged", tags="sales").tags.get())
    fresh = [
        publish(alice, title="By alice"),
        publish(team, alice, title="By the team"),
        publish(bob, title="Tagged sales", tags="sales"),
    ]
    backdate(Notebook.objects.filter(pk__in=[n.pk for n in fresh]), at(10, 7))

    send_daily_digests(at(10, 9))

    [message] = mail.outbox
    text, html = parts(message)
    assert "New notebooks" in text
    for notebook in fresh:
        assert notebook.title in text
        assert notebook.get_absolute_url() in html
    assert "Old tagged" not in text, "made before the period"


def test_comments_on_a_followed_notebook(db, alice, bob, charlie, publish):
    comments = comment_model()
    notebook = publish(alice, title="Sales report")
    services.follow(bob, notebook)
    comment = comments.objects.create(notebook=notebook, user=charlie, body="Does this run on R?")
    backdate(comments.objects.filter(pk=comment.pk), at(10, 8))

    send_daily_digests(at(10, 9))

    text, html = parts(mail.outbox[0])
    for part in (text, html):
        assert "New comments" in part
        assert "Does this run on R?" in part
        assert "Sales report" in part


def test_what_you_did_yourself_is_left_out(db, alice, bob, publish, new_version):
    notebook = publish(alice)
    services.follow(alice, notebook)
    revision = new_version(notebook, alice, cells=fresh_cells())
    backdate(type(revision).objects.filter(pk=revision.pk), at(10, 8))

    assert send_daily_digests(at(10, 9)) == 0
    assert mail.outbox == []
