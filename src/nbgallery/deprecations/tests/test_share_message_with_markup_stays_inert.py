"""A share message is plain text: markup in it is escaped in the email's HTML part."""

from __future__ import annotations

from django.core import mail

from nbgallery.notebooks import services

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:x">go</a>'


def test_markup_in_the_message_is_escaped(publish, alice, bob, committed):
    notebook = publish(alice, title="<b>Bold title", public=False)

    with committed():
        services.share_notebook(alice, notebook, ["bob"], HOSTILE)

    html = mail.outbox[0].alternatives[0][0]
    assert "<script>" not in html and "<img" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold title" in html
    assert HOSTILE in mail.outbox[0].body  # the text part shows what was written
