"""Fixtures for search tests (and the search page's tests).

* ``publish(owner, actor=None, **kwargs)`` and ``new_version(notebook, actor, **kwargs)``:
  as in the notebooks tests, but the after-commit work runs, so the search
  index is up to date when they return (pytest-django's test transaction
  never commits, so on-commit hooks would otherwise never run).
* ``committed``: a context manager to wrap any other service call the same way.
* ``flag(notebook, **flags)``: ``set_flags`` with its re-indexing done.
* ``search(viewer, text, **kwargs)``: ``search_notebooks``; ``titles(results)``.
* ``team`` (alice's group "Analytics", bob a member) and ``isolated_storage``.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import TestCase

from nbgallery.notebooks.flags import set_flags
from nbgallery.notebooks.tests.conftest import (  # noqa: F401 (fixtures)
    code_cell,
    isolated_storage,
    markdown_cell,
    notebook_bytes,
    publish_new_version,
    publish_notebook,
    team,
)
from nbgallery.search.services import SearchResults, search_notebooks


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs the on-commit hooks of what happens inside."""

    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed


@pytest.fixture
def publish(request, isolated_storage, committed):  # noqa: F811
    def publish(owner: Any, actor: Any = None, *, trusted: bool = False, **kwargs: Any):
        trusted_by = request.getfixturevalue("admin_user") if trusted else None
        with committed():
            return publish_notebook(owner, actor, trusted_by=trusted_by, **kwargs)

    return publish


@pytest.fixture
def new_version(committed):
    def new_version(notebook, actor, **kwargs: Any):
        with committed():
            return publish_new_version(notebook, actor, **kwargs)

    return new_version


@pytest.fixture
def search():
    def search(viewer, text: str, **kwargs: Any) -> SearchResults:
        return search_notebooks(viewer, text, **kwargs)

    return search


def titles(results: SearchResults) -> list[str]:
    return [hit.notebook.title for hit in results.hits]


def flag(notebook, **flags: bool) -> None:
    with TestCase.captureOnCommitCallbacks(execute=True):
        set_flags(notebook, **flags)
