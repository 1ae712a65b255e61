"""The newest unexpired site warning shows on every page, at its level, until its day ends."""

from __future__ import annotations

import datetime

from django.utils import timezone

from nbgallery.deprecations import services
from nbgallery.deprecations.models import SiteWarning


def warning_html(client, url: str = "/") -> str:
    page = client.get(url).content.decode()
    if 'id="site-warning"' not in page:
        return ""
    start = page.index('id="site-warning"')
    return page[page.rindex("<div", 0, start) : page.index("</div>", start)]


def test_an_admin_sets_it_and_everyone_sees_it(admin_client, client, alice_client):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = admin_client.post(
        "/site-warning/",
        {"level": "danger", "message": "Maintenance **tonight**.", "expires": tomorrow.isoformat()},
    )

    assert response.status_code == 302
    for viewer, url in [(client, "/"), (alice_client, "/"), (client, "/accounts/login/")]:
        html = warning_html(viewer, url)
        assert "alert-danger" in html and "Maintenance <strong>tonight</strong>." in html, url


def test_it_is_gone_once_its_last_day_has_passed(admin_user, client, monkeypatch):
    today = timezone.localdate()
    services.set_site_warning(
        admin_user,
        level="info",
        message="Until tonight.",
        expires_at=timezone.make_aware(
            datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time())
        ),
    )
    assert "Until tonight." in warning_html(client)  # and now it is cached

    later = timezone.now() + datetime.timedelta(days=2)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert warning_html(client) == ""


def test_the_newest_unexpired_one_wins(admin_user, client):
    services.set_site_warning(admin_user, level="info", message="Older notice.")
    services.set_site_warning(admin_user, level="warning", message="Newer notice.")

    html = warning_html(client)

    assert "Newer notice." in html and "Older notice." not in html
    assert "alert-warning" in html


def test_an_expired_newer_one_lets_the_older_one_show(admin_user, client):
    services.set_site_warning(admin_user, level="info", message="Older notice.")
    SiteWarning.objects.create(
        level="danger",
        message="Expired notice.",
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )

    assert "Older notice." in warning_html(client)


def test_removing_it_takes_it_down_at_once(admin_user, admin_client, client):
    warning = services.set_site_warning(admin_user, level="info", message="Short notice.")
    assert "Short notice." in warning_html(client)

    response = admin_client.post("/site-warning/", {"remove": str(warning.pk)})

    assert response.status_code == 302
    assert warning_html(client) == ""
