"""The notebook fixtures and small helpers for the recommendations tests."""

from __future__ import annotations

from typing import Any

import pytest

from nbgallery.notebooks.tests.conftest import (  # noqa: F401
    code_cell,
    isolated_storage,
    markdown_cell,
    publish,
    team,
)
from nbgallery.recommendations.jobs import JOBS
from nbgallery.recommendations.models import Recommendation
from nbgallery.search.indexing import index_notebook
from nbgallery.usage.models import Click


def run_jobs() -> None:
    """Every nightly job of the app, in order, as the scheduler runs them."""
    for job in JOBS:
        job.run(lambda done, total: None)


def click(user: Any, notebook: Any, action: str = Click.VIEWED) -> Click:
    return Click.objects.create(user=user, notebook=notebook, action=action)


def reasons(user: Any) -> dict[str, set[str]]:
    """Title → the reasons it is recommended to the user."""
    found: dict[str, set[str]] = {}
    for title, reason in Recommendation.objects.filter(user=user).values_list(
        "notebook__title", "reason"
    ):
        found.setdefault(title, set()).add(reason)
    return found


@pytest.fixture
def write(publish):  # noqa: F811
    """``write(owner, title, code, **kwargs)``: a notebook with that code, indexed for search."""

    def write(owner: Any, title: str, code: str = "x = 1", **kwargs: Any):
        notebook = publish(owner, title=title, cells=[code_cell(code)], **kwargs)
        index_notebook(notebook.pk)
        return notebook

    return write
