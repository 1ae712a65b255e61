"""Fixtures for the deprecation, site warning, share and owner-change tests.

* ``publish(owner, actor=None, **kwargs)``: a published notebook, with the
  after-commit work run (search index up to date).
* ``committed()``: ``with committed():`` runs the on-commit hooks (emails,
  indexing) of what happens inside, as a real commit would.
* ``team`` (alice's group "Analytics", bob a member) and ``isolated_storage``.
"""

from __future__ import annotations

from typing import Any

import pytest

from nbgallery.notebooks.tests.conftest import (  # noqa: F401 (fixtures)
    isolated_storage,
    publish_notebook,
    team,
)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed


@pytest.fixture
def publish(isolated_storage, committed):  # noqa: F811
    def publish(owner: Any, actor: Any = None, **kwargs: Any):
        with committed():
            return publish_notebook(owner, actor, **kwargs)

    return publish
