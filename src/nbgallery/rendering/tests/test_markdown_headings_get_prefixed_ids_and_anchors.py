"""Headings in cells get ids (prefixed so no notebook can name a page element) and anchors."""

from nbgallery.rendering.render import render_markdown, render_notebook
from nbgallery.rendering.tests.inert import elements


def render(*sources):
    nb = {"cells": [{"cell_type": "markdown", "source": source} for source in sources]}
    return render_notebook(nb, trusted=False, language="python")


def ids(html):
    return [dict(attrs)["id"] for _, attrs in elements(html) if "id" in dict(attrs)]


def test_headings_get_jupyter_style_ids_with_the_nb_prefix_and_a_link():
    html = render("# Getting started\n\n## Data & *loading*")
    assert ids(html) == ["nb-Getting-started", "nb-Data-&-loading"]
    anchors = [dict(a)["href"] for tag, a in elements(html) if ("class", "nb-anchor") in a]
    assert anchors == ["#nb-Getting-started", "#nb-Data-&-loading"]


def test_repeated_headings_across_cells_get_distinct_ids():
    assert ids(render("# Results", "# Results", "## Results")) == [
        "nb-Results",
        "nb-Results-1",
        "nb-Results-2",
    ]


def test_in_page_links_follow_the_prefix():
    html = render("# Intro", "[back](#Intro) <a href='#Intro'>up</a> [top](#)")
    hrefs = [dict(a)["href"] for tag, a in elements(html) if tag == "a"]
    assert hrefs == ["#nb-Intro", "#nb-Intro", "#nb-Intro", "#"]


def test_ids_and_anchor_names_written_in_raw_html_are_prefixed_too():
    html = render('<div id="main">x</div><h2 id="user-menu">y</h2>\n\n<a name="part2"></a>')
    assert ids(html) == ["nb-main", "nb-user-menu"]
    assert [dict(a).get("name") for tag, a in elements(html) if tag == "a"] == ["nb-part2"]


def test_descriptions_get_no_heading_ids():
    assert ids(render_markdown("# Title")) == []
