"""Rendered notebook HTML, made once per content and kept in the default storage.

Rendering a large notebook takes long enough that no page should do it on
every view. The HTML depends only on the content (named by its sha256),
on whether outputs are shown (``trusted``) and on the renderer's version, so
it is kept under that key in Django's default storage (``rendered/``), which
every web process and machine shares. Entries are never changed once written:
a new renderer version simply uses new names, and ``forget`` removes all of a
content's entries when the content itself is deleted.

The first view renders (or the ``render_revision`` task, queued after
publishing, already did).
"""

from __future__ import annotations

import json
import logging
import re

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.safestring import SafeString, mark_safe

from nbgallery.lib import ipynb
from nbgallery.notebooks import blobs
from nbgallery.rendering.render import RENDERER_VERSION, render_notebook

logger = logging.getLogger(__name__)

PREFIX = "rendered"
# Written last: an entry without it was cut short (a crash, or another process
# still writing it) and is rendered again rather than shown half.
COMPLETE = "\n<!-- nbgallery: complete -->\n"
UNAVAILABLE = (
    '<div class="alert alert-warning" role="status">This notebook cannot be shown right now. '
    "You can still download it.</div>"
)


def entry_name(sha256: str, *, trusted: bool) -> str:
    version = re.sub(r"[^\w.-]", "_", str(RENDERER_VERSION))
    kind = "trusted" if trusted else "untrusted"
    return f"{PREFIX}/{sha256[:2]}/{sha256}/{version}-{kind}.html"


def rendered_notebook(sha256: str, *, trusted: bool) -> SafeString:
    """The content's HTML, from the cache or rendered (and cached) now.

    A notebook that cannot be read or rendered gives a short notice instead
    of an error page: the rest of its page (details, download) still works.
    """
    html = cached(sha256, trusted=trusted)
    if html is None:
        try:
            html = render(sha256, trusted=trusted)
        except Exception:
            logger.exception("Rendering the notebook content %s failed", sha256)
            return mark_safe(UNAVAILABLE)  # noqa: S308 (our own constant)
        store(sha256, html, trusted=trusted)
    return mark_safe(html)  # noqa: S308 (the renderer's sanitized output)


def warm(sha256: str, *, trusted: bool) -> bool:
    """Render into the cache unless it is there already; True if it rendered."""
    if cached(sha256, trusted=trusted) is not None:
        return False
    store(sha256, render(sha256, trusted=trusted), trusted=trusted)
    return True


def render(sha256: str, *, trusted: bool) -> str:
    content = json.loads(blobs.read_blob(sha256))
    language, _version = ipynb.language(content)
    return str(render_notebook(content, trusted=trusted, language=language))


def cached(sha256: str, *, trusted: bool) -> str | None:
    name = entry_name(sha256, trusted=trusted)
    try:
        with default_storage.open(name, "rb") as handle:
            text = handle.read().decode()
    except (OSError, ValueError):  # missing (FileNotFoundError), unreadable or not UTF-8
        return None
    if not text.endswith(COMPLETE):
        return None
    return text[: -len(COMPLETE)]


def store(sha256: str, html: str, *, trusted: bool) -> None:
    """Keep ``html``; a failure only costs a render on the next view."""
    name = entry_name(sha256, trusted=trusted)
    try:
        if default_storage.exists(name):
            # A complete entry is never replaced; an incomplete one is written again.
            if cached(sha256, trusted=trusted) is not None:
                return
            default_storage.delete(name)
        saved = default_storage.save(name, ContentFile((html + COMPLETE).encode()))
        if saved != name:  # another process stored the same entry a moment ago
            default_storage.delete(saved)
    except OSError:
        logger.warning("Could not keep the rendered notebook %s", name, exc_info=True)


def forget(sha256: str) -> None:
    """Remove every rendered entry of this content (all versions, trusted or not)."""
    folder = f"{PREFIX}/{sha256[:2]}/{sha256}"
    try:
        _folders, files = default_storage.listdir(folder)
    except (OSError, NotImplementedError):
        return
    for file_name in files:
        try:
            default_storage.delete(f"{folder}/{file_name}")
        except OSError:
            logger.warning("Could not remove %s/%s", folder, file_name, exc_info=True)
