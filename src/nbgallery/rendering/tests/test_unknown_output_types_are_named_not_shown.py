"""Outputs that only script could show (JavaScript, widgets, plotly) get a note, never run."""

import pytest

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert
from nbgallery.rendering.tests.notebooks import code_notebook, display


@pytest.mark.parametrize(
    "mime",
    [
        "application/javascript",
        "application/vnd.plotly.v1+json",
        "application/vnd.jupyter.widget-view+json",
        "text/vnd.evil<script>alert(1)</script>",
    ],
)
def test_an_unknown_type_is_named_in_a_note(mime):
    html = render_notebook(
        code_notebook(display({mime: {"code": "alert(1)"} if "json" in mime else "alert(1)"})),
        trusted=True,
        language="python",
    )
    assert_inert(html)
    assert "Output of type application/" in html or "Output of type text/vnd.evil&lt;" in html
    assert "alert(1)</" not in html and "{" not in html.split("nb-outputs")[1]


def test_a_known_type_beside_an_unknown_one_is_shown():
    html = render_notebook(
        code_notebook(
            display(
                {
                    "application/vnd.jupyter.widget-view+json": {"model_id": "x"},
                    "text/plain": "VBox()",
                }
            )
        ),
        trusted=True,
        language="python",
    )
    assert "VBox()" in html and "not shown" not in html
