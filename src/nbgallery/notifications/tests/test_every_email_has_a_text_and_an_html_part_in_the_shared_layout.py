from django.core import mail

from nbgallery.notifications.services import send_notification
from nbgallery.notifications.tests.conftest import parts


def test_the_app_body_is_wrapped_in_the_site_layout_in_both_parts(db, alice, email_template):
    sent = send_notification(
        alice, subject="News", template=email_template, context={"title": "Sales"}
    )

    assert sent is True
    [message] = mail.outbox
    assert message.to == ["alice@example.org"]
    assert message.subject == "[NBGallery] News"
    text, html = parts(message)
    assert "Plain news about Sales." in text
    assert "<p>HTML news about <em>Sales</em>.</p>" in html
    assert html.lstrip().startswith("<!doctype html>")
    for part in (text, html):
        assert "/notifications/unsubscribe/" in part
        assert "/notifications/" in part


def test_the_plain_text_part_shows_characters_not_html_entities(db, alice, email_template):
    send_notification(alice, subject="News", template=email_template, context={"title": "R&D <1>"})

    text, html = parts(mail.outbox[0])
    assert "Plain news about R&D <1>." in text
    assert "R&amp;D &lt;1&gt;" in html


def test_nobody_without_an_address_or_an_active_account_is_emailed(db, alice, bob, email_template):
    alice.email = ""
    alice.save()
    bob.is_active = False
    bob.save()

    assert not send_notification(alice, subject="x", template=email_template, context={})
    assert not send_notification(bob, subject="x", template=email_template, context={})
    assert mail.outbox == []
