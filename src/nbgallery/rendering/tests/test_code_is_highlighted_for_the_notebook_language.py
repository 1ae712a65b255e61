"""Code cells are highlighted for the kernel language; unknown languages are plain text."""

import pytest

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.notebooks import code_notebook


def render(source, language):
    return render_notebook(code_notebook(source=source), trusted=False, language=language)


@pytest.mark.parametrize(
    ("language", "source", "expected"),
    [
        ("python", "def f(x):\n    return x", '<span class="k">def</span>'),
        ("R", "f <- function(x) x", '<span class="kr">function</span>'),
        ("julia", "function f(x)\n  x\nend", '<span class="k">function</span>'),
        ("scala", "val x = 1", '<span class="kd">val</span>'),
        ("C++", "int main() {}", '<span class="kt">int</span>'),
        ("wolfram language", "Plot[Sin[x], {x, 0, 1}]", '<span class="mi">0</span>'),
    ],
)
def test_known_languages_are_highlighted(language, source, expected):
    assert expected in render(source, language)


@pytest.mark.parametrize("language", ["no-such-language", "", "  ", "<b>"])
def test_unknown_languages_are_escaped_plain_text(language):
    html = render("if a < b: print('<b>')", language)
    assert "<pre>if a &lt; b: print('&lt;b&gt;')</pre>" in html


def test_the_execution_count_is_shown_as_a_prompt():
    assert "In [12]:" in render_notebook(
        code_notebook(source="x", count=12), trusted=False, language="python"
    )
    assert "In [" not in render_notebook(
        code_notebook(source="x", count=None), trusted=False, language="python"
    )
