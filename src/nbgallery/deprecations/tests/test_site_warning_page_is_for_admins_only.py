"""Only site admins see and use the site warning page; bad input is a 400 with a message."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from nbgallery.deprecations.models import SiteWarning


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/site-warning/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_other_users_get_a_403_and_set_nothing(alice_client):
    assert alice_client.get("/site-warning/").status_code == 403
    response = alice_client.post("/site-warning/", {"level": "info", "message": "Hi"})
    assert response.status_code == 403
    assert not SiteWarning.objects.exists()


def test_other_users_cannot_remove_one(admin_user, alice_client):
    warning = SiteWarning.objects.create(level="info", message="Hi", created_by=admin_user)

    assert alice_client.post("/site-warning/", {"remove": str(warning.pk)}).status_code == 403
    assert SiteWarning.objects.filter(pk=warning.pk).exists()


def test_an_admin_sees_the_form_and_the_recent_warnings(admin_user, admin_client):
    SiteWarning.objects.create(level="info", message="Earlier notice", created_by=admin_user)

    page = admin_client.get("/site-warning/").content.decode()

    assert 'name="message"' in page and "Earlier notice" in page and "Shown now" in page


def test_a_past_day_or_an_empty_message_is_refused(admin_client):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    past = admin_client.post(
        "/site-warning/", {"level": "info", "message": "Hi", "expires": yesterday.isoformat()}
    )
    empty = admin_client.post("/site-warning/", {"level": "info", "message": " "})
    odd_level = admin_client.post("/site-warning/", {"level": "purple", "message": "Hi"})

    assert past.status_code == 400 and "That day has passed" in past.content.decode()
    assert empty.status_code == 400 and "This field is required" in empty.content.decode()
    assert odd_level.status_code == 400
    assert not SiteWarning.objects.exists()


def test_removing_an_unknown_warning_is_a_404(admin_client):
    assert admin_client.post("/site-warning/", {"remove": "12345"}).status_code == 404
    assert admin_client.post("/site-warning/", {"remove": "x\x00"}).status_code == 404
