"""The notebook fixtures, for jobs that need a notebook to work on."""

from nbgallery.notebooks.tests.conftest import isolated_storage, publish  # noqa: F401
