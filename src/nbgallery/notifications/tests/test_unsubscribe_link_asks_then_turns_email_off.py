import re

from django.core import mail
from django.test import Client

from nbgallery.notifications import services
from nbgallery.notifications.models import EmailPreference
from nbgallery.notifications.tests.conftest import parts

LINK = re.compile(r"https?://[^/\s\"]+(/notifications/unsubscribe/[^\s\"<>]+/)")


def unsubscribe_paths(message) -> set[str]:
    text, html = parts(message)
    in_text = set(LINK.findall(text))
    in_html = set(LINK.findall(html))
    assert in_text and in_html
    return in_text | in_html


def test_the_link_in_either_part_asks_first_then_unsubscribes(db, alice, email_template):
    services.send_notification(alice, subject="News", template=email_template)
    [path] = unsubscribe_paths(mail.outbox[0])
    anonymous = Client()

    page = anonymous.get(path)

    assert page.status_code == 200
    assert b"Unsubscribe" in page.content
    assert services.wants_email(alice), "a GET (a mail scanner) must change nothing"

    done = anonymous.post(path)

    assert done.status_code == 200
    assert b"You are unsubscribed" in done.content
    assert EmailPreference.objects.get(user=alice).email_me is False
    assert services.send_notification(alice, subject="Later", template=email_template) is False


def test_the_list_unsubscribe_header_names_the_same_link(db, alice, email_template):
    services.send_notification(alice, subject="News", template=email_template)
    message = mail.outbox[0]
    [path] = unsubscribe_paths(message)

    assert message.extra_headers["List-Unsubscribe"].endswith(f"{path}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_one_click_post_from_a_mail_client_needs_no_csrf_token(db, alice, email_template):
    services.send_notification(alice, subject="News", template=email_template)
    [path] = unsubscribe_paths(mail.outbox[0])

    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert services.wants_email(alice) is False
