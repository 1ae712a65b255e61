"""Terminal text (streams, tracebacks) to escaped HTML.

Colour and bold escapes (SGR) become spans with ``ansi-*`` classes; every other
escape sequence and control character is dropped. Carriage returns overwrite
the line as a terminal would, so progress bars show their last state.
"""

from __future__ import annotations

import re
from html import escape

_COLOURS = ("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white")

# CSI sequences (SGR among them), OSC sequences (titles, hyperlinks) and any
# other two-character escape.
_ESCAPE = re.compile(
    r"\x1b\[([0-9;:?<=>]*)[ -/]*([@-~])"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _overwrite_lines(text: str) -> str:
    if "\r" not in text:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    out = []
    for line in lines:
        if "\r" in line:
            # What is left on screen: the last non-empty write over the line.
            parts = [part for part in line.split("\r") if part]
            line = parts[-1] if parts else ""
        out.append(line)
    return "\n".join(out)


def _colour_class(code: int, layer: str) -> str:
    bright = code >= 8
    name = _COLOURS[code % 8]
    return f"ansi-{'bright-' if bright else ''}{name}-{layer}"


class _State:
    __slots__ = ("bold", "underline", "fg", "bg")

    def __init__(self) -> None:
        self.bold = False
        self.underline = False
        self.fg: str | None = None
        self.bg: str | None = None

    def reset(self) -> None:
        self.bold = self.underline = False
        self.fg = self.bg = None

    def apply(self, params: str) -> None:
        codes = [int(p) if p.isdigit() else 0 for p in params.replace(":", ";").split(";")]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code == 0:
                self.reset()
            elif code == 1:
                self.bold = True
            elif code == 4:
                self.underline = True
            elif code in (21, 22):
                self.bold = False
            elif code == 24:
                self.underline = False
            elif 30 <= code <= 37:
                self.fg = _colour_class(code - 30, "fg")
            elif 90 <= code <= 97:
                self.fg = _colour_class(code - 90 + 8, "fg")
            elif code == 39:
                self.fg = None
            elif 40 <= code <= 47:
                self.bg = _colour_class(code - 40, "bg")
            elif 100 <= code <= 107:
                self.bg = _colour_class(code - 100 + 8, "bg")
            elif code == 49:
                self.bg = None
            elif code in (38, 48):
                # 256-colour and true-colour: the first 16 map to classes; others
                # are skipped rather than written as inline styles.
                layer = "fg" if code == 38 else "bg"
                mode = codes[i + 1] if i + 1 < len(codes) else None
                if mode == 5 and i + 2 < len(codes):
                    index = codes[i + 2]
                    if index < 16:
                        setattr(self, layer, _colour_class(index, layer))
                    i += 2
                elif mode == 2:
                    i += 4
            i += 1

    def classes(self) -> str:
        names = [name for name in (self.fg, self.bg) if name]
        if self.bold:
            names.append("ansi-bold")
        if self.underline:
            names.append("ansi-underline")
        return " ".join(names)


def _text(text: str) -> str:
    return escape(_CONTROL.sub("", text), quote=False)


def ansi_to_html(text: str) -> str:
    """Escaped HTML for terminal output; safe to put inside ``<pre>``."""
    text = _overwrite_lines(text)
    if "\x1b" not in text:
        return _text(text)
    out: list[str] = []
    state = _State()
    position = 0
    for match in _ESCAPE.finditer(text):
        chunk = text[position : match.start()]
        position = match.end()
        if chunk:
            classes = state.classes()
            if classes:
                out.append(f'<span class="{classes}">{_text(chunk)}</span>')
            else:
                out.append(_text(chunk))
        if match.group(2) == "m":
            state.apply(match.group(1) or "0")
    chunk = text[position:]
    if chunk:
        classes = state.classes()
        out.append(f'<span class="{classes}">{_text(chunk)}</span>' if classes else _text(chunk))
    return "".join(out)


def strip_ansi(text: str) -> str:
    """Terminal text with every escape sequence and control character removed."""
    return _CONTROL.sub("", _ESCAPE.sub("", _overwrite_lines(text)))
