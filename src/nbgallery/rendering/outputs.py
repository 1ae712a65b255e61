"""Code cell outputs to HTML. Nothing from an output is ever executed.

Rich outputs are shown by the first MIME type in ``MIME_PRIORITY`` that the
bundle has; types we cannot show safely (JavaScript, widgets, plotly, ...) get
a one-line note instead.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

from nbgallery.rendering.ansi import ansi_to_html
from nbgallery.rendering.markdown import markdown_to_html
from nbgallery.rendering.sanitize import data_uri, sanitize_html

MIME_PRIORITY = (
    "text/html",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/svg+xml",
    "text/markdown",
    "text/latex",
    "application/json",
    "text/plain",
)

_VISIBLE_TEXT = re.compile(r"(?:^|>)\s*[^<\s]")
_MATH_DELIMITERS = re.compile(r"\$|\\\[|\\\(|\\begin\{")


def text_of(value: Any) -> str:
    """A notebook multiline string (a string or a list of strings) as one string."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part for part in value if isinstance(part, str))
    return "" if value is None else str(value)


def _pre(body: str, kind: str) -> str:
    return f'<div class="nb-output-body nb-output-{kind}"><pre>{body}</pre></div>'


def _shows_something(html: str) -> bool:
    return bool(_VISIBLE_TEXT.search(html)) or "<img" in html or "<hr" in html


def _html(value: Any, metadata: Mapping[str, Any]) -> str | None:
    html = sanitize_html(text_of(value))
    # An HTML output that was only script (plotly, widgets, bokeh) leaves nothing:
    # let a later MIME type or the "not shown" note speak instead.
    if not _shows_something(html):
        return None
    return f'<div class="nb-output-body nb-output-html">{html}</div>'


def _image_size(metadata: Mapping[str, Any], mime: str) -> str:
    meta = metadata.get(mime)
    if not isinstance(meta, Mapping):
        return ""
    size = []
    for name in ("width", "height"):
        value = meta.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            size.append(f' {name}="{int(value)}"')
    return "".join(size)


def _image(mime: str) -> Callable[[Any, Mapping[str, Any]], str | None]:
    def render(value: Any, metadata: Mapping[str, Any]) -> str | None:
        uri = data_uri(mime, value)
        if uri is None:
            return None
        size = _image_size(metadata, mime)
        return f'<div class="nb-output-body nb-output-image"><img src="{uri}"{size} alt=""></div>'

    return render


def _svg(value: Any, metadata: Mapping[str, Any]) -> str | None:
    # Only ever as an <img>: browsers run no script and load nothing for an SVG
    # image. The markup itself never reaches the page.
    svg = text_of(value)
    if not svg.strip():
        return None
    payload = base64.b64encode(svg.encode("utf-8", "replace")).decode("ascii")
    size = _image_size(metadata, "image/svg+xml")
    return (
        '<div class="nb-output-body nb-output-image">'
        f'<img src="data:image/svg+xml;base64,{payload}"{size} alt=""></div>'
    )


def _markdown(value: Any, metadata: Mapping[str, Any]) -> str:
    return (
        f'<div class="nb-output-body nb-output-markdown">{markdown_to_html(text_of(value))}</div>'
    )


def _latex(value: Any, metadata: Mapping[str, Any]) -> str | None:
    latex = text_of(value).strip()
    if not latex:
        return None
    if not _MATH_DELIMITERS.search(latex):
        latex = f"\\[{latex}\\]"
    return f'<div class="nb-output-body nb-output-latex nb-math">{escape(latex, quote=False)}</div>'


def _json(value: Any, metadata: Mapping[str, Any]) -> str:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return _pre(escape(value, quote=False), "json")
    text = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    return _pre(escape(text, quote=False), "json")


def _plain(value: Any, metadata: Mapping[str, Any]) -> str:
    return _pre(ansi_to_html(text_of(value)), "text")


_RENDERERS: dict[str, Callable[[Any, Mapping[str, Any]], str | None]] = {
    "text/html": _html,
    "image/png": _image("image/png"),
    "image/jpeg": _image("image/jpeg"),
    "image/gif": _image("image/gif"),
    "image/svg+xml": _svg,
    "text/markdown": _markdown,
    "text/latex": _latex,
    "application/json": _json,
    "text/plain": _plain,
}


def _not_shown(mime: str) -> str:
    return (
        '<div class="nb-output-body nb-output-note">'
        f"Output of type {escape(mime)} is not shown.</div>"
    )


def render_data(data: Any, metadata: Any) -> str:
    """The richest safe representation of a MIME bundle."""
    if not isinstance(data, Mapping) or not data:
        return ""
    if not isinstance(metadata, Mapping):
        metadata = {}
    for mime in MIME_PRIORITY:
        if mime in data:
            html = _RENDERERS[mime](data[mime], metadata)
            if html is not None:
                return html
    unknown = [mime for mime in data if mime not in _RENDERERS]
    return _not_shown(str(unknown[0]) if unknown else "text/html")


def _prompt(label: str, count: Any) -> str:
    text = f"{label}[{count}]:" if isinstance(count, int) else ""
    return f'<div class="nb-prompt" aria-hidden="true">{text}</div>'


def _stream_name(output: Mapping[str, Any]) -> str:
    return "stderr" if output.get("name") == "stderr" else "stdout"


def _merged(outputs: Sequence[Any]) -> list[Mapping[str, Any]]:
    # Consecutive writes to one stream show as one block, as in Jupyter, so that a
    # carriage return in one write can overwrite the text of the write before.
    merged: list[Mapping[str, Any]] = []
    for output in outputs:
        if not isinstance(output, Mapping):
            continue
        if (
            output.get("output_type") == "stream"
            and merged
            and merged[-1].get("output_type") == "stream"
            and _stream_name(merged[-1]) == _stream_name(output)
        ):
            previous = merged[-1]
            text = text_of(previous.get("text")) + text_of(output.get("text"))
            merged[-1] = {"output_type": "stream", "name": _stream_name(output), "text": text}
        else:
            merged.append(output)
    return merged


def render_output(output: Mapping[str, Any]) -> str:
    """One output as a ``nb-output`` block (prompt and body)."""
    kind = output.get("output_type")
    if kind == "stream":
        name = _stream_name(output)
        body = _pre(ansi_to_html(text_of(output.get("text"))), name)
        prompt = _prompt("", None)
    elif kind == "error":
        traceback = output.get("traceback")
        if isinstance(traceback, list) and traceback:
            text = "\n".join(str(line) for line in traceback)
        else:
            text = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
        body = _pre(ansi_to_html(text), "error")
        prompt = _prompt("", None)
    elif kind in ("execute_result", "display_data"):
        body = render_data(output.get("data"), output.get("metadata"))
        if not body:
            return ""
        count = output.get("execution_count") if kind == "execute_result" else None
        prompt = _prompt("Out", count)
    else:
        body = _not_shown(str(kind))
        prompt = _prompt("", None)
    return f'<div class="nb-output">{prompt}{body}</div>'


def render_outputs(outputs: Any) -> str:
    """All outputs of a code cell, or an empty string when it has none."""
    if not isinstance(outputs, list) or not outputs:
        return ""
    parts = [render_output(output) for output in _merged(outputs)]
    return f'<div class="nb-outputs">{"".join(parts)}</div>'
