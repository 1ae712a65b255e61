"""Fixtures for the deprecation, site warning, share and owner-change tests:
the search tests' ``publish`` and ``committed`` (after-commit work run), plus
``team`` (alice's group "Analytics", bob a member) and ``isolated_storage``."""

from nbgallery.search.tests.conftest import (  # noqa: F401 (fixtures)
    committed,
    isolated_storage,
    publish,
    team,
)
