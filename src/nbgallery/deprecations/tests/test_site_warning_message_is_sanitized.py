"""A site warning is markdown made safe: script, handlers and javascript: links are inert."""

from __future__ import annotations

import re

from nbgallery.deprecations import services

HOSTILE = (
    "<script>window.__pwned=1</script>\n\n<img src=x onerror=alert(1)>\n\n"
    "[click](javascript:alert(2))\n\n<iframe src=https://example.org></iframe>\n\n*fine*"
)


def test_hostile_markup_in_the_message_is_inert(admin_user, client, admin_client):
    services.set_site_warning(admin_user, level="warning", message=HOSTILE)

    assert "<em>fine</em>" in client.get("/").content.decode()
    for viewer, url in [(client, "/"), (admin_client, "/site-warning/")]:
        page = viewer.get(url).content.decode()
        assert "<script>window.__pwned" not in page, url
        assert not re.search(r"<[a-z]+[^>]*\sonerror=", page), url
        assert 'href="javascript:' not in page, url
        assert "<iframe" not in page, url
