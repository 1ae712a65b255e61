"""Links from notebooks go only to http, https, mailto or the page itself, and never leak."""

import pytest

from nbgallery.rendering.render import render_markdown
from nbgallery.rendering.tests.inert import assert_inert, elements

HOSTILE = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](javascript&#58;alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript:alert(1)>",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href=" &#14; javascript:alert(1)">x</a>',
    '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="DATA:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<a href="data:image/png;base64,iVBORw0KGgo=">looks like an image</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="file:///etc/passwd">x</a>',
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<img src="data:text/html;base64,PHNjcmlwdD4=">',
    '<img src="data:image/png;base64,not base64!!">',
]


@pytest.mark.parametrize("markdown", HOSTILE)
def test_script_and_data_urls_are_removed(markdown):
    html = render_markdown(markdown)
    assert_inert(html)
    # What stays is at most the text of the link, never a URL that a browser follows.
    values = [(value or "").lower() for _, attrs in elements(html) for _, value in attrs]
    for forbidden in ("javascript", "vbscript", "data:text", "svg", "file:", "not base64"):
        assert not any(forbidden in value for value in values), (forbidden, html)


def test_ordinary_links_keep_their_target_and_get_rel_noopener_noreferrer_nofollow():
    html = render_markdown("[site](https://example.org/a?b=c) <a href='mailto:a@example.org'>m</a>")
    links = [dict(attrs) for tag, attrs in elements(html) if tag == "a"]
    assert [link["href"] for link in links] == ["https://example.org/a?b=c", "mailto:a@example.org"]
    for link in links:
        assert set((link["rel"] or "").split()) == {"noopener", "noreferrer", "nofollow"}


def test_raster_data_images_are_kept():
    html = render_markdown("![dot](data:image/png;base64,iVBORw0KGgo=)")
    assert ("src", "data:image/png;base64,iVBORw0KGgo=") in dict(elements(html))["img"]
