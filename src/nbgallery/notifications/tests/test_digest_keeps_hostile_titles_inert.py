from django.core import mail

from nbgallery.notebooks.models import Notebook
from nbgallery.notifications import services
from nbgallery.notifications.digest import send_daily_digests
from nbgallery.notifications.tests.conftest import at, backdate, comment_model, fresh_cells, parts

HOSTILE = '<script>alert("t")</script><img src=x onerror=alert(1)>'


def test_titles_summaries_and_comments_are_escaped_in_the_html_part(
    db, alice, bob, charlie, publish, new_version
):
    comments = comment_model()
    services.follow(bob, alice)
    notebook = publish(alice, title="Evil <img src=x onerror=alert(1)> & co")
    services.follow(bob, notebook)
    backdate(Notebook.objects.filter(pk=notebook.pk), at(10, 7))
    revision = new_version(notebook, alice, cells=fresh_cells(), summary=HOSTILE[:250])
    backdate(type(revision).objects.filter(pk=revision.pk), at(10, 8))
    comment = comments.objects.create(notebook=notebook, user=charlie, body=HOSTILE)
    backdate(comments.objects.filter(pk=comment.pk), at(10, 8))

    send_daily_digests(at(10, 9))

    text, html = parts(mail.outbox[0])
    assert "<script" not in html
    assert "<img" not in html
    assert "Evil &lt;img src=x onerror=alert(1)&gt; &amp; co" in html
    assert "&lt;script&gt;" in html
    # The plain-text part is not HTML: it shows the characters as typed.
    assert "Evil <img src=x onerror=alert(1)> & co" in text
