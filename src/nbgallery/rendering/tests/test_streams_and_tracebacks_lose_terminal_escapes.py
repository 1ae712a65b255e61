"""Streams and tracebacks: colours become classes, other escapes vanish, text is escaped."""

from nbgallery.rendering.render import render_notebook
from nbgallery.rendering.tests.inert import assert_inert
from nbgallery.rendering.tests.notebooks import code_notebook


def render(*outputs):
    html = render_notebook(code_notebook(*outputs), trusted=True, language="python")
    assert_inert(html)
    assert "\x1b" not in html
    return html


def test_stream_colours_become_spans_and_text_is_escaped():
    html = render(
        {"output_type": "stream", "name": "stdout", "text": "\x1b[1;31mred <b>\x1b[0m plain"},
        {"output_type": "stream", "name": "stderr", "text": ["warn\x1b[K\n"]},
    )
    assert '<span class="ansi-red-fg ansi-bold">red &lt;b&gt;</span> plain' in html
    assert "nb-output-stderr" in html and "warn\n" in html


def test_carriage_returns_leave_the_last_state_of_a_progress_bar():
    html = render(
        {"output_type": "stream", "name": "stderr", "text": "  0%|   |\r 50%|## |"},
        {"output_type": "stream", "name": "stderr", "text": "\r100%|###|\ndone\n"},
    )
    assert "100%|###|\ndone" in html and "50%" not in html


def test_tracebacks_keep_their_text_without_escape_codes():
    html = render(
        {
            "output_type": "error",
            "ename": "ZeroDivisionError",
            "evalue": "division by zero",
            "traceback": [
                "\x1b[0;31m-----\x1b[0m",
                "\x1b]8;;file:///x.py\x1b\\x.py\x1b]8;;\x1b\\ in \x1b[0;36m<module>\x1b[0m",
                "\x1b[0;31mZeroDivisionError\x1b[0m: division by zero",
            ],
        }
    )
    assert "x.py in " in html and "&lt;module&gt;" in html
    assert "ZeroDivisionError</span>: division by zero" in html
    assert "file:" not in html
