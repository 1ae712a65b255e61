"""Server-side syntax highlighting with Pygments; plain escaped text when it cannot."""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from nbgallery.rendering.lexing import speed_up

# Beyond this a cell is most likely data pasted into code; Pygments would spend
# far longer on it than the rest of the notebook takes.
MAX_HIGHLIGHT_CHARS = 200_000

# Kernel language names (as notebooks write them) that Pygments knows by another name.
_ALIASES = {
    "c++": "cpp",
    "c#": "csharp",
    "f#": "fsharp",
    "wolfram language": "mathematica",
    "wolfram": "mathematica",
    "sage": "python",
    "xonsh": "python",
    "coconut": "python",
    "ipython": "python",
    "ipython3": "python",
    "octave": "matlab",
    "maxima": "text",
}

_FORMATTER = HtmlFormatter(nowrap=True)


@lru_cache(maxsize=256)
def lexer_for(language: str) -> Lexer | None:
    """The Pygments lexer for a language name, or None when Pygments has none."""
    name = " ".join(language.lower().split())
    if not name:
        return None
    for candidate in (
        _ALIASES.get(name, name),
        name.replace(" ", "-"),
        name.replace(" ", ""),
        name.split(" ")[0],
    ):
        try:
            return speed_up(get_lexer_by_name(candidate))
        except (ClassNotFound, ValueError):
            continue
    return None


def highlight_code(source: str, language: str) -> str:
    """Source as HTML spans with Pygments' token classes (no wrapper), always escaped."""
    lexer = lexer_for(language) if len(source) <= MAX_HIGHLIGHT_CHARS else None
    if lexer is None:
        return escape(source, quote=False)
    return highlight(source, lexer, _FORMATTER)
