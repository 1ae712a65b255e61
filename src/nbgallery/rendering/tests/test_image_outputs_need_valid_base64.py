"""Raster outputs become data URIs only when their base64 is valid."""

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert, elements
from nbgallery.rendering.tests.notebooks import code_notebook, display

# A 1x1 pixel.
PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPh"
    "fDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def images(html):
    return [dict(attrs) for tag, attrs in elements(html) if tag == "img"]


def test_png_jpeg_and_gif_outputs_are_data_uris_with_their_size():
    html = render_notebook(
        code_notebook(
            display(
                {"image/png": PNG[:40] + "\n" + PNG[40:] + "\n"}, {"image/png": {"width": 300}}
            ),
            display({"image/jpeg": PNG}),
            display({"image/gif": PNG}),
        ),
        trusted=True,
        language="python",
    )
    assert_inert(html)
    assert images(html) == [
        {"src": f"data:image/png;base64,{PNG}", "width": "300", "alt": ""},
        {"src": f"data:image/jpeg;base64,{PNG}", "alt": ""},
        {"src": f"data:image/gif;base64,{PNG}", "alt": ""},
    ]


def test_invalid_base64_falls_back_to_text():
    html = render_notebook(
        code_notebook(
            display({"image/png": '"><script>alert(1)</script>', "text/plain": "<Figure>"})
        ),
        trusted=True,
        language="python",
    )
    assert_inert(html)
    assert images(html) == []
    assert "&lt;Figure&gt;" in html
