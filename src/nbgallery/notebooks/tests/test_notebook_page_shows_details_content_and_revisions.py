"""The notebook page shows who, what, when, the rendered notebook and its revisions."""

from __future__ import annotations

import re

from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell


def test_the_page_shows_title_description_people_tags_language_dates_and_content(
    publish, alice, bob, team, client
):
    notebook = publish(
        team,
        alice,
        title="Quarterly sales",
        description="Sales by **region**, see [the wiki](https://example.org/wiki).",
        tags="sales, finance",
        cells=[
            markdown_cell("## Method\n\nWe sum $x_i^2$ over all regions."),
            code_cell("def total(rows):\n    return sum(rows)"),
        ],
    )

    page = client.get(notebook.get_absolute_url())

    assert page.status_code == 200
    html = page.content.decode()
    assert "<title>Quarterly sales" in html
    assert "Sales by <strong>region</strong>" in html
    assert f'href="{team.get_absolute_url()}"' in html  # the owning group
    assert f'href="{alice.get_absolute_url()}"' in html  # creator and updater
    assert 'href="/tags/sales/"' in html and 'href="/tags/finance/"' in html
    assert 'href="/languages/python/"' in html
    assert notebook.created_at.strftime("%Y-%m-%d") in html
    # The rendered notebook: the markdown heading, the math left for MathJax,
    # and the code highlighted as Python (a keyword gets its own element).
    assert re.search(r"<h2[^>]*>Method", html)
    assert "x_i^2" in html
    assert '<span class="k">def</span>' in html
    # The revision list, with links to view and download the one revision.
    revision = notebook.revisions.get()
    assert f"/revisions/{revision.commit_id}/" in html
    assert f"/revisions/{revision.commit_id}/download" in html
    assert "Created" in html


def test_the_owner_of_a_user_notebook_links_to_their_page(publish, alice, client):
    notebook = publish(alice)

    html = client.get(notebook.get_absolute_url()).content.decode()

    assert f'<a href="{alice.get_absolute_url()}">Alice Owner</a>' in html


def test_outputs_show_only_for_trusted_notebooks(publish, alice, client):
    cells = [
        code_cell(
            "print('hi')",
            outputs=[{"output_type": "stream", "name": "stdout", "text": "printed-marker\n"}],
        )
    ]
    plain = publish(alice, title="Plain", cells=cells)
    trusted = publish(alice, title="Trusted", cells=cells, trusted=True)

    assert "printed-marker" not in client.get(plain.get_absolute_url()).content.decode()
    assert "printed-marker" in client.get(trusted.get_absolute_url()).content.decode()
