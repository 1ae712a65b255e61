"""SVG outputs appear only as base64 inside an <img> data URI, never as markup."""

import base64
import re

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert, elements
from nbgallery.rendering.tests.notebooks import code_notebook, display

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10" height="10">'
    "<script>alert(2)</script>"
    '<a href="javascript:alert(3)"><rect width="10" height="10"/></a>'
    "<foreignObject><iframe src='https://evil.example'></iframe></foreignObject></svg>"
)


def test_an_svg_output_with_script_is_an_img_with_base64_data():
    html = render_notebook(
        code_notebook(display({"image/svg+xml": SVG.splitlines(keepends=True)})),
        trusted=True,
        language="python",
    )
    assert_inert(html, svg_images=True)
    assert "<svg" not in html.lower() and "alert" not in html
    [img] = [dict(attrs) for tag, attrs in elements(html) if tag == "img"]
    prefix, payload = str(img["src"]).split(",", 1)
    assert prefix == "data:image/svg+xml;base64"
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", payload)
    assert base64.b64decode(payload).decode() == SVG


def test_svg_is_chosen_after_raster_images():
    png = "iVBORw0KGgo="
    html = render_notebook(
        code_notebook(display({"image/svg+xml": SVG, "image/png": png})),
        trusted=True,
        language="python",
    )
    [img] = [dict(attrs) for tag, attrs in elements(html) if tag == "img"]
    assert img["src"] == f"data:image/png;base64,{png}"
