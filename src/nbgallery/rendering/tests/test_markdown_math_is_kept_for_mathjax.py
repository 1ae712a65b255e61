"""Math in markdown reaches the page as escaped TeX inside ``nb-math`` elements.

MathJax typesets only those elements in the browser; markdown must not have
mangled the TeX on the way (emphasis, escapes, HTML).
"""

from html import unescape

from nbgallery.rendering.render import render_markdown, render_notebook
from nbgallery.rendering.tests.inert import assert_inert


def math_of(html: str) -> str:
    return unescape(str(html))


def test_inline_dollar_math_keeps_its_tex():
    html = render_markdown(r"Energy $E = m c^2$ and $a_1 * b_2 * c_3$ here.")
    assert '<span class="nb-math">' in html
    assert r"\(E = m c^2\)" in math_of(html)
    assert r"\(a_1 * b_2 * c_3\)" in math_of(html)
    assert "<em>" not in html


def test_display_math_keeps_its_tex():
    html = render_markdown("$$\n\\sum_{i=1}^n x_i < \\frac{a}{b}\n$$")
    assert '<div class="nb-math nb-math-display">' in html
    assert r"\sum_{i=1}^n x_i < \frac{a}{b}" in math_of(html)
    assert "&lt;" in html  # the < is escaped, not markup


def test_latex_environments_are_kept_whole():
    html = render_markdown("\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}")
    assert "\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}" in math_of(html)


def test_html_inside_math_stays_text():
    html = render_markdown("$x <script>alert(1)</script> y$")
    assert_inert(html)
    assert "&lt;script&gt;" in html


def test_dollars_in_code_are_not_math():
    html = render_markdown("`$HOME` costs $$")
    assert "nb-math" not in html


def test_math_in_a_cell_is_kept():
    nb = {"cells": [{"cell_type": "markdown", "source": ["Let $x_i$\n", "be $$y$$"]}]}
    html = render_notebook(nb, trusted=False, language="python")
    assert r"\(x_i\)" in math_of(html)
    assert r"\[y\]" in math_of(html)
