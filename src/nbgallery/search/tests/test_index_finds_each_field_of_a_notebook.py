import pytest

from nbgallery.search.tests.conftest import code_cell, markdown_cell, titles

pytestmark = pytest.mark.django_db


def test_every_indexed_field_finds_the_notebook(
    alice, charlie, admin_user, team, publish, new_version, search
):
    notebook = publish(
        team,
        alice,
        title="Quarterly walrus census",
        description="Counting pinnipeds along the coast.",
        tags="marine, fieldwork",
    )
    new_version(
        notebook,
        admin_user,
        cells=[
            markdown_cell("## Methods\nWe fly a drone over the icefloes."),
            code_cell("import seaborn as sns\nhistogram_bins = 12"),
        ],
    )
    for text in [
        "walrus",  # title
        "pinnipeds",  # description
        "marine",  # tag
        "Analytics",  # the owning group's name
        "alice",  # the creator, by user name
        "Owner",  # ... and by full name (Alice Owner)
        "root",  # the last updater
        "python",  # language
        "icefloes",  # markdown cell
        "histogram_bins",  # code cell
        "package:seaborn",  # imported package
    ]:
        assert titles(search(charlie, text)) == ["Quarterly walrus census"], text
