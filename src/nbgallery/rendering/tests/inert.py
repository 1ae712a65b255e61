"""Checks that rendered HTML can run nothing, parsed as a browser would read it.

Not a test module: the tests import ``assert_inert``. Substring checks alone
miss entity-encoded or oddly spaced attacks, so every tag and attribute is
looked at after html.parser has decoded it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

FORBIDDEN_TAGS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
    "button", "textarea", "select", "svg", "math", "link", "meta", "base", "template",
    "noscript", "portal", "audio", "video", "source", "track", "dialog",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "data", "poster", "background", "cite",
    "xlink:href", "srcset", "longdesc", "lowsrc", "dynsrc", "ping", "manifest", "codebase",
}  # fmt: skip
RASTER_DATA = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=]*", re.I)
SVG_DATA = re.compile(r"data:image/svg\+xml;base64,[a-z0-9+/=]*", re.I)
SAFE_SCHEMES = ("http:", "https:", "mailto:")
DANGEROUS_STYLE = re.compile(
    r"expression|url\(|javascript|vbscript|behavior|binding|position", re.I
)


def _squeeze(value: str) -> str:
    return re.sub(r"[\x00-\x20\x7f]+", "", value).lower()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))


def elements(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag in the HTML with its decoded attributes."""
    collector = _Collector()
    collector.feed(str(html))
    collector.close()
    return collector.elements


def assert_inert(html: str, *, svg_images: bool = False) -> None:
    """Fail unless the HTML has no element, attribute or URL that can run script.

    ``svg_images`` allows ``<img src="data:image/svg+xml;base64,...">``, which is
    how SVG outputs are shown (browsers run no script in an SVG image).
    """
    assert "<script" not in str(html).lower()
    for tag, attrs in elements(html):
        assert tag not in FORBIDDEN_TAGS, f"<{tag}> in {html!r}"
        if tag == "input":
            assert dict(attrs).get("type") == "checkbox" and "disabled" in dict(attrs)
        for name, value in attrs:
            value = value or ""
            assert not name.startswith("on"), f"event handler {name}={value!r}"
            assert name not in {"srcdoc", "formaction", "action", "xmlns", "is"}
            if name == "style":
                assert not DANGEROUS_STYLE.search(value), f"style {value!r}"
            if name not in URL_ATTRIBUTES:
                continue
            assert name in {"href", "src"}, f"unexpected URL attribute {name}"
            url = _squeeze(value)
            scheme = re.match(r"([a-z][a-z0-9+.\-]*):", url)
            if scheme is None:
                continue  # relative
            if name == "src" and tag == "img" and url.startswith("data:"):
                assert RASTER_DATA.fullmatch(url) or (svg_images and SVG_DATA.fullmatch(url)), url
                continue
            assert url.startswith(SAFE_SCHEMES), f"{tag} {name}={value[:80]!r}"
