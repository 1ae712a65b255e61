"""CommonMark plus GFM tables and strikethrough, footnotes and task lists."""

from nbgallery.rendering.render import render_markdown, render_notebook
from nbgallery.rendering.tests.inert import assert_inert, elements


def tags(html):
    return [tag for tag, _ in elements(html)]


def test_tables_and_strikethrough():
    html = render_markdown("| a | b |\n|:--|--:|\n| 1 | ~~2~~ |")
    assert {"table", "thead", "tbody", "th", "td", "s"} <= set(tags(html))
    assert ("style", "text-align:right") in [a for t, attrs in elements(html) for a in attrs]


def test_task_lists_are_disabled_checkboxes():
    html = render_markdown("- [x] done\n- [ ] to do")
    assert_inert(html)
    boxes = [dict(a) for t, a in elements(html) if t == "input"]
    assert len(boxes) == 2 and "checked" in boxes[0] and "checked" not in boxes[1]


def test_footnotes_link_within_their_own_cell():
    nb = {
        "cells": [
            {"cell_type": "markdown", "source": "One[^1]\n\n[^1]: first"},
            {"cell_type": "markdown", "source": "Two[^1]\n\n[^1]: second"},
        ]
    }
    html = render_notebook(nb, trusted=False, language="python")
    ids = [dict(a)["id"] for _, a in elements(html) if "id" in dict(a)]
    assert len(ids) == len(set(ids)) == 4
    hrefs = {dict(a)["href"] for t, a in elements(html) if t == "a"}
    assert {f"#{i}" for i in ids} == hrefs


def test_fenced_code_is_highlighted():
    html = render_markdown("```python\ndef f(): pass\n```")
    assert '<span class="k">def</span>' in html
    assert '<pre class="nb-highlight">' in html
