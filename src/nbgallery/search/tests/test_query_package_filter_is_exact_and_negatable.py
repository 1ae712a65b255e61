import pytest

from nbgallery.search.tests.conftest import code_cell, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    publish(
        alice, title="Frames", cells=[code_cell("import pandas as pd\nfrom numpy import array")]
    )
    publish(alice, title="Arrays", cells=[code_cell("import numpy.linalg")])
    publish(alice, title="Pandas prose", cells=[code_cell("print('pandas are bears')")])
    publish(alice, title="Plots", cells=[code_cell("library(ggplot2)")], language="r")


def test_package_matches_imports_only(notebooks, charlie, search):
    assert titles(search(charlie, "package:pandas")) == ["Frames"]
    assert sorted(titles(search(charlie, "package:numpy"))) == ["Arrays", "Frames"]
    assert titles(search(charlie, "package:ggplot2")) == ["Plots"]


def test_package_is_exact_not_a_prefix(notebooks, charlie, search):
    assert titles(search(charlie, "package:pand")) == []
    assert titles(search(charlie, "package:PANDAS")) == ["Frames"]


def test_minus_package_excludes_notebooks_that_import_it(notebooks, charlie, search):
    assert sorted(titles(search(charlie, "-package:numpy"))) == ["Pandas prose", "Plots"]
    assert titles(search(charlie, "pandas -package:pandas")) == ["Pandas prose"]
