"""The one HTML allow-list for everything a user writes: markdown and HTML outputs.

nh3 (ammonia) parses the fragment as a browser would and keeps only the tags,
attributes and URL schemes listed here. Our attribute filter then narrows what
ammonia cannot express on its own: which ``data:`` URLs are images, which class
names may appear, which ``style`` values are plain, and how in-page ids and
links are kept apart from the site's own ids.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

import nh3
from pygments.token import STANDARD_TYPES

# Ids from notebooks get this prefix, so that no notebook can name (clobber) an
# element of the page around it; in-page links ("#x") are rewritten to match.
ID_PREFIX = "nb-"

TAGS = {
    "a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption",
    "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div",
    "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol",
    "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span",
    "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
}  # fmt: skip

# Tags dropped together with everything inside them: their text is code, markup
# or a fallback that makes no sense on its own.
CLEAN_CONTENT_TAGS = {
    "script", "style", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "noscript", "noembed", "noframes", "textarea", "select", "title", "xmp",
    "svg", "math", "head", "link", "meta", "base", "form", "button", "audio", "video",
    "canvas", "dialog", "portal",
}  # fmt: skip

ATTRIBUTES: dict[str, set[str]] = {
    "*": {"title", "lang", "dir", "class", "style", "align", "id"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "table": {"border", "cellpadding", "cellspacing", "width"},
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    "tr": {"valign"},
    "td": {"colspan", "rowspan", "valign", "width"},
    "th": {"colspan", "rowspan", "valign", "width", "scope"},
    "ol": {"start", "type", "reversed"},
    "ul": {"type"},
    "li": {"value"},
    "font": {"color", "size", "face"},
    "input": {"checked"},
    "details": {"open"},
    "time": {"datetime"},
}

# A checkbox is all the form an author gets (GFM task lists), and it is inert.
SET_ATTRIBUTES = {"input": {"type": "checkbox", "disabled": "disabled"}}

# Properties that can change how text looks but not where it sits: nothing that
# positions, layers or loads (position, z-index, margin, background-image, ...).
STYLE_PROPERTIES = {
    "color", "background-color", "font-weight", "font-style", "font-size", "font-family",
    "font-variant", "text-align", "text-decoration", "text-transform", "vertical-align",
    "white-space", "line-height", "letter-spacing", "word-spacing", "list-style-type",
    "width", "height", "max-width", "max-height", "min-width", "min-height",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left",
    "border-color", "border-style", "border-width", "border-collapse", "border-spacing",
    "border-radius", "float", "clear", "display",
}  # fmt: skip
# Even in an allowed property these load something or run something in some browser.
_STYLE_FORBIDDEN = re.compile(
    r"expression|url\s*\(|image-set|javascript|vbscript|behavior|binding|@import|\\|<|/\*",
    re.IGNORECASE,
)

URL_SCHEMES = {"http", "https", "mailto", "data", "attachment"}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})
LINK_REL = "noopener noreferrer nofollow"

# Class names a notebook may use: Pygments' token classes (our code highlighting
# inside markdown) and the names our markdown pipeline writes. Any other class,
# for instance one of Bootstrap's that would lay content over the page, goes.
ALLOWED_CLASSES = frozenset(
    {name for name in STANDARD_TYPES.values() if name}
    | {
        "nb-math",
        "nb-math-display",
        "nb-anchor",
        "nb-highlight",
        "dataframe",
        "footnote-ref",
        "footnote-item",
        "footnote-backref",
        "footnotes",
        "footnotes-sep",
        "footnotes-list",
        "contains-task-list",
        "task-list-item",
        "task-list-item-checkbox",
    }  # fmt: skip
)

IMAGE_MIME_TYPES = ("image/png", "image/jpeg", "image/gif")
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\s]*)", re.I)
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.I)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")

Attachments = Mapping[str, Any]


def _scheme(url: str) -> str | None:
    # Browsers ignore control characters and spaces when they read a scheme.
    match = _SCHEME.match(_INVISIBLE.sub("", url))
    return match.group(1).lower() if match else None


def valid_base64(data: str) -> str | None:
    """The base64 payload without whitespace, or None if it is not valid base64."""
    compact = "".join(data.split())
    try:
        base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None
    return compact


def data_uri(mime: str, data: Any) -> str | None:
    """A ``data:`` URI for base64 image data from a notebook, or None if it is not base64."""
    if isinstance(data, list):
        data = "".join(str(part) for part in data)
    if not isinstance(data, str):
        return None
    payload = valid_base64(data)
    return f"data:{mime};base64,{payload}" if payload else None


def _attachment_uri(reference: str, attachments: Attachments | None) -> str | None:
    if not attachments:
        return None
    name = reference.partition(":")[2]
    bundle = attachments.get(name)
    if bundle is None:
        bundle = attachments.get(unquote(name))
    if not isinstance(bundle, Mapping):
        return None
    # PNG, JPEG and GIF only: an SVG attachment could carry script.
    for mime in IMAGE_MIME_TYPES:
        if mime in bundle:
            return data_uri(mime, bundle[mime])
    return None


def _href(value: str) -> str | None:
    scheme = _scheme(value)
    if scheme is None:
        stripped = value.strip()
        if len(stripped) > 1 and stripped[0] == "#" and not stripped.startswith("#" + ID_PREFIX):
            return "#" + ID_PREFIX + stripped[1:]
        return value
    return value if scheme in LINK_SCHEMES else None


def _src(value: str, attachments: Attachments | None) -> str | None:
    scheme = _scheme(value)
    if scheme is None or scheme in IMAGE_SCHEMES:
        return value
    if scheme == "attachment":
        return _attachment_uri(value, attachments)
    if scheme == "data":
        match = _DATA_IMAGE.fullmatch(value.strip())
        if match:
            return data_uri(f"image/{match.group(1).lower()}", match.group(2))
    return None


def _classes(value: str) -> str | None:
    kept = [name for name in value.split() if name in ALLOWED_CLASSES]
    return " ".join(kept) if kept else None


def _make_filter(attachments: Attachments | None) -> Callable[[str, str, str], str | None]:
    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return _href(value)
        if attribute == "src":
            return _src(value, attachments) if tag == "img" else None
        if attribute == "class":
            return _classes(value)
        if attribute == "name":  # an old-style anchor, <a name="x">: prefixed like ids
            return value if value.startswith(ID_PREFIX) else ID_PREFIX + value
        if attribute == "style":
            return None if _STYLE_FORBIDDEN.search(value) else value
        return value

    return attribute_filter


def _make_cleaner(attachments: Attachments | None) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=TAGS,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=_make_filter(attachments),
        strip_comments=True,
        link_rel=LINK_REL,
        set_tag_attribute_values=SET_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        filter_style_properties=STYLE_PROPERTIES,
        id_prefix=ID_PREFIX,
    )


@lru_cache(maxsize=1)
def _shared_cleaner() -> nh3.Cleaner:
    return _make_cleaner(None)


def sanitize_html(html: str, *, attachments: Attachments | None = None) -> str:
    """HTML from a notebook reduced to the allow-list above.

    ``attachments`` is a markdown cell's attachment bundle: ``attachment:NAME``
    image sources become ``data:`` URIs from it (PNG, JPEG and GIF only).
    """
    cleaner = _make_cleaner(attachments) if attachments else _shared_cleaner()
    return cleaner.clean(html)
