"""Notebook and markdown to sanitized HTML: the rendering app's public API.

Pure functions: the same notebook and arguments give the same HTML, so callers
cache it per revision under a key that includes ``RENDERER_VERSION``. Nothing a
notebook contains is trusted: markdown and HTML go through the allow-list in
``sanitize``, code and text are escaped, images become ``data:`` URIs after
their base64 is checked, and anything that could only be shown by running it
is named, not shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from nbgallery.rendering.highlight import highlight_code
from nbgallery.rendering.markdown import markdown_to_html
from nbgallery.rendering.outputs import render_outputs, text_of

# Bump whenever the HTML for an unchanged notebook changes: cached renders are
# keyed by it and are thrown away when it moves.
RENDERER_VERSION = 1

__all__ = ["RENDERER_VERSION", "render_markdown", "render_notebook"]


@lru_cache(maxsize=2048)
def render_markdown(text: str) -> SafeString:
    """Sanitized HTML for user-written markdown (descriptions, comments).

    Same rules as markdown cells, math included; headings get no ids, since a
    description shares its page with a notebook. Memoized: the same text is
    shown on every view of a page, and the result depends on nothing else.
    """
    return mark_safe(markdown_to_html(text or ""))  # noqa: S308  (sanitized above)


def _markdown_cell(cell: Mapping[str, Any], index: int, slugs: set[str]) -> str:
    attachments = cell.get("attachments")
    html = markdown_to_html(
        text_of(cell.get("source")),
        attachments=attachments if isinstance(attachments, Mapping) else None,
        slugs=slugs,
        doc_id=str(index),
    )
    return f'<div class="nb-cell nb-markdown-cell"><div class="nb-markdown">{html}</div></div>'


def _code_cell(cell: Mapping[str, Any], language: str, trusted: bool) -> str:
    count = cell.get("execution_count")
    prompt = f"In [{count}]:" if isinstance(count, int) else ""
    source = highlight_code(text_of(cell.get("source")), language)
    outputs = render_outputs(cell.get("outputs")) if trusted else ""
    return (
        '<div class="nb-cell nb-code-cell">'
        f'<div class="nb-input"><div class="nb-prompt" aria-hidden="true">{prompt}</div>'
        f'<div class="nb-source nb-highlight"><pre>{source}</pre></div></div>'
        f"{outputs}</div>"
    )


def _raw_cell(cell: Mapping[str, Any]) -> str:
    source = escape(text_of(cell.get("source")), quote=False)
    return f'<div class="nb-cell nb-raw-cell"><pre class="nb-raw">{source}</pre></div>'


def render_notebook(nb: Mapping[str, Any], *, trusted: bool, language: str) -> SafeString:
    """Sanitized HTML for a version-4 notebook (a dict or an nbformat NotebookNode).

    ``language`` names the kernel language for highlighting (unknown names are
    shown as plain text). Outputs are rendered only when ``trusted``; an
    untrusted notebook shows its sources alone.
    """
    cells = nb.get("cells") if isinstance(nb, Mapping) else None
    parts = ['<div class="nb-notebook">']
    slugs: set[str] = set()
    for index, cell in enumerate(cells if isinstance(cells, list) else ()):
        if not isinstance(cell, Mapping):
            continue
        kind = cell.get("cell_type")
        if kind == "markdown":
            parts.append(_markdown_cell(cell, index, slugs))
        elif kind == "code":
            parts.append(_code_cell(cell, language or "", trusted))
        elif kind == "raw":
            parts.append(_raw_cell(cell))
    parts.append("</div>")
    return mark_safe("".join(parts))  # noqa: S308  (every part is escaped or sanitized)
