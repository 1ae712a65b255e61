"""Source-only diffs of two notebooks, as the HTML the Jupyter clients show (protocol G7).

As in the original (``JupyterNotebook#text_for_diff`` and the Diffy gem), only
the cells' sources count: each cell becomes its type, a colon, and its source
indented by two spaces; cells are separated by a blank line; the two texts are
compared line by line. Outputs, execution counts and metadata never make a
difference.

The HTML keeps Diffy's shape (``<div class="diff"><ul><li class="del|ins|unchanged">``),
because that is what the clients were built to display. They insert it
without sanitising it, so every line of notebook text is escaped here; no
other part of the HTML comes from the notebook.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Iterable, Mapping
from typing import Any

CSS = (
    "<style type='text/css'>\n"
    ".diff{overflow:auto;}\n"
    ".diff ul{background:#fff;overflow:auto;font-size:13px;list-style:none;margin:0;"
    "padding:0;display:table;width:100%;}\n"
    ".diff del,.diff ins{display:block;text-decoration:none;}\n"
    ".diff li{padding:0;display:table-row;margin:0;height:1em;}\n"
    ".diff li.ins{background:#dfd;color:#080;}\n"
    ".diff li.del{background:#fee;color:#b00;}\n"
    ".diff li:hover{background:#ffc;}\n"
    ".diff del,.diff ins,.diff span{white-space:pre-wrap;font-family:courier;}\n"
    "</style>"
)

# One line of a diff: its kind (del, ins, unchanged) and its text, or None for
# the blank padding that keeps the two sides of a split diff level.
Line = tuple[str, str | None]
TAGS = {"del": "del", "ins": "ins", "unchanged": "span"}


def text_for_diff(notebook: Mapping[str, Any]) -> str:
    """The cells' sources as one text: ``<cell_type>:`` then the source, indented."""
    blocks = []
    for cell in notebook.get("cells", []):
        if "source" not in cell:
            continue
        source = cell["source"]
        if not isinstance(source, str):  # nbformat also allows a list of lines
            source = "".join(source)
        indented = source.replace("\n", "\n  ")
        blocks.append(f"{cell.get('cell_type', '')}:\n  {indented}")
    return "\n\n".join(blocks)


def diff_notebooks(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """``{different, css, inline, split}`` from ``before`` (the gallery's) to ``after``."""
    return diff_texts(text_for_diff(before), text_for_diff(after))


def diff_texts(before: str, after: str) -> dict[str, Any]:
    """The diff of two texts: unified (``inline``) and side by side (``split``) HTML."""
    old, new = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    different = any(tag != "equal" for tag, *_ in opcodes)
    if not different:
        # Like Diffy: nothing to show when nothing changed.
        empty = '<div class="diff"></div>'
        return {"different": False, "css": CSS, "inline": empty, "split": [empty, empty]}
    inline: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for tag, i1, i2, j1, j2 in opcodes:
        removed = [("del", line) for line in old[i1:i2]]
        added = [("ins", line) for line in new[j1:j2]]
        if tag == "equal":
            same = [("unchanged", line) for line in old[i1:i2]]
            inline += same
            left += same
            right += same
            continue
        inline += removed + added
        # Pad the shorter side so that the lines after the change face each other.
        height = max(len(removed), len(added))
        left += removed + [("unchanged", None)] * (height - len(removed))
        right += added + [("unchanged", None)] * (height - len(added))
    return {
        "different": True,
        "css": CSS,
        "inline": as_html(inline),
        "split": [as_html(left), as_html(right)],
    }


def as_html(lines: Iterable[Line]) -> str:
    items = []
    for kind, text in lines:
        tag = TAGS[kind]
        # An empty element has no height, so blank lines get a space.
        content = html.escape(text) if text else " "
        items.append(f'    <li class="{kind}"><{tag}>{content}</{tag}></li>')
    return '<div class="diff">\n  <ul>\n' + "\n".join(items) + "\n  </ul>\n</div>"
