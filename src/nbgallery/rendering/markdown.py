"""Markdown (CommonMark + GFM tables and strikethrough, math, footnotes, task lists).

markdown-it-py turns the text into HTML with raw HTML passed through; the
whole result then goes through the allow-list sanitizer, so raw HTML and
markdown meet the same rules. Math is not typeset here: it is written, escaped,
into ``nb-math`` elements for MathJax in the browser.
"""

from __future__ import annotations

from collections.abc import MutableSet, Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.amsmath import amsmath_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from nbgallery.rendering.highlight import highlight_code, lexer_for
from nbgallery.rendering.sanitize import ID_PREFIX, Attachments, sanitize_html

# Keys of the markdown-it env that our rules read.
_SLUGS = "nb_slugs"


def _highlight(code: str, language: str, attrs: str) -> str:
    if not language or lexer_for(language) is None:
        return ""  # markdown-it escapes it into a plain <pre><code>
    return f'<pre class="nb-highlight"><code>{highlight_code(code, language)}</code></pre>'


def _inline_math(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType):
    return f'<span class="nb-math">\\({escapeHtml(tokens[idx].content)}\\)</span>'


def _display_math_inline(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # $$...$$ inside a paragraph: a span, since a <div> may not sit in a <p>.
    content = escapeHtml(tokens[idx].content)
    return f'<span class="nb-math nb-math-display">\\[{content}\\]</span>'


def _display_math(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType):
    return f'<div class="nb-math nb-math-display">\\[{escapeHtml(tokens[idx].content)}\\]</div>\n'


def _environment_math(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # \begin{align}...\end{align}: MathJax finds the environment itself.
    return f'<div class="nb-math nb-math-display">{escapeHtml(tokens[idx].content)}</div>\n'


def _heading_text(inline: Token) -> str:
    return "".join(child.content for child in inline.children or () if child.content)


def slug_for(text: str) -> str:
    """The anchor Jupyter gives a heading: its text with runs of spaces as dashes."""
    return "-".join(text.split())


def _heading_ids(state: StateCore) -> None:
    slugs: MutableSet[str] | None = state.env.get(_SLUGS)
    if slugs is None:
        return
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or index + 1 >= len(tokens):
            continue
        slug = slug_for(_heading_text(tokens[index + 1]))
        if not slug:
            continue
        if not slug.startswith(ID_PREFIX):
            slug = ID_PREFIX + slug
        unique, n = slug, 0
        while unique in slugs:
            n += 1
            unique = f"{slug}-{n}"
        slugs.add(unique)
        token.attrSet("id", unique)


def _heading_close(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
):
    opening = tokens[idx - 2] if idx >= 2 else None
    anchor = opening.attrGet("id") if opening is not None else None
    close = f"</{tokens[idx].tag}>\n"
    if not anchor:
        return close
    link = escapeHtml(str(anchor))
    return f'<a class="nb-anchor" href="#{link}" title="Link to this heading">¶</a>{close}'


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "highlight": _highlight})
    md.enable(["table", "strikethrough"])
    md.use(dollarmath_plugin, double_inline=True)
    md.use(amsmath_plugin)
    md.use(footnote_plugin)
    md.use(tasklists_plugin)
    md.core.ruler.push("nb_heading_ids", _heading_ids)
    md.add_render_rule("math_inline", _inline_math)
    md.add_render_rule("math_inline_double", _display_math_inline)
    md.add_render_rule("math_block", _display_math)
    md.add_render_rule("math_block_label", _display_math)
    md.add_render_rule("amsmath", _environment_math)
    md.add_render_rule("heading_close", _heading_close)
    return md


def markdown_to_html(
    text: str,
    *,
    attachments: Attachments | None = None,
    slugs: MutableSet[str] | None = None,
    doc_id: str | None = None,
) -> str:
    """Sanitized HTML for markdown text.

    ``slugs`` collects the heading ids already used on the page; without it
    headings get no ids. ``doc_id`` keeps footnote ids of different cells apart.
    """
    env: dict[str, Any] = {_SLUGS: slugs}
    if doc_id is not None:
        env["docId"] = doc_id
    return sanitize_html(_parser().render(text, env), attachments=attachments)
