"""Fixtures for the change-request tests: alice's notebook and proposals to it.

alice owns "Sales report" (public); charlie, an outsider, may read it but not
edit it, so his versions become change requests. ``propose(user, notebook,
cells=...)`` stages and proposes through the real services.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from nbgallery.changes import services
from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks import services as notebooks
from nbgallery.notebooks.tests.conftest import (  # noqa: F401
    code_cell,
    isolated_storage,
    markdown_cell,
    new_version,
    notebook_bytes,
    publish,
    team,
)

HTMX = {"HTTP_HX_REQUEST": "true"}
PROPOSED_CELLS = [markdown_cell("# Sales report"), code_cell("total = sum(range(20))")]


def propose_change(
    user: Any, notebook: Any, *, cells: Any = None, summary: str = "Count to twenty",
    comment: str = "The total was off.",
) -> ChangeRequest:  # fmt: skip
    raw = notebook_bytes(PROPOSED_CELLS if cells is None else cells)
    stage = notebooks.stage_upload(user, raw, filename="mine.ipynb", target=notebook)
    return services.propose_change(user, notebook, stage, comment=comment, summary=summary)


def ipynb_file(cells: Any = None, name: str = "mine.ipynb") -> SimpleUploadedFile:
    raw = notebook_bytes(PROPOSED_CELLS if cells is None else cells)
    return SimpleUploadedFile(name, raw, content_type="application/x-ipynb+json")


@pytest.fixture
def notebook(alice, publish):  # noqa: F811 (the fixture imported above)
    return publish(alice, title="Sales report", public=True)


@pytest.fixture
def proposal(notebook, charlie, mailoutbox):
    change_request = propose_change(charlie, notebook)
    mailoutbox.clear()
    return change_request


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` runs what waits for the commit (the emails) at the block's end."""

    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed
