"""Plain text, JSON, markdown and LaTeX outputs: each escaped or sanitized its own way."""

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert
from nbgallery.rendering.tests.notebooks import code_notebook, display, result


def render(*outputs):
    html = render_notebook(code_notebook(*outputs), trusted=True, language="python")
    assert_inert(html)
    return html


def test_plain_text_is_escaped_with_an_out_prompt():
    html = render(result({"text/plain": ["<b>not bold</b>\n", "line 2"]}, count=7))
    assert "&lt;b&gt;not bold&lt;/b&gt;\nline 2" in html
    assert "Out[7]:" in html


def test_json_is_pretty_printed_and_escaped():
    html = render(display({"application/json": {"key": "<script>alert(1)</script>"}}))
    assert '{\n  "key": "&lt;script&gt;alert(1)&lt;/script&gt;"\n}' in html


def test_markdown_output_is_rendered_and_sanitized():
    html = render(display({"text/markdown": "**bold** <img src=x onerror=alert(1)>"}))
    assert "<strong>bold</strong>" in html and "onerror" not in html


def test_latex_output_is_math_for_mathjax():
    html = render(display({"text/latex": "$$\\frac{1}{2} < x$$"}))
    assert 'nb-math">$$\\frac{1}{2} &lt; x$$</div>' in html
    bare = render(display({"text/latex": "\\alpha"}))
    assert "\\[\\alpha\\]" in bare
