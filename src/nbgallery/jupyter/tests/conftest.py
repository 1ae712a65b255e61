"""The notebook fixtures, for the tests of what Jupyter reads and reports."""

from nbgallery.notebooks.tests.conftest import (  # noqa: F401
    isolated_storage,
    new_version,
    publish,
    team,
)
