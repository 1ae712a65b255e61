"""Sources may be one string or a list of strings (nbformat's multiline strings)."""

from nbgallery.rendering.render import render_notebook


def test_string_and_list_sources_give_the_same_html():
    as_strings = {
        "cells": [
            {"cell_type": "markdown", "source": "# T\n\ntext"},
            {"cell_type": "code", "source": "a = 1\nb = 2", "outputs": [], "execution_count": 4},
            {"cell_type": "raw", "source": "raw\ntext"},
        ]
    }
    as_lists = {
        "cells": [
            {"cell_type": "markdown", "source": ["# T\n", "\n", "text"]},
            {
                "cell_type": "code",
                "source": ["a = 1\n", "b = 2"],
                "outputs": [],
                "execution_count": 4,
            },
            {"cell_type": "raw", "source": ["raw\n", "text"]},
        ]
    }
    html = render_notebook(as_strings, trusted=True, language="python")
    assert html == render_notebook(as_lists, trusted=True, language="python")
    assert "In [4]:" in html


def test_raw_cells_are_escaped_preformatted_text():
    nb = {"cells": [{"cell_type": "raw", "source": "<script>alert(1)</script>\n<b>x</b>"}]}
    html = render_notebook(nb, trusted=True, language="python")
    assert (
        '<pre class="nb-raw">&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;b&gt;x&lt;/b&gt;</pre>'
        in html
    )


def test_odd_or_missing_fields_do_not_break_rendering():
    nb = {
        "cells": [
            {"cell_type": "code"},
            {"cell_type": "markdown"},
            {"cell_type": "unknown", "source": "?"},
            {"cell_type": "code", "source": "x", "outputs": [{"output_type": "nonsense"}, None, 3]},
            {"cell_type": "code", "source": "x", "outputs": [{"output_type": "display_data"}]},
            "not a cell",
        ]
    }
    assert render_notebook(nb, trusted=True, language="").startswith('<div class="nb-notebook">')
    assert render_notebook({}, trusted=True, language="python") == '<div class="nb-notebook"></div>'
