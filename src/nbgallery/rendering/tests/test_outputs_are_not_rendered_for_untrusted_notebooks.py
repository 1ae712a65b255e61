"""An untrusted notebook shows its sources only: none of its outputs reach the page."""

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.notebooks import code_notebook, display, result


def test_untrusted_notebooks_show_no_outputs_of_any_kind():
    nb = code_notebook(
        {"output_type": "stream", "name": "stdout", "text": "STREAM-TEXT"},
        {"output_type": "error", "ename": "E", "evalue": "e", "traceback": ["TB-TEXT"]},
        display({"text/html": "<b>HTML-TEXT</b>", "image/png": "iVBORw0KGgo="}),
        result({"text/plain": "RESULT-TEXT"}),
        source="print('SOURCE-TEXT')",
    )
    trusted = render_notebook(nb, trusted=True, language="python")
    untrusted = render_notebook(nb, trusted=False, language="python")
    for marker in ("STREAM-TEXT", "TB-TEXT", "HTML-TEXT", "RESULT-TEXT"):
        assert marker in trusted
        assert marker not in untrusted
    assert "data:image" not in untrusted and 'class="nb-outputs"' not in untrusted
    assert "SOURCE-TEXT" in untrusted
