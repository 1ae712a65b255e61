"""Authors may colour and align text, but not move it over the page or load anything."""

from nbgallery.rendering.render import render_markdown
from nbgallery.rendering.tests.inert import assert_inert, elements


def attributes(html, tag):
    return dict(dict(elements(html))[tag])


def test_plain_style_properties_are_kept_and_layout_ones_dropped():
    html = render_markdown(
        '<span style="color: red; position: fixed; top: 0; z-index: 9; text-align: center">x</span>'
    )
    assert attributes(html, "span")["style"] == "color:red;text-align:center"


def test_styles_that_load_or_run_anything_are_dropped_whole():
    for style in (
        "color: red; background: url(https://evil.example/t.png)",
        "width: expression(alert(1))",
        "color: red; behavior: url(x.htc)",
        "color: \\72 ed",
        "-moz-binding: url(x.xml#xss)",
    ):
        html = render_markdown(f'<p style="{style}">x</p>')
        assert_inert(html)
        assert "style" not in attributes(html, "p")


def test_only_known_classes_are_kept():
    html = render_markdown('<div class="position-fixed top-0 start-0 w-100 dataframe k">x</div>')
    assert attributes(html, "div")["class"] == "dataframe k"
