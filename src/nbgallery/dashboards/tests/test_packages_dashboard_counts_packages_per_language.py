"""The packages dashboard counts, per language, the notebooks that import each package."""

from nbgallery.search.indexing import index_notebook

from .conftest import code_cell, headline, page, table_row


def test_counts_per_language(admin_client, publish, alice):
    sources = [
        ("Frames", "python", "import pandas as pd\nimport numpy"),
        ("More frames", "python", "from pandas import DataFrame"),
        ("Plots", "r", "library(ggplot2)"),
    ]
    for title, language, code in sources:
        notebook = publish(alice, title=title, language=language, cells=[code_cell(code)])
        index_notebook(notebook.pk)

    response = page(admin_client, "dashboard_packages")

    figures = headline(response)
    assert figures["Notebooks that import packages"] == "3"
    assert figures["Distinct packages"] == "3"
    assert figures["Languages"] == "2"
    content = response.content.decode()
    python = content[content.index(">python <") : content.index(">R <")]
    assert "pandas</a></td><td>2</td>" in python
    assert "numpy</a></td><td>1</td>" in python
    assert "ggplot2" not in python
    assert "ggplot2</a></td><td>1</td>" in content[content.index(">R <") :]
    # The overall chart, with its table; pandas leads.
    assert 'id="top-packages-title"' in content
    assert table_row("pandas", 2) in content
    assert content.index(table_row("pandas", 2)) < content.index(table_row("numpy", 1))
