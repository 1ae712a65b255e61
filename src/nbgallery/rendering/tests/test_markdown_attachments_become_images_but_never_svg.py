"""``attachment:NAME`` images come from the cell's attachments: PNG, JPEG and GIF only."""

import base64

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert, elements

# A 1x1 pixel.
PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPh"
    "fDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
SVG = base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').decode()


def cell(source, attachments):
    return {"cells": [{"cell_type": "markdown", "source": source, "attachments": attachments}]}


def image_sources(html):
    return [dict(attrs).get("src") for tag, attrs in elements(html) if tag == "img"]


def test_a_png_attachment_becomes_a_data_uri():
    nb = cell("![plot](attachment:plot.png)", {"plot.png": {"image/png": PNG}})
    assert image_sources(render_notebook(nb, trusted=False, language="python")) == [
        f"data:image/png;base64,{PNG}"
    ]


def test_attachment_names_with_spaces_and_raw_html_images_resolve_too():
    nb = cell(
        '![a](<attachment:my plot.png>) <img src="attachment:my plot.png" alt="b">',
        {"my plot.png": {"image/jpeg": PNG}},
    )
    assert (
        image_sources(render_notebook(nb, trusted=False, language="python"))
        == [f"data:image/jpeg;base64,{PNG}"] * 2
    )


def test_an_svg_attachment_is_refused():
    nb = cell("![x](attachment:x.svg)", {"x.svg": {"image/svg+xml": SVG}})
    html = render_notebook(nb, trusted=True, language="python")
    assert_inert(html)
    assert image_sources(html) == [None]
    assert SVG not in html and "svg+xml" not in html


def test_an_html_or_invalid_attachment_is_refused():
    nb = cell(
        "![a](attachment:a) ![b](attachment:b) ![c](attachment:missing)",
        {"a": {"text/html": "PHNjcmlwdD4="}, "b": {"image/png": "<script>alert(1)</script>"}},
    )
    html = render_notebook(nb, trusted=True, language="python")
    assert_inert(html)
    assert image_sources(html) == [None, None, None]
