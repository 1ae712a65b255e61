"""The notebooks app's fixtures (publish, new_version, team, isolated_storage) for these tests."""

from nbgallery.notebooks.tests.conftest import (  # noqa: F401
    isolated_storage,
    new_version,
    publish,
    team,
)
